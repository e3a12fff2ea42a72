import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'limit'> = {
  'hls-duration-limit-reached': {
    title: 'Limite de tempo da difusão HLS atingido',
    userTitle: 'Limite de tempo da difusão atingido',
    description:
      'O sistema interrompeu a difusão HLS automaticamente porque ela atingiu a duração máxima de 2 horas para uma única difusão HLS.',
    userMessage:
      'A difusão para os espectadores parou porque atingiu o limite de 2 horas. A reunião continua, e você pode iniciar uma nova difusão.',
    causes: [
      'Uma única difusão HLS pode durar no máximo 2 horas. O servidor interrompeu esta quando ela atingiu esse limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Detecte este aviso e ofereça iniciar uma nova difusão HLS.',
      },
      {
        by: 'app',
        text: 'Planeje eventos longos como várias difusões HLS de até 2 horas cada.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'A difusão para os espectadores parou porque atingiu o limite de 2 horas. A reunião continua, e o organizador pode iniciar uma nova difusão.',
      },
      viewer: {
        userMessage:
          'A difusão parou porque atingiu o limite de 2 horas. O organizador pode iniciar uma nova. Nenhuma ação é necessária.',
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: 'Limite de tempo da transmissão ao vivo atingido',
    userTitle: 'Limite de tempo da transmissão ao vivo atingido',
    description:
      'O sistema interrompeu a transmissão ao vivo automaticamente porque ela atingiu a duração máxima de 2 horas para uma única transmissão ao vivo RTMP.',
    userMessage:
      'A transmissão ao vivo parou porque atingiu o limite de 2 horas. A reunião continua, e você pode iniciar uma nova transmissão ao vivo.',
    causes: [
      'Uma única transmissão ao vivo RTMP pode durar no máximo 2 horas. O servidor interrompeu esta quando ela atingiu esse limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Detecte este aviso e ofereça iniciar uma nova transmissão ao vivo.',
      },
      {
        by: 'app',
        text: 'Planeje eventos longos como várias transmissões ao vivo de até 2 horas cada.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'A transmissão ao vivo parou porque atingiu o limite de 2 horas. A reunião continua, e o organizador pode iniciar uma nova transmissão ao vivo.',
      },
    },
  },
  'max-hls-limit-reached-on-organization': {
    title: 'Limite de difusões HLS da organização atingido',
    userTitle: 'Difusão indisponível',
    description:
      'A organização atingiu o número máximo de difusões HLS. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'A difusão para os espectadores não pode começar agora porque um limite foi atingido. Tente novamente mais tarde.',
    causes: ['A organização atingiu o número máximo de difusões HLS que a conta permite.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique o limite e o uso de difusões HLS da organização no painel da VideoSDK.',
      },
      {
        by: 'app',
        text: 'Encerre as difusões HLS que não são mais necessárias e tente novamente.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: 'Limite de transmissões ao vivo da organização atingido',
    userTitle: 'Transmissão ao vivo indisponível',
    description:
      'A organização atingiu o número máximo de transmissões ao vivo. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'A transmissão ao vivo não pode começar agora porque um limite foi atingido. Tente novamente mais tarde.',
    causes: ['A organização atingiu o número máximo de transmissões ao vivo que a conta permite.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique o limite e o uso de transmissões ao vivo da organização no painel da VideoSDK.',
      },
      {
        by: 'app',
        text: 'Encerre as transmissões ao vivo que não são mais necessárias e tente novamente.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-participant-reached': {
    title: 'Reunião lotada',
    userTitle: 'Reunião lotada',
    description:
      'A reunião atingiu o número máximo de participantes. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Esta reunião está lotada, por isso não é possível entrar agora. Tente novamente mais tarde ou peça ajuda ao organizador.',
    causes: ['O número de participantes na reunião atingiu o limite da conta.'],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente mais tarde ou peça ajuda ao organizador.',
      },
      {
        by: 'app',
        text: 'Avise o usuário que a reunião está lotada e ofereça tentar novamente mais tarde.',
      },
      {
        by: 'dashboard',
        text: 'Verifique o limite de participantes do plano da conta no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: 'Limite de gravações da organização atingido',
    userTitle: 'Gravação indisponível',
    description:
      'A organização atingiu o número máximo de gravações. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'A gravação não pode começar agora porque um limite foi atingido. Tente novamente mais tarde.',
    causes: ['A organização atingiu o número máximo de gravações que a conta permite.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique o limite e o uso de gravações da organização no painel da VideoSDK.',
      },
      {
        by: 'app',
        text: 'Encerre as gravações que não são mais necessárias e tente novamente.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: 'Limite de RECV_ONLY da organização atingido',
    userTitle: 'Limite de espectadores atingido',
    description:
      'A organização atingiu o número máximo de participantes que entram no modo RECV_ONLY. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Não é possível entrar agora porque o limite de espectadores foi atingido. Tente novamente mais tarde.',
    causes: [
      'Um participante tentou entrar no modo RECV_ONLY quando a organização estava no limite de participantes RECV_ONLY, por isso o participante não conseguiu entrar.',
    ],
    fixes: [
      {
        by: 'support',
        text: 'Para aumentar o limite de RECV_ONLY da organização, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
      {
        by: 'app',
        text: 'Avise o usuário que o limite foi atingido e não tente novamente de forma automática.',
      },
      { by: 'user', text: 'Tente novamente mais tarde.' },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: 'Limite de oradores da organização atingido',
    userTitle: 'Oradores demais',
    description:
      'A organização atingiu o número máximo de oradores. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Não é possível entrar agora porque o limite de oradores foi atingido. Tente novamente mais tarde.',
    causes: [
      'Na organização como um todo, o número de participantes que entraram como oradores atingiu o limite da conta.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique o limite e o uso de oradores da organização no painel da VideoSDK.',
      },
      {
        by: 'app',
        text: 'Deixe os participantes que apenas assistem entrarem como espectadores em vez de oradores.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-speaker-reached': {
    title: 'Limite de oradores da reunião atingido',
    userTitle: 'Limite de oradores atingido',
    description:
      'A reunião atingiu o número máximo de oradores. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Esta reunião atingiu o limite de oradores, por isso não é possível entrar agora. Tente novamente mais tarde ou peça ajuda ao organizador.',
    causes: ['O número de oradores na reunião atingiu o limite da conta.'],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente mais tarde ou peça ajuda ao organizador.',
      },
      {
        by: 'app',
        text: 'Deixe os participantes que apenas assistem entrarem como espectadores em vez de oradores.',
      },
      {
        by: 'dashboard',
        text: 'Verifique o limite de oradores do plano da conta no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: 'Limite de espectadores da organização atingido',
    userTitle: 'Espectadores demais',
    description:
      'A organização atingiu o número máximo de espectadores, ou seja, de participantes que entram no modo VIEWER ou SIGNALLING_ONLY (a mensagem do servidor escreve SIGNALING_ONLY; VIEWER é o nome do modo antes da versão 0.1.4). Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Não é possível entrar agora porque o limite de espectadores foi atingido. Tente novamente mais tarde.',
    causes: [
      'Na organização como um todo, o número de participantes que entraram no modo VIEWER ou SIGNALLING_ONLY atingiu o limite da conta.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique o limite e o uso de espectadores da organização no painel da VideoSDK.',
      },
      {
        by: 'app',
        text: 'Avise o usuário que a reunião não pode receber mais espectadores agora e ofereça tentar novamente mais tarde.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: 'Limite de tempo da gravação atingido',
    userTitle: 'Limite de tempo da gravação atingido',
    description:
      'O sistema interrompeu a gravação automaticamente porque ela atingiu a duração máxima de 2 horas para uma única gravação.',
    userMessage:
      'A gravação parou porque atingiu o limite de 2 horas. A reunião continua, e você pode iniciar uma nova gravação.',
    causes: [
      'Uma única gravação pode durar no máximo 2 horas. O servidor interrompeu esta quando ela atingiu esse limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Detecte este aviso e ofereça iniciar uma nova gravação.',
      },
      {
        by: 'app',
        text: 'Planeje reuniões longas como várias gravações de até 2 horas cada.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'A gravação parou porque atingiu o limite de 2 horas. A reunião continua, e o organizador pode iniciar uma nova gravação.',
      },
    },
  },
};
