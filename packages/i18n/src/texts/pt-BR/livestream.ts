import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'livestream'> = {
  'invalid-livestream-config': {
    title: 'Configurações da transmissão ao vivo inválidas',
    userTitle: 'Configurações da transmissão ao vivo inválidas',
    description: 'A configuração de saídas (outputs) da transmissão ao vivo é inválida.',
    userMessage:
      'As configurações da transmissão ao vivo não são válidas. Verifique o endereço e a chave da transmissão ao vivo e tente novamente.',
    causes: [
      'As saídas (outputs) passadas ao iniciar a transmissão ao vivo são inválidas. Cada saída precisa de uma URL RTMP e de uma chave de transmissão (stream key).',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique cada item de outputs: ele precisa da URL RTMP e da chave de transmissão (stream key) da plataforma de destino.',
      },
      {
        by: 'app',
        text: 'Valide os valores antes de iniciar a transmissão ao vivo e mostre ao usuário qual valor está errado.',
      },
      {
        by: 'user',
        text: 'Copie novamente o endereço e a chave da transmissão ao vivo da plataforma para a qual você transmite ao vivo, como o YouTube, e tente novamente.',
      },
    ],
  },
  'livestream-failed': {
    title: 'Transmissão ao vivo interrompida',
    userTitle: 'A transmissão ao vivo parou',
    description: 'A transmissão ao vivo parou devido a um erro desconhecido.',
    userMessage: 'A transmissão ao vivo parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'A transmissão ao vivo falhou, e a mensagem não informa o motivo.',
      'Verifique os logs do app e se a plataforma de destino, como o YouTube, informou um erro do lado dela.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Ofereça iniciar a transmissão ao vivo novamente.',
      },
      {
        by: 'app',
        text: 'Procure erros no painel ao vivo da plataforma de destino, por exemplo uma chave de transmissão (stream key) que não é mais válida.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'A transmissão ao vivo parou inesperadamente. O organizador pode iniciá-la novamente.',
      },
    },
  },
  'prev-rtmp-recording-processing': {
    title: 'Transmissão ao vivo anterior ainda em processamento',
    userTitle: 'Transmissão ao vivo ainda em processamento',
    description:
      'A transmissão ao vivo RTMP anterior ainda está sendo processada. Tente novamente em alguns segundos.',
    userMessage:
      'A última transmissão ao vivo ainda está sendo processada. Tente novamente em alguns segundos.',
    causes: [
      'Uma nova transmissão ao vivo foi solicitada enquanto o servidor ainda processava a transmissão ao vivo RTMP anterior. A mensagem a chama de gravação RTMP.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Tente iniciar novamente de forma automática depois de alguns segundos, com um limite para o número de tentativas.',
      },
    ],
  },
  'start-livestream-failed': {
    title: 'A transmissão ao vivo não foi iniciada',
    userTitle: 'A transmissão ao vivo não começou',
    description:
      'A solicitação para iniciar a transmissão ao vivo falhou devido a um erro desconhecido.',
    userMessage: 'A transmissão ao vivo não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a transmissão ao vivo, e a mensagem não informa o motivo.',
      'Verifique os logs do app e se a URL RTMP e a chave de transmissão (stream key) de cada saída ainda são válidas.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'stop-livestream-failed': {
    title: 'A transmissão ao vivo não foi interrompida',
    userTitle: 'A transmissão ao vivo não parou',
    description:
      'A solicitação para interromper a transmissão ao vivo falhou devido a um erro desconhecido.',
    userMessage: 'A transmissão ao vivo não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a transmissão ao vivo, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de tentar novamente, verifique se a transmissão ao vivo ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
};
