import type { FlutterOnlyMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<FlutterOnlyMeaningId> = {
  'camera-device-incompatible': {
    title: 'Câmera incompatível',
    userTitle: 'A câmera não envia vídeo',
    description:
      'O dispositivo de câmera não consegue produzir vídeo: não foi possível criar o fluxo de vídeo. Verifique se o dispositivo é compatível.',
    userMessage:
      'Este aplicativo não consegue receber vídeo da sua câmera. Tente outra câmera ou outro dispositivo.',
    causes: [
      'O SDK não conseguiu criar um fluxo de vídeo a partir da câmera selecionada, por isso informa que a câmera é incompatível.',
      'A mensagem não diz por que a câmera falhou. Verifique os logs do app, o modelo do dispositivo e a versão do sistema operacional.',
    ],
    fixes: [
      { by: 'user', text: 'Tente outra câmera ou use este aplicativo em outro dispositivo.' },
      {
        by: 'app',
        text: 'Deixe o participante continuar na reunião sem vídeo e ofereça a escolha de câmera se o dispositivo tiver mais de uma.',
      },
      {
        by: 'app',
        text: 'Procure nos logs do app o modelo do dispositivo, a versão do sistema operacional e a câmera, e teste o app no mesmo tipo de dispositivo.',
      },
    ],
  },
  'changing-mode': {
    title: 'Falha ao mudar o modo',
    userTitle: 'Não foi possível mudar o modo',
    description: 'Algo deu errado e não foi possível mudar o modo. Tente novamente.',
    userMessage: 'Não foi possível mudar o seu modo nesta reunião. Tente novamente.',
    causes: [
      'Uma solicitação para mudar o modo do participante na reunião (changeMode) não teve sucesso.',
      'A mensagem não diz por quê. Verifique os logs do app e o estado da rede no momento da solicitação.',
    ],
    fixes: [
      { by: 'user', text: 'Tente novamente em alguns instantes.' },
      {
        by: 'app',
        text: 'Mantenha o participante no modo atual, mostre que a mudança não aconteceu e ofereça uma nova tentativa.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique os logs do app do momento em que ele chamou changeMode e o estado da rede nesse momento.',
      },
    ],
  },
  'custom-audio-track-disposed': {
    title: 'Faixa de áudio personalizada encerrada',
    userTitle: 'O microfone padrão voltou',
    description:
      'A faixa de áudio personalizada fornecida foi descartada e agora está no estado encerrado. O SDK está voltando à faixa de áudio padrão.',
    userMessage: 'Seu áudio voltou a usar o microfone padrão. Nenhuma ação é necessária.',
    causes: [
      'A faixa de áudio personalizada que o app passou ao SDK foi descartada, por isso a faixa foi encerrada.',
      'O SDK passou a usar a faixa de áudio padrão, por isso o áudio do participante continua.',
      'Verifique em que ponto o app, ou uma biblioteca que ele usa, descarta a faixa personalizada enquanto a reunião ainda a usa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Mantenha a faixa de áudio personalizada ativa enquanto a reunião a usa e descarte-a somente depois que o SDK não a usar mais.',
      },
      {
        by: 'app',
        text: 'Para usar uma faixa personalizada de novo, crie uma nova (por exemplo, com createMicrophoneAudioTrack) e passe-a para unmuteMic.',
      },
    ],
  },
  'custom-video-track-disposed': {
    title: 'Faixa de vídeo personalizada encerrada',
    userTitle: 'A câmera padrão voltou',
    description:
      'A faixa de vídeo personalizada fornecida foi descartada e agora está no estado encerrado. O SDK está voltando à faixa de vídeo padrão.',
    userMessage: 'Seu vídeo voltou a usar a câmera padrão. Nenhuma ação é necessária.',
    causes: [
      'A faixa de vídeo personalizada que o app passou ao SDK foi descartada, por isso a faixa foi encerrada.',
      'O SDK passou a usar a faixa de vídeo padrão, por isso o vídeo do participante continua.',
      'Verifique em que ponto o app, ou uma biblioteca que ele usa, descarta a faixa personalizada enquanto a reunião ainda a usa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Mantenha a faixa de vídeo personalizada ativa enquanto a reunião a usa e descarte-a somente depois que o SDK não a usar mais.',
      },
      {
        by: 'app',
        text: 'Para usar uma faixa personalizada de novo, crie uma nova (por exemplo, com createCameraVideoTrack) e passe-a para enableCam.',
      },
    ],
  },
  'microphone-device-incompatible': {
    title: 'Microfone incompatível',
    userTitle: 'O microfone não envia som',
    description:
      'O dispositivo de microfone não consegue produzir áudio: não foi possível criar o fluxo de áudio. Verifique se o dispositivo é compatível.',
    userMessage:
      'Este aplicativo não consegue receber som do seu microfone. Tente outro microfone ou outro dispositivo.',
    causes: [
      'O SDK não conseguiu criar um fluxo de áudio a partir do microfone selecionado, por isso informa que o microfone é incompatível.',
      'A mensagem não diz por que o microfone falhou. Verifique os logs do app, o modelo do dispositivo e a versão do sistema operacional.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente outro microfone, como um fone de ouvido com microfone, ou use este aplicativo em outro dispositivo.',
      },
      {
        by: 'app',
        text: 'Deixe o participante continuar na reunião sem áudio e ofereça a escolha de microfone se o dispositivo tiver mais de um.',
      },
      {
        by: 'app',
        text: 'Procure nos logs do app o modelo do dispositivo, a versão do sistema operacional e o microfone, e teste o app no mesmo tipo de dispositivo.',
      },
    ],
  },
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
      { by: 'user', text: 'Inicie a gravação novamente.' },
      {
        by: 'app',
        text: 'Avise as pessoas na reunião que a gravação parou e ofereça iniciar a gravação do participante novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião, o ID do participante e o horário da falha.',
      },
    ],
  },
  'starting-audio': {
    title: 'Não foi possível iniciar o microfone',
    userTitle: 'O microfone não ligou',
    description: 'Algo deu errado e não foi possível ativar o microfone. Tente novamente.',
    userMessage: 'Seu microfone não ligou. Tente novamente.',
    causes: [
      'Ligar o microfone (unmuteMic) falhou, e a mensagem não diz por quê.',
      'Problemas de permissão e um microfone em uso têm códigos próprios. Procure nos logs do app o erro de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Se o microfone ainda não ligar, reinicie este aplicativo e tente novamente.',
      },
      {
        by: 'app',
        text: 'Mantenha o microfone desligado, deixe o participante continuar na reunião e ofereça um botão para tentar novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique os logs do app do momento em que ele chamou unmuteMic, com o modelo do dispositivo e a versão do sistema operacional.',
      },
    ],
  },
  'starting-foreground-service': {
    title: 'O serviço em primeiro plano não foi iniciado',
    userTitle: 'Não foi possível compartilhar a tela',
    description:
      'Ocorreu um erro ao inicializar o serviço em primeiro plano (foreground service), por isso não foi possível ativar o compartilhamento de tela. Tente novamente.',
    userMessage:
      'Não foi possível iniciar o compartilhamento de tela neste dispositivo. Tente novamente. Se o problema continuar, entre em contato com {supportContact}.',
    causes: [
      'No Android, o compartilhamento de tela é executado em um serviço em primeiro plano, e o SDK não conseguiu iniciá-lo.',
      'Verifique o manifesto do Android: o compartilhamento de tela precisa da permissão FOREGROUND_SERVICE e, no Android 14 ou posterior, de FOREGROUND_SERVICE_MEDIA_PROJECTION.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Se o problema continuar, entre em contato com {supportContact}.',
      },
      {
        by: 'app',
        text: 'Declare no manifesto do Android as permissões de serviço em primeiro plano listadas no guia de compartilhamento de tela para Flutter da VideoSDK e compile o app novamente.',
      },
      {
        by: 'app',
        text: 'Procure nos logs do Android (logcat) o motivo pelo qual o serviço não foi iniciado e teste na mesma versão do Android.',
      },
    ],
  },
  'starting-screenshare': {
    title: 'Não foi possível iniciar o compartilhamento de tela',
    userTitle: 'O compartilhamento de tela não começou',
    description:
      'Algo deu errado e não foi possível ativar o compartilhamento de tela. Tente novamente.',
    userMessage: 'O compartilhamento de tela não começou. Tente novamente.',
    causes: [
      'Ligar o compartilhamento de tela (enableScreenShare) falhou, e a mensagem não diz por quê.',
      'Uma permissão negada, um dispositivo incompatível e uma falha do serviço em primeiro plano têm códigos próprios. Procure nos logs do app o erro de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Quando o dispositivo pedir para compartilhar sua tela, permita.',
      },
      {
        by: 'app',
        text: 'Mostre que o compartilhamento de tela não começou e ofereça um botão para tentar novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique os logs do app do momento em que ele chamou enableScreenShare e a configuração do compartilhamento de tela para Android e iOS no guia de Flutter da VideoSDK.',
      },
    ],
  },
  'starting-video': {
    title: 'Não foi possível iniciar a câmera',
    userTitle: 'A câmera não ligou',
    description: 'Algo deu errado e não foi possível ativar a câmera. Tente novamente.',
    userMessage: 'Sua câmera não ligou. Tente novamente.',
    causes: [
      'Ligar a câmera (enableCam) falhou, e a mensagem não diz por quê.',
      'Problemas de permissão e uma câmera em uso têm códigos próprios. Procure nos logs do app o erro de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Se a câmera ainda não ligar, reinicie este aplicativo e tente novamente.',
      },
      {
        by: 'app',
        text: 'Mantenha a câmera desligada, deixe o participante continuar na reunião e ofereça um botão para tentar novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique os logs do app do momento em que ele chamou enableCam, com o modelo do dispositivo e a versão do sistema operacional.',
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
      { by: 'user', text: 'Inicie a gravação novamente.' },
      {
        by: 'app',
        text: 'Avise as pessoas na reunião que a gravação parou e ofereça iniciar a gravação da faixa novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião, o ID do participante, o tipo de faixa e o horário da falha.',
      },
    ],
  },
};
