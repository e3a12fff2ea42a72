import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'stream'> = {
  'adaptive-subscription-disable-failed': {
    title: 'Inscrição adaptativa não desativada',
    userTitle: 'Configuração de vídeo inalterada',
    description: 'A inscrição adaptativa já está desativada.',
    userMessage: 'O ajuste automático de vídeo não mudou. A reunião continua normalmente.',
    causes: [
      'O app executou meeting.disableAdaptiveSubscription() quando a inscrição adaptativa já estava desativada, como diz o comentário de documentação do SDK.',
      'O SDK também gera este código quando a solicitação de desativação falha no servidor ou na rede. Nesse caso, a mensagem de erro traz o motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Acompanhe se a inscrição adaptativa está ativa e execute disableAdaptiveSubscription() somente enquanto ela estiver ativa.',
      },
      {
        by: 'app',
        text: 'Se a inscrição adaptativa estava ativa antes da solicitação, verifique o motivo do servidor na mensagem de erro.',
      },
    ],
  },
  'adaptive-subscription-enable-failed': {
    title: 'Inscrição adaptativa não ativada',
    userTitle: 'Configuração de vídeo inalterada',
    description: 'A inscrição adaptativa já está ativada.',
    userMessage: 'O ajuste automático de vídeo não mudou. A reunião continua normalmente.',
    causes: [
      'O app executou meeting.enableAdaptiveSubscription() quando a inscrição adaptativa já estava ativada, como diz o comentário de documentação do SDK.',
      'O SDK também gera este código quando a solicitação de ativação falha no servidor ou na rede. Nesse caso, a mensagem de erro traz o motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Acompanhe se a inscrição adaptativa está ativa e execute enableAdaptiveSubscription() somente enquanto ela estiver desativada.',
      },
      {
        by: 'app',
        text: 'Se a inscrição adaptativa estava desativada antes da solicitação, verifique o motivo do servidor na mensagem de erro.',
      },
    ],
  },
  'adaptive-subscription-not-enabled-by-sdk': {
    title: 'Inscrição adaptativa indisponível',
    userTitle: 'Ajuste de vídeo indisponível',
    description:
      'A inscrição adaptativa não está habilitada pelo SDK. Entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'O ajuste automático de vídeo não está disponível nesta reunião. A reunião continua normalmente.',
    causes: [
      'O servidor informa que a inscrição adaptativa não está habilitada, por isso ela não pode ser ativada nem desativada.',
      'O comentário de documentação do SDK não diz por quê. O suporte da VideoSDK pode informar.',
    ],
    fixes: [
      {
        by: 'support',
        text: 'Entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live para habilitar a inscrição adaptativa na conta ou para saber por que ela não está disponível.',
      },
      {
        by: 'app',
        text: 'Até ela ser habilitada, não chame enableAdaptiveSubscription() nem disableAdaptiveSubscription().',
      },
    ],
  },
  'codec-not-supported': {
    title: 'Codec de vídeo remoto incompatível',
    userTitle: 'Não é possível mostrar o vídeo',
    description: 'Sua plataforma não é compatível com o codec de vídeo do participante remoto.',
    userMessage:
      'Seu navegador não consegue mostrar o vídeo deste participante. Atualizar o navegador ou usar outro navegador pode ajudar.',
    causes: [
      'O participante remoto envia vídeo em um codec que este navegador ou dispositivo não consegue decodificar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique qual codec o participante remoto envia e com quais codecs de vídeo este navegador é compatível.',
      },
      {
        by: 'app',
        text: 'Faça os participantes enviarem vídeo em um codec que todos os navegadores aos quais você dá suporte consigam decodificar.',
      },
      {
        by: 'user',
        text: 'Atualize seu navegador ou entre por outro navegador.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Este dispositivo não consegue mostrar o vídeo deste participante. Atualizar o aplicativo pode ajudar.',
        fixes: [
          {
            by: 'app',
            text: 'Verifique qual codec o participante remoto envia e com quais codecs de vídeo este dispositivo é compatível.',
          },
          {
            by: 'app',
            text: 'Faça os participantes enviarem vídeo em um codec que todos os dispositivos aos quais você dá suporte consigam decodificar.',
          },
          {
            by: 'user',
            text: 'Atualize o aplicativo ou entre por outro dispositivo.',
          },
        ],
      },
    },
  },
  'consume-mic-streams-failed': {
    title: 'Stream do microfone não consumido',
    userTitle: 'O áudio não carregou',
    description: 'Falha ao consumir os streams de microfone do participante. Tente novamente.',
    userMessage: 'O áudio deste participante não carregou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.consumeMicStreams() enviou para o participante, ou a solicitação falhou na rede.',
      'O próprio app executa este método porque autoConsume é false em initMeeting().',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Execute consumeMicStreams() novamente quando a conexão com a reunião estiver estável.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'consume-webcam-streams-failed': {
    title: 'Stream da webcam não consumido',
    userTitle: 'O vídeo não carregou',
    description: 'Falha ao consumir os streams de webcam do participante. Tente novamente.',
    userMessage: 'O vídeo deste participante não carregou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.consumeWebcamStreams() enviou para o participante, ou a solicitação falhou na rede.',
      'O próprio app executa este método porque autoConsume é false em initMeeting().',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Execute consumeWebcamStreams() novamente quando a conexão com a reunião estiver estável.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'create-consumer-failed': {
    title: 'Consumer não criado',
    userTitle: 'O áudio ou o vídeo não carregou',
    description: 'Falha ao criar um consumer.',
    userMessage:
      'O áudio ou o vídeo de alguém na reunião não carregou. Se continuar faltando, recarregue a página.',
    causes: [
      'O servidor não conseguiu criar um consumer, por isso este participante não recebe um dos streams de mídia remotos.',
      'O comentário de documentação do SDK não cita nenhum motivo. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro e nos logs do app, e anote qual participante remoto é afetado.',
      },
      {
        by: 'user',
        text: 'Se o áudio ou o vídeo de alguém continuar faltando, recarregue a página e entre na reunião novamente.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião, o horário e a mensagem de erro.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'O áudio ou o vídeo de alguém na reunião não carregou. Se continuar faltando, saia da reunião e entre novamente.',
        fixes: [
          {
            by: 'app',
            text: 'Verifique o motivo do servidor na mensagem de erro e nos logs do app, e anote qual participante remoto é afetado.',
          },
          {
            by: 'user',
            text: 'Se o áudio ou o vídeo de alguém continuar faltando, saia da reunião e entre novamente.',
          },
          {
            by: 'support',
            text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião, o horário e a mensagem de erro.',
          },
        ],
      },
    },
  },
  'multistream-not-supported': {
    title: 'Multistream incompatível com o codec',
    userTitle: 'Qualidade de vídeo limitada',
    description: 'O multistream não é compatível com este codec.',
    userMessage:
      'Seu vídeo continua funcionando, mas em um único nível de qualidade. Nenhuma ação é necessária.',
    causes: [
      'O app pediu multistream com um codec com o qual o SDK não consegue usá-lo: VP9 ou AV1, ou H264 no React Native.',
      'O SDK desativa o multistream e envia um único stream de vídeo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Use VP8 quando precisar de multistream, ou desative o multistream quando usar VP9 ou AV1.',
      },
    ],
  },
  'pause-all-streams-failed': {
    title: 'Falha ao pausar todos os streams',
    userTitle: 'Não foi possível pausar',
    description: 'Falha ao pausar todos os streams. Tente novamente.',
    userMessage: 'Não foi possível pausar o áudio e o vídeo dos outros. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.pauseAllStreams() enviou, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Mantenha a interface no estado anterior e execute pauseAllStreams() novamente quando a conexão com a reunião estiver estável.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'pause-stream-failed': {
    title: 'Falha ao pausar o stream',
    userTitle: 'Não foi possível pausar',
    description: 'Falha ao pausar o stream. Tente novamente.',
    userMessage: 'Não foi possível pausar o áudio ou o vídeo deste participante. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que stream.pause() enviou para o stream de um participante remoto, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Continue mostrando o stream como em reprodução e ofereça uma nova tentativa.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'resume-all-streams-failed': {
    title: 'Falha ao retomar todos os streams',
    userTitle: 'Não foi possível retomar',
    description: 'Falha ao retomar todos os streams. Tente novamente.',
    userMessage: 'Não foi possível retomar o áudio e o vídeo dos outros. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.resumeAllStreams() enviou, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Mantenha a interface no estado anterior e execute resumeAllStreams() novamente quando a conexão com a reunião estiver estável.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'resume-stream-failed': {
    title: 'Falha ao retomar o stream',
    userTitle: 'Não foi possível retomar',
    description: 'Falha ao retomar o stream. Tente novamente.',
    userMessage: 'Não foi possível retomar o áudio ou o vídeo deste participante. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que stream.resume() enviou para o stream de um participante remoto, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Continue mostrando o stream como pausado e ofereça uma nova tentativa.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'set-quality-failed': {
    title: 'Qualidade do stream não definida',
    userTitle: 'Qualidade do vídeo inalterada',
    description: 'Falha ao definir a qualidade do stream. Tente novamente.',
    userMessage: 'A qualidade do vídeo não mudou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.setQuality() ou participant.setScreenShareQuality() enviou para o participante, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Continue mostrando a qualidade anterior e execute o método novamente quando a conexão com a reunião estiver estável.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'stop-consuming-mic-streams-failed': {
    title: 'Falha ao parar de consumir o microfone',
    userTitle: 'O áudio não parou',
    description:
      'Falha ao parar de consumir os streams de microfone do participante. Tente novamente.',
    userMessage: 'Não foi possível parar o áudio deste participante. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.stopConsumingMicStreams() enviou para o participante, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Execute stopConsumingMicStreams() novamente quando a conexão com a reunião estiver estável.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'stop-consuming-webcam-streams-failed': {
    title: 'Falha ao parar de consumir a webcam',
    userTitle: 'O vídeo não parou',
    description:
      'Falha ao parar de consumir os streams de webcam do participante. Tente novamente.',
    userMessage: 'Não foi possível parar o vídeo deste participante. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.stopConsumingWebcamStreams() enviou para o participante, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Execute stopConsumingWebcamStreams() novamente quando a conexão com a reunião estiver estável.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
};
