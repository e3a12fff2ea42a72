import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'session'> = {
  'action-not-supported-in-mode': {
    title: 'Ação incompatível com este modo',
    userTitle: 'Ação indisponível',
    description: 'Esta ação não é compatível com o modo atual da reunião.',
    userMessage:
      'No momento, você só pode assistir e ouvir nesta reunião, por isso esta ação não está disponível. Você pode continuar acompanhando a reunião.',
    causes: [
      'O app tentou enviar mídia ou dados, por exemplo ligar a câmera ou o microfone, compartilhar a tela ou enviar uma mensagem, enquanto o participante está em um modo que não pode enviar, como RECV_ONLY ou SIGNALLING_ONLY.',
      'O SDK rejeita o método e não emite um erro de reunião.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o modo do participante antes de ligar a mídia e oculte os controles de câmera, de microfone e de compartilhamento de tela nos modos que não podem enviar.',
      },
      {
        by: 'app',
        text: 'Para deixar o participante enviar mídia, mude antes para o modo SEND_AND_RECV com changeMode().',
      },
    ],
  },
  'action-performed-before-meeting-joined': {
    title: 'Ação antes de entrar na reunião',
    userTitle: 'Você ainda não está na reunião',
    description:
      'Algo deu errado. A reunião ainda estava se conectando quando uma ação foi tentada, e a ação falhou. Tente novamente depois de entrar na reunião.',
    userMessage: 'Você ainda não está na reunião. Aguarde até entrar e tente novamente.',
    causes: [
      'O app chamou uma ação da reunião enquanto a reunião ainda estava se conectando, antes de a entrada terminar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Espere o SDK informar que a entrada na reunião foi concluída antes de chamar ações da reunião, ou coloque as ações em fila até lá.',
      },
      {
        by: 'app',
        text: 'Desative os controles da reunião na interface até o participante ter entrado.',
      },
      {
        by: 'user',
        text: 'Aguarde até entrar na reunião e tente novamente.',
      },
    ],
  },
  'change-mode-failed': {
    title: 'Falha ao mudar o modo',
    userTitle: 'Não foi possível mudar sua forma de participar',
    description: 'Falha ao mudar o modo da reunião. Tente novamente.',
    userMessage:
      'Não foi possível mudar você de espectador para participante, ou o contrário. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.changeMode() enviou, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Continue mostrando o modo atual na interface e ofereça uma nova tentativa.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'changing-mode': {
    title: 'Falha ao mudar o modo',
    userTitle: 'Não foi possível mudar sua forma de participar',
    description: 'Algo deu errado e não foi possível mudar o modo. Tente novamente.',
    userMessage:
      'Não foi possível mudar você de espectador para participante, ou o contrário. Tente novamente.',
    causes: [
      'Uma solicitação para mudar o modo do participante na reunião (changeMode) não teve sucesso.',
      'A mensagem não diz por quê. Verifique os logs do app e o estado da rede no momento da solicitação.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente em alguns instantes.',
      },
      {
        by: 'app',
        text: 'Mantenha o participante no modo atual, mostre que a mudança não aconteceu e ofereça uma nova tentativa.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique os logs do app do momento em que ele chamou changeMode e o estado da rede nesse momento.',
      },
    ],
  },
  'character-join-failed': {
    title: 'O personagem de IA não conseguiu entrar',
    userTitle: 'O participante de IA não entrou',
    description: 'A solicitação para o personagem entrar falhou devido a um erro desconhecido.',
    userMessage: 'O participante de IA não conseguiu entrar na reunião. Tente novamente.',
    causes: [
      'O servidor não conseguiu adicionar o personagem (o personagem de IA da VideoSDK, que entra na reunião como participante), e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique se a reunião ainda está em andamento, ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'character-leave-failed': {
    title: 'O personagem de IA não conseguiu sair',
    userTitle: 'O participante de IA não saiu',
    description: 'A solicitação para o personagem sair falhou devido a um erro desconhecido.',
    userMessage:
      'O participante de IA não conseguiu sair da reunião e talvez ainda esteja nela. Tente novamente.',
    causes: [
      'O servidor não conseguiu remover o personagem (o personagem de IA da VideoSDK) da reunião, e a mensagem não informa o motivo.',
      'O personagem talvez ainda esteja na reunião. Confira a lista de participantes antes de indicar que ele saiu.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Mostre se o personagem ainda está na reunião, ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'duplicate-participant': {
    title: 'Entrada por outro dispositivo',
    userTitle: 'Reunião aberta em outro lugar',
    description:
      'Saindo da reunião porque o mesmo ID de participante entrou por outro dispositivo.',
    userMessage:
      'Você entrou nesta reunião por outro dispositivo ou outra aba do navegador, por isso a conexão desta aba foi encerrada.',
    causes: [
      'Uma segunda conexão entrou na reunião com o mesmo ID de participante, por isso o servidor removeu esta.',
      'Isso também acontece quando o app dá o mesmo ID de participante a duas pessoas diferentes.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Continue na reunião pelo seu outro dispositivo ou pela outra aba do navegador.',
      },
      {
        by: 'app',
        text: 'Dê a cada pessoa um ID de participante único, por exemplo o ID da conta do usuário.',
      },
      {
        by: 'app',
        text: 'Avise o usuário que a reunião continua em outro lugar, em vez de mostrar um erro genérico.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Você entrou nesta reunião por outro dispositivo, por isso a conexão deste dispositivo foi encerrada.',
        fixes: [
          {
            by: 'user',
            text: 'Continue na reunião pelo seu outro dispositivo.',
          },
          {
            by: 'app',
            text: 'Dê a cada pessoa um ID de participante único, por exemplo o ID da conta do usuário.',
          },
          {
            by: 'app',
            text: 'Avise o usuário que a reunião continua em outro lugar, em vez de mostrar um erro genérico.',
          },
        ],
      },
    },
  },
  'end-meeting-failed': {
    title: 'Falha ao encerrar a reunião',
    userTitle: 'Não foi possível encerrar a reunião',
    description: 'Não foi possível encerrar a reunião. Tente novamente.',
    userMessage: 'Não foi possível encerrar a reunião para todos. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação para encerrar a reunião, ou a solicitação falhou.',
      'A mensagem de erro traz o motivo do servidor quando ele envia um, por exemplo que este participante não tem permissão para encerrar a reunião.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde um momento e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Se o participante não tem permissão para encerrar a reunião, mostre este controle apenas aos participantes que têm.',
      },
    ],
  },
  'invalid-meeting-id': {
    title: 'ID da reunião inválido',
    userTitle: 'Reunião não encontrada',
    description:
      'O ID da reunião está vazio ou é inválido. Verifique-o ou crie um novo ID de reunião com a API.',
    userMessage:
      'Não foi possível encontrar esta reunião. Verifique o link da reunião ou peça um novo ao organizador.',
    causes: [
      'O ID da reunião passado ao entrar está vazio ou não é um ID de reunião válido da VideoSDK.',
      'Verifique de onde o app obtém o ID da reunião, por exemplo o link da reunião ou o servidor do app.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Crie as reuniões com a API da VideoSDK e passe o ID da reunião retornado, sem alterações, ao método de entrada.',
      },
      {
        by: 'app',
        text: 'Registre nos logs o ID da reunião que o app usa ao entrar e verifique se ele não está vazio nem cortado.',
      },
      {
        by: 'user',
        text: 'Verifique o link da reunião ou peça um novo ao organizador.',
      },
    ],
  },
  'invalid-mode': {
    title: 'Modo de reunião inválido',
    userTitle: 'Não foi possível mudar a configuração',
    description: 'Foi solicitado um modo de reunião inválido.',
    userMessage:
      'Este aplicativo não está configurado corretamente para esta ação. Tente novamente mais tarde ou entre em contato com {supportContact}.',
    causes: [
      'O app passou para initMeeting() ou changeMode() um modo que não é um dos modos do SDK, como SEND_AND_RECV, RECV_ONLY ou SIGNALLING_ONLY.',
      'A mensagem de erro informa o valor inválido.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o valor que a mensagem de erro informa, por exemplo se há um erro de digitação.',
      },
      {
        by: 'app',
        text: 'Use as constantes de VideoSDK.Constants.modes em vez de strings digitadas.',
      },
    ],
  },
  'invalid-participant-id': {
    title: 'ID do participante inválido',
    userTitle: 'Não é possível entrar agora',
    description:
      'O ID do participante está vazio ou é inválido. Ele não pode conter espaços em branco.',
    userMessage:
      'Este aplicativo não conseguiu identificar você nesta reunião, por isso não é possível entrar agora. Entre em contato com {supportContact}.',
    causes: [
      'O ID do participante passado ao entrar está vazio ou contém espaços em branco, por exemplo um nome de exibição com espaços.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Passe um ID de participante sem espaços, tabulações ou quebras de linha, como um ID de usuário.',
      },
      {
        by: 'app',
        text: 'Verifique o valor antes de entrar: confirme que ele não está vazio e remova qualquer espaço em branco.',
      },
    ],
  },
  'meeting-id-disabled': {
    title: 'ID da reunião desativado',
    userTitle: 'O link da reunião não funciona mais',
    description: 'O ID da reunião está desativado. Gere um novo ID de reunião usando a API.',
    userMessage: 'Este link da reunião não funciona mais. Peça um novo ao organizador.',
    causes: [
      'O ID da reunião usado para entrar está desativado, por isso o participante não pode entrar nessa reunião.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Crie um novo ID de reunião com a API da VideoSDK e compartilhe a nova reunião com os participantes.',
      },
      {
        by: 'app',
        text: 'Pare de reutilizar o ID de reunião desativado em links e dados armazenados.',
      },
      {
        by: 'user',
        text: 'Peça um novo link da reunião ao organizador.',
      },
    ],
  },
  'respond-entry-failed': {
    title: 'Falha na resposta ao pedido de entrada',
    userTitle: 'Resposta não enviada',
    description: 'Falha ao responder ao pedido de entrada. Tente novamente.',
    userMessage: 'Sua resposta ao pedido para entrar não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a resposta que meeting.respondEntry() enviou, ou a solicitação falhou na rede. As funções allow() e deny() do evento entry-requested usam a mesma solicitação.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Mantenha o pedido de entrada na tela para que o organizador possa respondê-lo novamente.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'switch-meeting-failed': {
    title: 'Falha ao trocar de reunião',
    userTitle: 'Não foi possível trocar de reunião',
    description: 'Falha ao trocar de reunião. Tente novamente.',
    userMessage: 'Não foi possível ir para a outra reunião. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.switchTo() enviou, ou a solicitação falhou na rede.',
      'Verifique o motivo do servidor na mensagem de erro, por exemplo sobre a reunião de destino ou o token dela.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Verifique o ID da reunião para a qual você troca e o token que você passa para ela.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'switch-participant-room-failed': {
    title: 'Falha ao trocar o participante de sala',
    userTitle: 'Não foi possível mover o participante',
    description: 'Falha ao trocar a sala do participante. Tente novamente.',
    userMessage: 'A transferência para a outra reunião não funcionou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.switchTo() (ausente das declarações de tipos da versão 1.1.1) enviou para mover o participante para outra sala, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Verifique o ID da reunião da sala de destino e o token que você passa para ela.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'unable-to-join-meeting': {
    title: 'Não foi possível entrar na reunião',
    userTitle: 'Não foi possível entrar na reunião',
    description: 'Algo deu errado e não foi possível entrar na reunião. Tente novamente.',
    userMessage:
      'Não foi possível conectar você à reunião. Verifique sua conexão com a internet e tente novamente.',
    causes: [
      'A entrada na reunião falhou, e a mensagem não informa o motivo.',
      'Verifique os logs do app e o estado da rede no momento do erro.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique sua conexão com a internet e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e registre nos logs os detalhes da entrada que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'unknown-error': {
    title: 'O servidor informou um erro desconhecido',
    userTitle: 'Algo deu errado',
    description: 'Ocorreu um erro desconhecido.',
    userMessage:
      'Algo deu errado na reunião. Se algo parou de funcionar, saia da reunião e entre novamente. Se o problema continuar, entre em contato com {supportContact}.',
    causes: [
      'O servidor enviou UNKNOWN_ERROR (4000): uma solicitação falhou e o servidor não deu um motivo mais específico.',
      'Este é um código real definido pelo SDK, não um código que este catálogo desconhece. Ele não diz qual solicitação falhou.',
      'Procure nos logs do app o que o app fez logo antes do erro.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Se algo parou de funcionar, saia da reunião e entre novamente. Se o problema continuar, entre em contato com {supportContact}.',
      },
      {
        by: 'app',
        text: 'Registre o erro nos logs com o que o app tinha acabado de fazer, o ID da reunião e o horário, e mostre ao usuário o que não funcionou.',
      },
      {
        by: 'app',
        text: 'Não reenvie automaticamente a mesma solicitação: o servidor não informa o motivo, então ela pode falhar da mesma forma.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião, o horário e a versão do SDK.',
      },
    ],
  },
};
