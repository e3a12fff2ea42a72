import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'hls'> = {
  'hls-failed': {
    title: 'Difusão HLS interrompida',
    userTitle: 'A difusão parou',
    description: 'A difusão HLS parou devido a um erro desconhecido.',
    userMessage:
      'A difusão para os espectadores parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'A difusão HLS falhou no servidor, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Ofereça iniciar a difusão HLS novamente.',
      },
      {
        by: 'dashboard',
        text: 'Verifique os detalhes da reunião e da difusão HLS dela no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'A difusão para os espectadores parou inesperadamente. A reunião continua, e o organizador pode iniciar a difusão novamente.',
      },
      viewer: {
        userMessage:
          'A difusão parou inesperadamente. O organizador pode iniciá-la novamente. Nenhuma ação é necessária.',
      },
    },
  },
  'prev-hls-streaming-processing': {
    title: 'Difusão HLS anterior ainda em processamento',
    userTitle: 'Difusão ainda em processamento',
    description:
      'A difusão HLS anterior ainda está sendo processada. Tente novamente em alguns segundos.',
    userMessage:
      'A última difusão ainda está sendo processada. Tente novamente em alguns segundos.',
    causes: [
      'Uma nova difusão HLS foi solicitada enquanto o servidor ainda processava a anterior.',
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
  'start-hls-failed': {
    title: 'A difusão HLS não foi iniciada',
    userTitle: 'A difusão não começou',
    description: 'A solicitação para iniciar a difusão HLS falhou devido a um erro desconhecido.',
    userMessage: 'A difusão para os espectadores não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a difusão HLS, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
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
  'stop-hls-failed': {
    title: 'A difusão HLS não foi interrompida',
    userTitle: 'A difusão não parou',
    description:
      'A solicitação para interromper a difusão HLS falhou devido a um erro desconhecido.',
    userMessage: 'A difusão para os espectadores não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a difusão HLS, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de tentar novamente, verifique se a difusão HLS ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
};
