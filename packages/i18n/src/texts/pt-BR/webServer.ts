import type { TextsOf, WebServerMeaningId } from '../../types.js';

export const texts: TextsOf<WebServerMeaningId> = {
  'adaptive-subscription-disable-failed': {
    title: 'Assinatura adaptativa não desativada',
    userTitle: 'Configuração de vídeo inalterada',
    description: 'A assinatura adaptativa já está desativada.',
    userMessage: 'O ajuste automático de vídeo não mudou. A reunião continua normalmente.',
    causes: [
      'O app executou meeting.disableAdaptiveSubscription() na reunião quando a assinatura adaptativa já estava desativada, como diz o comentário de documentação do SDK.',
      'O SDK também gera este código quando a solicitação de desativação falha no servidor ou na rede. Nesse caso, a mensagem de erro traz o motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Acompanhe se a assinatura adaptativa está ativa e execute disableAdaptiveSubscription() somente enquanto ela estiver ativa.',
      },
      {
        by: 'app',
        text: 'Se a assinatura adaptativa estava ativa antes da solicitação, verifique o motivo do servidor na mensagem de erro.',
      },
    ],
  },
  'adaptive-subscription-enable-failed': {
    title: 'Assinatura adaptativa não ativada',
    userTitle: 'Configuração de vídeo inalterada',
    description: 'A assinatura adaptativa já está ativada.',
    userMessage: 'O ajuste automático de vídeo não mudou. A reunião continua normalmente.',
    causes: [
      'O app executou meeting.enableAdaptiveSubscription() na reunião quando a assinatura adaptativa já estava ativada, como diz o comentário de documentação do SDK.',
      'O SDK também gera este código quando a solicitação de ativação falha no servidor ou na rede. Nesse caso, a mensagem de erro traz o motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Acompanhe se a assinatura adaptativa está ativa e execute enableAdaptiveSubscription() somente enquanto ela estiver desativada.',
      },
      {
        by: 'app',
        text: 'Se a assinatura adaptativa estava desativada antes da solicitação, verifique o motivo do servidor na mensagem de erro.',
      },
    ],
  },
  'adaptive-subscription-not-enabled-by-sdk': {
    title: 'Assinatura adaptativa indisponível',
    userTitle: 'Ajuste de vídeo indisponível',
    description:
      'A assinatura adaptativa não está habilitada pelo SDK. Entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'O ajuste automático de vídeo não está disponível nesta reunião. A reunião continua normalmente.',
    causes: [
      'O servidor informa que a assinatura adaptativa não está habilitada, por isso ela não pode ser ativada nem desativada.',
      'O comentário de documentação do SDK não diz por quê. O suporte da VideoSDK pode informar.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live e peça que habilitem a assinatura adaptativa.',
      },
      {
        by: 'app',
        text: 'Até ela ser habilitada, não use enableAdaptiveSubscription() nem disableAdaptiveSubscription().',
      },
      {
        by: 'support',
        text: 'Habilite a assinatura adaptativa ou explique por que ela não está disponível.',
      },
    ],
  },
  'apikey-deactivated': {
    title: 'Chave de API desativada',
    userTitle: 'Não é possível entrar agora',
    description: 'A chave de API fornecida no token está desativada. Verifique-a no painel.',
    userMessage:
      'As reuniões não estão disponíveis neste aplicativo no momento, por isso não é possível entrar. Entre em contato com {supportContact}.',
    causes: [
      'O token traz uma chave de API desativada, por isso o servidor não deixa o participante entrar na reunião.',
      'Verifique o status da chave no painel da VideoSDK para ver se ela foi desativada lá.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique a chave de API no painel da VideoSDK e reative-a ou crie uma nova.',
      },
      {
        by: 'app',
        text: 'Faça o servidor de tokens gerar tokens com uma chave de API ativa e o segredo dela.',
      },
      {
        by: 'user',
        text: 'Entre em contato com {supportContact}.',
      },
    ],
  },
  'change-mode-failed': {
    title: 'Falha ao mudar o modo',
    userTitle: 'O modo não mudou',
    description: 'Falha ao mudar o modo da reunião. Tente novamente.',
    userMessage: 'Não foi possível mudar o seu modo na reunião. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.changeMode() enviou à reunião, ou a solicitação falhou na rede.',
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
  'change-translation-language-failed': {
    title: 'Idioma da tradução não alterado',
    userTitle: 'O idioma não mudou',
    description:
      'A solicitação para mudar o idioma da tradução falhou devido a um erro desconhecido.',
    userMessage: 'O idioma da tradução não mudou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.changeTranslationLanguage() enviou à reunião, ou a solicitação falhou na rede.',
      'O comentário de documentação do SDK não cita nenhum motivo específico. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro, e verifique se a tradução está em andamento e se o idioma é compatível.',
      },
      {
        by: 'app',
        text: 'Continue mostrando o idioma anterior na interface até a mudança dar certo.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'codec-not-supported': {
    title: 'Codec de vídeo incompatível',
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
        by: 'app',
        text: 'Se o problema continuar, envie ao suporte da VideoSDK o ID da reunião, o horário e a mensagem de erro.',
      },
    ],
  },
  'disable-participant-mic-failed': {
    title: 'Microfone do participante não desativado',
    userTitle: 'Falha na solicitação do microfone',
    description: 'Falha ao desativar o microfone do participante. Tente novamente.',
    userMessage:
      'A solicitação para desligar o microfone deste participante não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.disableMic() enviou para um participante remoto, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro. Se ele citar uma permissão, verifique as permissões no token do participante local.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'disable-participant-webcam-failed': {
    title: 'Webcam do participante não desativada',
    userTitle: 'Falha na solicitação da câmera',
    description: 'Falha ao desativar a webcam do participante. Tente novamente.',
    userMessage:
      'A solicitação para desligar a câmera deste participante não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.disableWebcam() enviou para um participante remoto, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro. Se ele citar uma permissão, verifique as permissões no token do participante local.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'enable-participant-mic-failed': {
    title: 'Microfone do participante não ativado',
    userTitle: 'Falha na solicitação do microfone',
    description: 'Falha ao ativar o microfone do participante. Tente novamente.',
    userMessage:
      'A solicitação para ligar o microfone deste participante não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.enableMic() enviou para um participante remoto, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro. Se ele citar uma permissão, verifique as permissões no token do participante local.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'enable-participant-webcam-failed': {
    title: 'Webcam do participante não ativada',
    userTitle: 'Falha na solicitação da câmera',
    description: 'Falha ao ativar a webcam do participante. Tente novamente.',
    userMessage:
      'A solicitação para ligar a câmera deste participante não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.enableWebcam() enviou para um participante remoto, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro. Se ele citar uma permissão, verifique as permissões no token do participante local.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'failed-to-get-value': {
    title: 'Valor do Realtime Store não lido',
    userTitle: 'Não foi possível carregar os dados da reunião',
    description: 'Falha ao obter o valor do Realtime Store.',
    userMessage: 'Algumas informações da reunião não carregaram. Tente novamente.',
    causes: [
      'A solicitação de leitura que meeting.realtimeStore.getValue() enviou à reunião falhou no servidor ou na rede.',
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
      'A solicitação de inscrição que meeting.realtimeStore.observe() enviou à reunião falhou no servidor ou na rede.',
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
  },
  'failed-to-set-value': {
    title: 'Valor do Realtime Store não salvo',
    userTitle: 'Alteração não salva',
    description: 'Falha ao definir o valor do Realtime Store.',
    userMessage: 'Sua alteração não foi salva. Tente novamente.',
    causes: [
      'A solicitação de gravação de valor que meeting.realtimeStore.setValue() enviou à reunião falhou no servidor ou na rede.',
      'Chaves inválidas, valores inválidos e valores acima de 1 KB geram outros códigos antes de a solicitação ser enviada. Verifique o motivo do servidor na mensagem de erro.',
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
      'A solicitação de cancelamento da inscrição que meeting.realtimeStore.stopObserving() enviou à reunião falhou no servidor ou na rede.',
      'No js-sdk 1.1.1, stopObserving() não lança este código: ele deixa a falha gravada no trace do SDK e retorna normalmente.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro ou no trace do SDK.',
      },
      {
        by: 'app',
        text: 'Ignore atualizações de chaves que o app não observa mais, para que uma atualização atrasada não cause problemas.',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: 'Limite de RECV_ONLY da organização atingido',
    userTitle: 'Limite de espectadores atingido',
    description:
      'A organização atingiu o número máximo de participantes que entram no modo RECV_ONLY. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Este serviço atingiu o limite de espectadores, por isso não é possível entrar agora. Tente novamente mais tarde.',
    causes: [
      'Um participante tentou entrar no modo RECV_ONLY quando a organização estava no limite de participantes RECV_ONLY, por isso o participante não conseguiu entrar.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live para aumentar o limite de RECV_ONLY da organização.',
      },
      {
        by: 'support',
        text: 'Aumente o limite de participantes RECV_ONLY da organização.',
      },
      {
        by: 'app',
        text: 'Avise o usuário que o limite foi atingido e não repita automaticamente.',
      },
      {
        by: 'user',
        text: 'Tente novamente mais tarde.',
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
  'pause-all-streams-failed': {
    title: 'Falha ao pausar todos os streams',
    userTitle: 'Não foi possível pausar',
    description: 'Falha ao pausar todos os streams. Tente novamente.',
    userMessage: 'Não foi possível pausar o áudio e o vídeo dos outros. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.pauseAllStreams() enviou à reunião, ou a solicitação falhou na rede.',
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
  'pin-failed': {
    title: 'Falha ao fixar',
    userTitle: 'Não foi possível fixar',
    description: 'Falha ao fixar o participante. Tente novamente.',
    userMessage: 'Não foi possível fixar este participante. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.pin() enviou para fixar o participante, ou a solicitação falhou na rede.',
      'O SDK restaura o estado de fixação anterior quando o servidor recusa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Atualize o layout a partir do evento pin-state-changed, não apenas a partir da solicitação.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'pubsub-publish-failed': {
    title: 'Falha ao publicar no PubSub',
    userTitle: 'Mensagem não enviada',
    description: 'Falha ao publicar a mensagem no tópico do PubSub. Tente novamente.',
    userMessage:
      'Sua mensagem não foi enviada. Verifique sua conexão com a internet e tente novamente.',
    causes: [
      'A solicitação de publicação que meeting.pubSub.publish() enviou à reunião excedeu o tempo limite, ou o servidor retornou um erro.',
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
      'A solicitação de inscrição que meeting.pubSub.subscribe() enviou à reunião excedeu o tempo limite, ou o servidor retornou um erro.',
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
  },
  'pubsub-unsubscribe-failed': {
    title: 'Falha ao cancelar a inscrição no PubSub',
    userTitle: 'As mensagens não pararam',
    description: 'Falha ao cancelar a inscrição no tópico do PubSub. Tente novamente.',
    userMessage: 'Você ainda pode receber algumas mensagens aqui. Nenhuma ação é necessária.',
    causes: [
      'A solicitação de cancelamento da inscrição que meeting.pubSub.unsubscribe() enviou à reunião excedeu o tempo limite, ou o servidor retornou um erro.',
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
  'remove-participant-failed': {
    title: 'Participante não removido',
    userTitle: 'Não foi possível remover o participante',
    description: 'Falha ao remover o participante. Tente novamente.',
    userMessage: 'Não foi possível remover este participante da reunião. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.remove() enviou para remover o participante, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro. Se ele citar uma permissão, verifique as permissões no token do participante local.',
      },
      {
        by: 'app',
        text: 'Mantenha o participante na lista até chegar o evento participant-left (saída do participante).',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'request-media-relay-failed': {
    title: 'Falha na solicitação de retransmissão de mídia',
    userTitle: 'Não foi possível enviar para a outra reunião',
    description: 'Falha ao solicitar a retransmissão de mídia. Tente novamente.',
    userMessage:
      'Não foi possível enviar seu áudio e seu vídeo para a outra reunião. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.requestMediaRelay() enviou à reunião, ou a solicitação falhou na rede.',
      'Verifique o motivo do servidor na mensagem de erro, por exemplo sobre a reunião de destino ou o token dela.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Verifique o ID da reunião de destino e o token que você passa para a reunião de destino.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'respond-entry-failed': {
    title: 'Falha na resposta ao pedido de entrada',
    userTitle: 'Resposta não enviada',
    description: 'Falha ao responder ao pedido de entrada. Tente novamente.',
    userMessage: 'Sua resposta ao pedido para entrar não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a resposta que meeting.respondEntry() enviou à reunião, ou a solicitação falhou na rede. As funções allow() e deny() do evento entry-requested usam a mesma solicitação.',
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
  'respond-media-relay-request-failed': {
    title: 'Falha na resposta à retransmissão de mídia',
    userTitle: 'Resposta não enviada',
    description: 'Falha ao responder ao pedido de retransmissão de mídia. Tente novamente.',
    userMessage: 'Sua resposta ao pedido da outra reunião não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a resposta enviada por accept() ou reject() do evento media-relay-request-received, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Mantenha o pedido de retransmissão na tela para que o organizador possa respondê-lo novamente.',
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
      'O servidor rejeitou a solicitação que meeting.resumeAllStreams() enviou à reunião, ou a solicitação falhou na rede.',
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
  'something-went-wrong': {
    title: 'Algo deu errado',
    userTitle: 'Algo deu errado',
    description: 'Algo deu errado.',
    userMessage:
      'Algo deu errado na reunião. Tente novamente e, se o problema continuar, entre em contato com {supportContact}.',
    causes: [
      'O servidor informou uma falha sem um código mais específico.',
      'O js-sdk 1.1.1 não gera este código por conta própria. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro e nos logs do app, e anote o ID da reunião e o horário.',
      },
      {
        by: 'user',
        text: 'Tente novamente. Se o problema continuar, recarregue a página.',
      },
      {
        by: 'app',
        text: 'Se o problema continuar, envie ao suporte da VideoSDK o ID da reunião, o horário e a mensagem de erro.',
      },
    ],
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
  'start-translation-failed': {
    title: 'A tradução não foi iniciada',
    userTitle: 'A tradução não começou',
    description: 'A solicitação para iniciar a tradução falhou devido a um erro desconhecido.',
    userMessage: 'A tradução não começou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.startTranslation() enviou à reunião, ou a solicitação falhou na rede.',
      'O comentário de documentação do SDK não cita nenhum motivo específico. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro e a configuração de tradução que você passou.',
      },
      {
        by: 'app',
        text: 'Mostre a tradução como ativa somente depois que o evento translation-state-changed disser que ela começou.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'start-whiteboard-failed': {
    title: 'O quadro branco não foi iniciado',
    userTitle: 'O quadro branco não começou',
    description: 'Falha ao iniciar o quadro branco. Tente novamente.',
    userMessage: 'O quadro branco não começou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.startWhiteboard() enviou à reunião para abrir o quadro branco, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Mostre o quadro branco somente depois do evento whiteboard-started e ofereça uma nova tentativa.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
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
  'stop-media-relay-failed': {
    title: 'A retransmissão de mídia não foi interrompida',
    userTitle: 'Ainda enviando para a outra reunião',
    description: 'Falha ao interromper a retransmissão de mídia. Tente novamente.',
    userMessage:
      'Seu áudio e seu vídeo ainda estão sendo enviados para a outra reunião. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.stopMediaRelay() enviou à reunião, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro e o ID da reunião de destino que você passou.',
      },
      {
        by: 'app',
        text: 'Continue mostrando a retransmissão como ativa até chegar o evento media-relay-stopped.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'stop-translation-failed': {
    title: 'A tradução não foi interrompida',
    userTitle: 'A tradução não parou',
    description: 'A solicitação para interromper a tradução falhou devido a um erro desconhecido.',
    userMessage: 'A tradução não parou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.stopTranslation() enviou à reunião, ou a solicitação falhou na rede.',
      'O comentário de documentação do SDK não cita nenhum motivo específico. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Continue mostrando a tradução como ativa até o evento translation-state-changed dizer que ela parou.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: 'O quadro branco não foi interrompido',
    userTitle: 'O quadro branco não parou',
    description: 'Falha ao interromper o quadro branco. Tente novamente.',
    userMessage: 'O quadro branco não parou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.stopWhiteboard() enviou à reunião para fechar o quadro branco, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Mantenha o quadro branco aberto até chegar o evento whiteboard-stopped e ofereça uma nova tentativa.',
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
      'O servidor rejeitou a solicitação que meeting.switchTo() enviou à reunião, ou a solicitação falhou na rede.',
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
    userMessage: 'Não foi possível mudar para a outra reunião. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.switchTo() enviou para mover o participante para outra sala, ou a solicitação falhou na rede.',
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
  'translation-failed': {
    title: 'Tradução interrompida',
    userTitle: 'A tradução parou',
    description: 'A tradução parou devido a um erro interno.',
    userMessage: 'A tradução parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'A tradução parou por causa de um erro interno do servidor, como diz o comentário de documentação do SDK.',
      'O SDK não dá mais detalhes. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Atualize a interface a partir do evento translation-state-changed e deixe o usuário iniciar a tradução novamente.',
      },
      {
        by: 'user',
        text: 'Inicie a tradução novamente.',
      },
      {
        by: 'app',
        text: 'Se o problema continuar, envie ao suporte da VideoSDK o ID da reunião, o horário e a mensagem de erro.',
      },
    ],
  },
  'unpin-failed': {
    title: 'Falha ao desafixar',
    userTitle: 'Não foi possível desafixar',
    description: 'Falha ao desafixar o participante. Tente novamente.',
    userMessage: 'Não foi possível desafixar este participante. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.unpin() enviou para desafixar o participante, ou a solicitação falhou na rede.',
      'O SDK restaura o estado de fixação anterior quando o servidor recusa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Atualize o layout a partir do evento pin-state-changed, não apenas a partir da solicitação.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: 'Operação do quadro branco em andamento',
    userTitle: 'O quadro branco está ocupado',
    description: 'Uma operação do quadro branco já está em andamento. Aguarde a conclusão dela.',
    userMessage:
      'O quadro branco já está abrindo ou fechando, por isso aguarde um momento. Nenhuma ação é necessária.',
    causes: [
      'O app executou meeting.startWhiteboard() ou meeting.stopWhiteboard() na reunião enquanto uma operação anterior do quadro branco ainda estava em andamento, por isso a nova solicitação foi recusada.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Desative os controles do quadro branco enquanto um início ou uma interrupção estiver pendente, e aguarde o evento whiteboard-started ou whiteboard-stopped.',
      },
      {
        by: 'user',
        text: 'Aguarde um momento até o quadro branco terminar.',
      },
    ],
  },
};
