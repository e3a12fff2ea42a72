import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'usage'> = {
  'action-not-supported': {
    title: 'Ação incompatível aqui',
    userTitle: 'Ação indisponível',
    description: 'Esta ação não é compatível aqui.',
    userMessage: 'Esta ação não está disponível aqui. Você pode continuar usando a reunião.',
    causes: [
      'O app usou um método em um objeto que não é compatível com ele, por exemplo ao definir a qualidade do próprio vídeo do participante local ou ao pausar um stream que não é um stream remoto ativo.',
      'O app pediu uma verificação de permissão de câmera ou de microfone em um navegador que não consegue fazê-la.',
      'O SDK rejeita o método e não emite um erro de reunião. A mensagem de erro informa o método e o motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Leia o método e o motivo na mensagem de erro e use o método apenas onde ele for compatível.',
      },
      {
        by: 'app',
        text: 'Oculte ou desative o controle onde a ação não for compatível.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O app usou um método em um objeto que não é compatível com ele, por exemplo ao definir a qualidade do próprio vídeo do participante local ou ao pausar um stream que não é um stream remoto ativo.',
          'O app pediu uma verificação de permissão de câmera ou de microfone em um dispositivo que não consegue fazê-la.',
          'O SDK rejeita o método e não emite um erro de reunião. A mensagem de erro informa o método e o motivo.',
        ],
      },
    },
  },
  'already-in-requested-state': {
    title: 'Já está no estado solicitado',
    userTitle: 'Já foi feito',
    description: 'O estado solicitado já está ativo.',
    userMessage: 'Isso já foi feito. Nenhuma ação é necessária.',
    causes: [
      'O app solicitou um estado que já está ativo, por exemplo ligar uma câmera que já está ligada, entrar duas vezes ou sair de uma reunião da qual já saiu.',
      'Este é um código de estado do chamador: o SDK rejeita o método, mas não o emite como erro de reunião. A mensagem de erro informa o recurso.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Leia o estado atual antes de alterá-lo e ignore solicitações que não mudam nada.',
      },
      {
        by: 'app',
        text: 'Trate esta rejeição como uma operação sem efeito, não como uma falha a mostrar ao usuário.',
      },
    ],
  },
  'invalid-parameter': {
    title: 'Parâmetro ausente ou inválido',
    userTitle: 'Algo deu errado',
    description:
      'O parâmetro fornecido está ausente ou é inválido. Verifique o parâmetro e tente novamente.',
    userMessage: 'Algo não funcionou como esperado. Entre em contato com {supportContact}.',
    causes: [
      'O app passou um valor ausente ou errado para um método do SDK, por exemplo uma chave vazia, uma mensagem que não é uma string ou um nome de evento desconhecido.',
      'O SDK rejeita o método e não emite um erro de reunião. A mensagem de erro informa o parâmetro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Leia o parâmetro que a mensagem de erro informa e corrija o valor que o app passa.',
      },
      {
        by: 'app',
        text: 'Valide o que o usuário digitou antes de passar para o SDK.',
      },
    ],
  },
  'operation-aborted': {
    title: 'Operação cancelada',
    userTitle: 'Ação interrompida',
    description: 'A operação foi interrompida antes de terminar.',
    userMessage: 'Esta ação foi interrompida antes de terminar. Tente novamente.',
    causes: [
      'No SDK 1.1.1, isso acontece com join() quando o participante sai da reunião ou ela é encerrada enquanto a entrada ainda está em andamento. A mensagem de erro traz o motivo da saída.',
      'Este é um código de estado do chamador: o SDK rejeita o método, mas não o emite como erro de reunião.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo da saída na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Não saia da reunião enquanto join() ainda estiver em andamento, a menos que o usuário tenha escolhido cancelar.',
      },
      {
        by: 'app',
        text: 'Se o usuário não cancelou, ofereça entrar novamente.',
      },
    ],
  },
  'operation-in-progress': {
    title: 'Operação já em andamento',
    userTitle: 'Já em andamento',
    description: 'A operação solicitada já está em andamento.',
    userMessage: 'Isso já está em andamento. Nenhuma ação é necessária.',
    causes: [
      'O app iniciou uma solicitação enquanto a mesma solicitação, ou uma conflitante, ainda estava em andamento, por exemplo um segundo clique no botão da câmera ou uma mudança de modo.',
      'Este é um código de estado do chamador: o SDK rejeita o método, mas não o emite como erro de reunião. A mensagem de erro informa a solicitação.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Desative o controle até a solicitação em andamento terminar.',
      },
      {
        by: 'app',
        text: 'Trate esta rejeição como uma operação sem efeito, ou tente novamente depois que a solicitação em andamento terminar.',
      },
    ],
  },
};
