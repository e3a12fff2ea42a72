import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'transcription'> = {
  'start-transcription-failed': {
    title: 'A transcrição não foi iniciada',
    userTitle: 'A transcrição não começou',
    description: 'A solicitação para iniciar a transcrição falhou devido a um erro desconhecido.',
    userMessage: 'A transcrição não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a transcrição, e a mensagem não informa o motivo.',
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
  'stop-transcription-failed': {
    title: 'A transcrição não foi interrompida',
    userTitle: 'A transcrição não parou',
    description:
      'A solicitação para interromper a transcrição falhou devido a um erro desconhecido.',
    userMessage: 'A transcrição não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a transcrição, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de tentar novamente, verifique se a transcrição ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'transcription-failed': {
    title: 'Transcrição interrompida',
    userTitle: 'A transcrição parou',
    description: 'A transcrição parou devido a um erro desconhecido.',
    userMessage: 'A transcrição parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'A transcrição falhou no servidor, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Ofereça iniciar a transcrição novamente.',
      },
      {
        by: 'dashboard',
        text: 'Verifique os detalhes da reunião e a transcrição dela no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
    audiences: {
      participant: {
        userMessage: 'A transcrição parou inesperadamente. O organizador pode iniciá-la novamente.',
      },
    },
  },
};
