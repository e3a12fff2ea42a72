import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'recording'> = {
  'participant-recording-failed': {
    title: 'Falha na gravação do participante',
    userTitle: 'A gravação parou',
    description: 'A gravação do participante parou devido a um erro desconhecido.',
    userMessage:
      'A gravação de um participante parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'Uma gravação de participante (a gravação separada de um participante) parou nos servidores da VideoSDK depois de ter começado.',
      'O servidor não informa o motivo da parada. A solicitação em si não foi rejeitada, por isso um novo início pode dar certo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Inicie a gravação novamente.',
      },
      {
        by: 'app',
        text: 'Avise as pessoas na reunião que a gravação parou e ofereça iniciar a gravação do participante novamente.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião, o ID do participante e o horário da falha.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'A gravação de um participante parou inesperadamente. O organizador pode iniciá-la novamente.',
        userSteps: ['Peça ao organizador para iniciar a gravação novamente.'],
      },
    },
  },
  'prev-recording-processing': {
    title: 'Gravação anterior ainda em processamento',
    userTitle: 'A gravação ainda está sendo salva',
    description:
      'A gravação anterior ainda está sendo processada. Tente novamente em alguns segundos.',
    userMessage: 'A última gravação ainda está sendo salva. Tente novamente em alguns segundos.',
    causes: ['Uma nova gravação foi solicitada enquanto o servidor ainda processava a anterior.'],
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
  'recording-failed': {
    title: 'Gravação interrompida',
    userTitle: 'A gravação parou',
    description: 'A gravação parou devido a um erro desconhecido.',
    userMessage: 'A gravação parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'A gravação falhou no servidor, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Ofereça iniciar a gravação novamente.',
      },
      {
        by: 'dashboard',
        text: 'Verifique os detalhes da reunião e as gravações dela no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
    audiences: {
      participant: {
        userMessage: 'A gravação parou inesperadamente. O organizador pode iniciá-la novamente.',
      },
    },
  },
  'start-composite-recording-failed': {
    title: 'A gravação composta não foi iniciada',
    userTitle: 'A gravação não começou',
    description:
      'A solicitação para iniciar a gravação composta falhou devido a um erro desconhecido.',
    userMessage: 'A gravação não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a gravação composta, e o comentário de documentação do SDK não cita nenhum motivo.',
      'O js-sdk 1.1.1 não gera este código por conta própria. Ele repassa o que o servidor informa, por isso verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Ofereça uma nova tentativa e mostre a gravação como ativa somente quando o servidor confirmar que ela começou.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: 'A gravação do participante não foi iniciada',
    userTitle: 'A gravação não começou',
    description:
      'A solicitação para iniciar a gravação do participante falhou devido a um erro desconhecido.',
    userMessage: 'A gravação deste participante não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a gravação do participante, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique se o participante ainda está na reunião, ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'start-recording-failed': {
    title: 'A gravação não foi iniciada',
    userTitle: 'A gravação não começou',
    description: 'A solicitação para iniciar a gravação falhou devido a um erro desconhecido.',
    userMessage: 'A gravação não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a gravação, e a mensagem não informa o motivo.',
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
  'start-track-recording-failed': {
    title: 'A gravação da faixa não foi iniciada',
    userTitle: 'A gravação não começou',
    description:
      'A solicitação para iniciar a gravação da faixa falhou devido a um erro desconhecido.',
    userMessage: 'A gravação deste áudio ou vídeo não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a gravação da faixa de áudio ou de vídeo, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique se a faixa ainda está sendo enviada, ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'stop-composite-recording-failed': {
    title: 'A gravação composta não foi interrompida',
    userTitle: 'A gravação não parou',
    description:
      'A solicitação para interromper a gravação composta falhou devido a um erro desconhecido.',
    userMessage: 'A gravação não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a gravação composta, e o comentário de documentação do SDK não cita nenhum motivo.',
      'O js-sdk 1.1.1 não gera este código por conta própria. Ele repassa o que o servidor informa, por isso verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Continue mostrando a gravação como ativa até o servidor confirmar que ela parou e ofereça uma nova tentativa.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: 'A gravação do participante não foi interrompida',
    userTitle: 'A gravação não parou',
    description:
      'A solicitação para interromper a gravação do participante falhou devido a um erro desconhecido.',
    userMessage: 'A gravação deste participante não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a gravação do participante, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de tentar novamente, verifique se a gravação do participante ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'stop-recording-failed': {
    title: 'A gravação não foi interrompida',
    userTitle: 'A gravação não parou',
    description: 'A solicitação para interromper a gravação falhou devido a um erro desconhecido.',
    userMessage: 'A gravação não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a gravação, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de tentar novamente, verifique se a gravação ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: 'A gravação da faixa não foi interrompida',
    userTitle: 'A gravação não parou',
    description:
      'A solicitação para interromper a gravação da faixa falhou devido a um erro desconhecido.',
    userMessage: 'A gravação deste áudio ou vídeo não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a gravação da faixa de áudio ou de vídeo, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde alguns segundos e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de tentar novamente, verifique se a gravação da faixa ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'track-recording-failed': {
    title: 'Falha na gravação da faixa',
    userTitle: 'A gravação parou',
    description: 'A gravação da faixa parou devido a um erro desconhecido.',
    userMessage:
      'A gravação do áudio ou do vídeo de um participante parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'Uma gravação de faixa (a gravação de uma faixa de áudio ou de vídeo de um participante) parou nos servidores da VideoSDK depois de ter começado.',
      'O servidor não informa o motivo da parada. A solicitação em si não foi rejeitada, por isso um novo início pode dar certo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Inicie a gravação novamente.',
      },
      {
        by: 'app',
        text: 'Avise as pessoas na reunião que a gravação parou e ofereça iniciar a gravação da faixa novamente.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião, o ID do participante, o tipo de faixa e o horário da falha.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'A gravação do áudio ou do vídeo de um participante parou inesperadamente. O organizador pode iniciá-la novamente.',
        userSteps: ['Peça ao organizador para iniciar a gravação novamente.'],
      },
    },
  },
};
