import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'realtime-store'> = {
  'failed-to-get-value': {
    title: 'Valor do Realtime Store não lido',
    userTitle: 'Não foi possível carregar os dados da reunião',
    description: 'Falha ao obter o valor do Realtime Store.',
    userMessage: 'Algumas informações da reunião não carregaram. Tente novamente.',
    causes: [
      'A solicitação de leitura que meeting.realtimeStore.getValue() enviou falhou no servidor ou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro e a chave que você pediu.',
      },
      {
        by: 'app',
        text: 'Execute getValue() novamente quando a conexão com a reunião estiver estável e, enquanto isso, mantenha o último valor conhecido.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'failed-to-observe-value': {
    title: 'Falha ao observar o Realtime Store',
    userTitle: 'Atualizações automáticas não iniciadas',
    description: 'Falha ao começar a observar o valor do Realtime Store.',
    userMessage:
      'Algumas informações da reunião podem não se atualizar sozinhas. Recarregue a página para atualizá-las.',
    causes: [
      'A solicitação de inscrição que meeting.realtimeStore.observe() enviou falhou no servidor ou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro e a chave que você pediu para observar.',
      },
      {
        by: 'app',
        text: 'Execute observe() novamente quando a conexão com a reunião estiver estável e, enquanto isso, leia o valor atual com getValue().',
      },
      {
        by: 'user',
        text: 'Recarregue a página se as informações continuarem desatualizadas.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Algumas informações da reunião podem não se atualizar sozinhas. Saia da reunião e entre novamente para atualizá-las.',
        fixes: [
          {
            by: 'app',
            text: 'Verifique o motivo do servidor na mensagem de erro e a chave que você pediu para observar.',
          },
          {
            by: 'app',
            text: 'Execute observe() novamente quando a conexão com a reunião estiver estável e, enquanto isso, leia o valor atual com getValue().',
          },
          {
            by: 'user',
            text: 'Saia da reunião e entre novamente se as informações continuarem desatualizadas.',
          },
        ],
      },
    },
  },
  'failed-to-set-value': {
    title: 'Valor do Realtime Store não salvo',
    userTitle: 'Alteração não salva',
    description: 'Falha ao definir o valor do Realtime Store.',
    userMessage: 'Sua alteração não foi salva. Tente novamente.',
    causes: [
      'A solicitação de escrita do valor que meeting.realtimeStore.setValue() enviou falhou no servidor ou na rede.',
      'Chaves inválidas, valores inválidos e valores acima de 1 KB geram outros códigos antes de a solicitação ser enviada. O servidor também recusa uma chave nova quando a reunião já tem 100 chaves. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Mantenha o valor anterior na interface até setValue() dar certo e ofereça uma nova tentativa.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'failed-to-stop-observing-value': {
    title: 'Falha ao parar de observar o Realtime Store',
    userTitle: 'Atualizações automáticas não interrompidas',
    description: 'Falha ao parar de observar o valor do Realtime Store.',
    userMessage:
      'Algumas informações da reunião podem continuar se atualizando. Nenhuma ação é necessária.',
    causes: [
      'A solicitação de cancelamento da inscrição que meeting.realtimeStore.stopObserving() enviou falhou no servidor ou na rede.',
      'No js-sdk 1.1.1, stopObserving() não lança este código: ele apenas registra a falha no log por meio do tracer do SDK e retorna normalmente.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'stopObserving() não informa essa falha ao app. Para vê-la, aumente o nível de log do SDK com VideoSDK.setLogLevel() e confira o console.',
      },
      {
        by: 'app',
        text: 'Ignore atualizações de chaves que o app não observa mais, para que uma atualização atrasada não cause problemas.',
      },
    ],
  },
};
