import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'pubsub'> = {
  'pubsub-publish-failed': {
    title: 'Falha ao publicar no PubSub',
    userTitle: 'Mensagem não enviada',
    description: 'Falha ao publicar a mensagem no tópico do PubSub. Tente novamente.',
    userMessage:
      'Sua mensagem não foi enviada. Verifique sua conexão com a internet e tente novamente.',
    causes: [
      'A solicitação de publicação que meeting.pubSub.publish() enviou excedeu o tempo limite, ou o servidor retornou um erro.',
      'A mensagem de erro diz se o tempo se esgotou ou traz o motivo do servidor.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique a mensagem de erro para distinguir um tempo esgotado de um erro do servidor.',
      },
      {
        by: 'app',
        text: 'Mantenha a mensagem não enviada na interface e deixe o usuário enviá-la novamente.',
      },
      {
        by: 'user',
        text: 'Verifique sua conexão com a internet e tente novamente.',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'Falha ao se inscrever no PubSub',
    userTitle: 'As mensagens não estão carregando',
    description: 'Falha ao se inscrever no tópico do PubSub. Tente novamente.',
    userMessage:
      'Novas mensagens podem não aparecer. Verifique sua conexão com a internet e recarregue a página.',
    causes: [
      'A solicitação de inscrição que meeting.pubSub.subscribe() enviou excedeu o tempo limite, ou o servidor retornou um erro.',
      'A mensagem de erro traz o motivo, se algum foi informado.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique a mensagem de erro para distinguir um tempo esgotado de um erro do servidor.',
      },
      {
        by: 'app',
        text: 'Execute subscribe() novamente quando a conexão com a reunião estiver estável.',
      },
      {
        by: 'user',
        text: 'Verifique sua conexão com a internet e recarregue a página.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Novas mensagens podem não aparecer. Verifique sua conexão com a internet, depois saia da reunião e entre novamente.',
        fixes: [
          {
            by: 'app',
            text: 'Verifique a mensagem de erro para distinguir um tempo esgotado de um erro do servidor.',
          },
          {
            by: 'app',
            text: 'Execute subscribe() novamente quando a conexão com a reunião estiver estável.',
          },
          {
            by: 'user',
            text: 'Verifique sua conexão com a internet, depois saia da reunião e entre novamente.',
          },
        ],
      },
    },
  },
  'pubsub-unsubscribe-failed': {
    title: 'Falha ao cancelar a inscrição no PubSub',
    userTitle: 'As mensagens não pararam',
    description: 'Falha ao cancelar a inscrição no tópico do PubSub. Tente novamente.',
    userMessage: 'Você ainda pode receber algumas mensagens aqui. Nenhuma ação é necessária.',
    causes: [
      'A solicitação de cancelamento da inscrição que meeting.pubSub.unsubscribe() enviou excedeu o tempo limite, ou o servidor retornou um erro.',
      'A mensagem de erro traz o motivo, se algum foi informado.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique a mensagem de erro para distinguir um tempo esgotado de um erro do servidor.',
      },
      {
        by: 'app',
        text: 'Execute unsubscribe() novamente com o mesmo objeto de listeners e, enquanto isso, ignore as mensagens do tópico.',
      },
    ],
  },
};
