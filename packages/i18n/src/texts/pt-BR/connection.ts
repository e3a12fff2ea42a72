import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'connection'> = {
  'media-not-ready': {
    title: 'Conexão de mídia ainda não pronta',
    userTitle: 'A conexão ainda não está pronta',
    description:
      'A conexão de mídia da reunião ainda não está pronta. Tente novamente em instantes.',
    userMessage: 'A conexão com a reunião ainda não está pronta. Tente novamente em instantes.',
    causes: [
      'O app tentou enviar mídia ou dados antes de a conexão de mídia com a reunião estar estabelecida.',
      'O SDK rejeita o método e não emite um erro de reunião.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde um momento e tente novamente.',
      },
      {
        by: 'app',
        text: 'Aguarde até a entrada na reunião terminar e a conexão de mídia dela estar ativa, ou tente novamente após um breve intervalo.',
      },
    ],
  },
  'meeting-media-connection-failed': {
    title: 'Falha na conexão de mídia',
    userTitle: 'Problema de conexão',
    description:
      'Não foi possível estabelecer a conexão com a reunião ou a conexão de mídia. Verifique a conexão de rede, o firewall ou as configurações de segurança e tente novamente, ou conecte-se usando outra rede.',
    userMessage:
      'Não foi possível conectar seu áudio e seu vídeo à reunião. Verifique sua conexão com a internet ou tente outra rede.',
    causes: [
      'A conexão de mídia com o servidor de mídia da reunião falhou, por isso o áudio e o vídeo não conseguem passar.',
      'Como diz a mensagem, a rede, um firewall ou as configurações de segurança podem bloquear esta conexão.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique sua conexão com a internet e tente novamente.',
      },
      {
        by: 'user',
        text: 'Se você usa uma VPN ou uma rede de trabalho, tente outra rede, como o roteador do seu celular.',
      },
      {
        by: 'app',
        text: 'O SDK tenta reiniciar a conexão depois deste erro. Mostre que a reunião está se reconectando e ofereça entrar de novo se o áudio e o vídeo não voltarem.',
      },
    ],
  },
  'meeting-reconnecting': {
    title: 'A reunião está se reconectando',
    userTitle: 'A reunião está se reconectando',
    description: 'A reunião está se reconectando. Tente novamente quando ela tiver se reconectado.',
    userMessage: 'A reunião está se reconectando. Tente novamente quando a conexão voltar.',
    causes: [
      'A conexão com o servidor da reunião caiu e a reunião está se reconectando, por isso o método não pode ser executado agora.',
      'Este é um código de estado do chamador: o SDK rejeita o método, mas não o emite como erro de reunião. O app fica sabendo da reconexão pelo estado da reunião.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Acompanhe o estado da reunião e desative os controles da reunião enquanto ela estiver se reconectando.',
      },
      {
        by: 'app',
        text: 'Tente novamente depois que a reunião estiver conectada de novo.',
      },
    ],
  },
  'operation-timed-out': {
    title: 'Tempo da solicitação esgotado',
    userTitle: 'Sem resposta a tempo',
    description: 'O tempo da operação se esgotou. Verifique sua conexão e tente novamente.',
    userMessage:
      'A reunião não respondeu a tempo. Verifique sua conexão com a internet e tente novamente.',
    causes: [
      'Uma solicitação ao servidor da reunião não recebeu resposta a tempo, ou a conexão caiu antes de a resposta chegar.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique sua conexão com a internet e tente novamente.',
      },
      {
        by: 'app',
        text: 'Tente novamente assim que a reunião estiver conectada e procure problemas de conexão nos logs do app.',
      },
    ],
  },
  'something-went-wrong': {
    title: 'Algo deu errado',
    userTitle: 'Algo deu errado',
    description: 'Algo deu errado.',
    userMessage:
      'Algo deu errado na reunião. Tente novamente e, se o problema continuar, entre em contato com {supportContact}.',
    causes: [
      'O servidor informou uma falha sem um código mais específico.',
      'O js-sdk 1.1.1 não gera este código por conta própria. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro e nos logs do app, e anote o ID da reunião e o horário.',
      },
      {
        by: 'user',
        text: 'Tente novamente. Se o problema continuar, recarregue a página.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião, o horário e a mensagem de erro.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'app',
            text: 'Verifique o motivo do servidor na mensagem de erro e nos logs do app, e anote o ID da reunião e o horário.',
          },
          {
            by: 'user',
            text: 'Tente novamente. Se o problema continuar, feche o aplicativo e abra-o de novo.',
          },
          {
            by: 'support',
            text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião, o horário e a mensagem de erro.',
          },
        ],
      },
    },
  },
};
