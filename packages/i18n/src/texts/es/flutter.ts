import type { FlutterOnlyMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<FlutterOnlyMeaningId> = {
  'camera-device-incompatible': {
    title: 'Cámara no compatible',
    userTitle: 'La cámara no envía video',
    description:
      'La cámara no puede producir video: no se pudo crear el flujo de video. Asegúrate de que el dispositivo sea compatible.',
    userMessage:
      'Esta aplicación no puede obtener video de tu cámara. Prueba con otra cámara o con otro dispositivo.',
    causes: [
      'El SDK no pudo crear un flujo de video a partir de la cámara seleccionada, por lo que informa que la cámara no es compatible.',
      'El mensaje no indica por qué falló la cámara. Revisa los registros de la aplicación, el modelo del dispositivo y la versión del sistema operativo.',
    ],
    fixes: [
      { by: 'user', text: 'Prueba con otra cámara o usa esta aplicación en otro dispositivo.' },
      {
        by: 'app',
        text: 'Permite que el participante siga en la reunión sin video, y ofrece elegir la cámara si el dispositivo tiene más de una.',
      },
      {
        by: 'app',
        text: 'Busca en los registros de la aplicación el modelo del dispositivo, la versión del sistema operativo y la cámara, y prueba la aplicación en el mismo tipo de dispositivo.',
      },
    ],
  },
  'changing-mode': {
    title: 'Error al cambiar de modo',
    userTitle: 'No se pudo cambiar el modo',
    description: 'Se produjo un error y no se pudo cambiar el modo. Vuelve a intentarlo.',
    userMessage: 'No pudimos cambiar tu modo en esta reunión. Vuelve a intentarlo.',
    causes: [
      'Una solicitud para cambiar el modo del participante en la reunión (changeMode) no tuvo éxito.',
      'El mensaje no indica el motivo. Revisa los registros de la aplicación y el estado de la red en el momento de la solicitud.',
    ],
    fixes: [
      { by: 'user', text: 'Vuelve a intentarlo en un momento.' },
      {
        by: 'app',
        text: 'Mantén al participante en el modo actual, muestra que el cambio no se realizó y ofrece reintentar.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa los registros de la aplicación del momento en que llamó a changeMode y el estado de la red en ese momento.',
      },
    ],
  },
  'custom-audio-track-disposed': {
    title: 'Pista de audio personalizada finalizada',
    userTitle: 'Se volvió al micrófono predeterminado',
    description:
      'La pista de audio personalizada proporcionada se liberó y ahora está en estado finalizado. El SDK vuelve a la pista de audio predeterminada.',
    userMessage: 'Tu audio volvió al micrófono predeterminado. No necesitas hacer nada.',
    causes: [
      'La pista de audio personalizada que la aplicación le dio al SDK se liberó, por lo que la pista finalizó.',
      'El SDK cambió a su pista de audio predeterminada, así que el audio del participante continúa.',
      'Revisa en qué parte la aplicación, o una biblioteca que usa, libera la pista personalizada mientras la reunión todavía la usa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Mantén activa la pista de audio personalizada mientras la reunión la use, y libérala solo cuando el SDK ya no la use.',
      },
      {
        by: 'app',
        text: 'Para volver a usar una pista personalizada, crea una nueva (por ejemplo, con createMicrophoneAudioTrack) y pásala a unmuteMic.',
      },
    ],
  },
  'custom-video-track-disposed': {
    title: 'Pista de video personalizada finalizada',
    userTitle: 'Se volvió a la cámara predeterminada',
    description:
      'La pista de video personalizada proporcionada se liberó y ahora está en estado finalizado. El SDK vuelve a la pista de video predeterminada.',
    userMessage: 'Tu video volvió a la cámara predeterminada. No necesitas hacer nada.',
    causes: [
      'La pista de video personalizada que la aplicación le dio al SDK se liberó, por lo que la pista finalizó.',
      'El SDK cambió a su pista de video predeterminada, así que el video del participante continúa.',
      'Revisa en qué parte la aplicación, o una biblioteca que usa, libera la pista personalizada mientras la reunión todavía la usa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Mantén activa la pista de video personalizada mientras la reunión la use, y libérala solo cuando el SDK ya no la use.',
      },
      {
        by: 'app',
        text: 'Para volver a usar una pista personalizada, crea una nueva (por ejemplo, con createCameraVideoTrack) y pásala a enableCam.',
      },
    ],
  },
  'microphone-device-incompatible': {
    title: 'Micrófono no compatible',
    userTitle: 'El micrófono no envía sonido',
    description:
      'El micrófono no puede producir audio: no se pudo crear el flujo de audio. Asegúrate de que el dispositivo sea compatible.',
    userMessage:
      'Esta aplicación no puede obtener sonido de tu micrófono. Prueba con otro micrófono o con otro dispositivo.',
    causes: [
      'El SDK no pudo crear un flujo de audio a partir del micrófono seleccionado, por lo que informa que el micrófono no es compatible.',
      'El mensaje no indica por qué falló el micrófono. Revisa los registros de la aplicación, el modelo del dispositivo y la versión del sistema operativo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prueba con otro micrófono, como unos auriculares con micrófono, o usa esta aplicación en otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Permite que el participante siga en la reunión sin audio, y ofrece elegir el micrófono si el dispositivo tiene más de uno.',
      },
      {
        by: 'app',
        text: 'Busca en los registros de la aplicación el modelo del dispositivo, la versión del sistema operativo y el micrófono, y prueba la aplicación en el mismo tipo de dispositivo.',
      },
    ],
  },
  'participant-recording-failed': {
    title: 'Falló la grabación del participante',
    userTitle: 'La grabación se detuvo',
    description: 'La grabación del participante se detuvo debido a un error desconocido.',
    userMessage:
      'La grabación de un participante se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'Una grabación del participante (la grabación por separado de un solo participante) se detuvo en los servidores de VideoSDK después de haberse iniciado.',
      'El servidor no indica el motivo de la detención. La solicitud en sí no se rechazó, así que un nuevo inicio puede tener éxito.',
    ],
    fixes: [
      { by: 'user', text: 'Vuelve a iniciar la grabación.' },
      {
        by: 'app',
        text: 'Avisa a las personas de la reunión que la grabación se detuvo, y ofrece volver a iniciar la grabación del participante.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión, el ID del participante y la hora del fallo.',
      },
    ],
  },
  'starting-audio': {
    title: 'No se pudo iniciar el micrófono',
    userTitle: 'El micrófono no se activó',
    description: 'Se produjo un error y no se pudo activar el micrófono. Vuelve a intentarlo.',
    userMessage: 'Tu micrófono no se activó. Vuelve a intentarlo.',
    causes: [
      'Falló la activación del micrófono (unmuteMic), y el mensaje no indica el motivo.',
      'Los problemas de permisos y el micrófono en uso tienen sus propios códigos. Busca el error subyacente en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si el micrófono sigue sin activarse, reinicia esta aplicación y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Deja el micrófono desactivado, permite que el participante siga en la reunión y ofrece un botón para reintentar.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa los registros de la aplicación del momento en que llamó a unmuteMic, junto con el modelo del dispositivo y la versión del sistema operativo.',
      },
    ],
  },
  'starting-foreground-service': {
    title: 'No se inició el servicio en primer plano',
    userTitle: 'No se pudo empezar a compartir pantalla',
    description:
      'Se produjo un error al iniciar el servicio en primer plano, por lo que no se pudo activar la función de compartir pantalla. Vuelve a intentarlo.',
    userMessage:
      'No se pudo empezar a compartir pantalla en este dispositivo. Vuelve a intentarlo. Si el problema continúa, ponte en contacto con {supportContact}.',
    causes: [
      'En Android, la función de compartir pantalla se ejecuta en un servicio en primer plano, y el SDK no pudo iniciarlo.',
      'Revisa el manifiesto de Android: la función de compartir pantalla necesita el permiso FOREGROUND_SERVICE, y FOREGROUND_SERVICE_MEDIA_PROJECTION en Android 14 y versiones posteriores.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si el problema continúa, ponte en contacto con {supportContact}.',
      },
      {
        by: 'app',
        text: 'Declara en el manifiesto de Android los permisos del servicio en primer plano que indica la guía de VideoSDK para compartir pantalla en Flutter, y vuelve a compilar la aplicación.',
      },
      {
        by: 'app',
        text: 'Busca en los registros de Android (logcat) el motivo por el que el servicio no se inició, y haz pruebas en la misma versión de Android.',
      },
    ],
  },
  'starting-screenshare': {
    title: 'No se pudo empezar a compartir pantalla',
    userTitle: 'No se empezó a compartir pantalla',
    description:
      'Se produjo un error y no se pudo activar la función de compartir pantalla. Vuelve a intentarlo.',
    userMessage: 'No se empezó a compartir pantalla. Vuelve a intentarlo.',
    causes: [
      'Falló la activación de la función de compartir pantalla (enableScreenShare), y el mensaje no indica el motivo.',
      'Un permiso denegado, un dispositivo no compatible y un fallo del servicio en primer plano tienen sus propios códigos. Busca el error subyacente en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Cuando tu dispositivo te pregunte si quieres compartir tu pantalla, permítelo.',
      },
      {
        by: 'app',
        text: 'Muestra que no se empezó a compartir pantalla y ofrece un botón para reintentar.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa los registros de la aplicación del momento en que llamó a enableScreenShare, y la configuración para compartir pantalla en Android e iOS de la guía de Flutter de VideoSDK.',
      },
    ],
  },
  'starting-video': {
    title: 'No se pudo iniciar la cámara',
    userTitle: 'La cámara no se activó',
    description: 'Se produjo un error y no se pudo activar la cámara. Vuelve a intentarlo.',
    userMessage: 'Tu cámara no se activó. Vuelve a intentarlo.',
    causes: [
      'Falló la activación de la cámara (enableCam), y el mensaje no indica el motivo.',
      'Los problemas de permisos y la cámara en uso tienen sus propios códigos. Busca el error subyacente en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si la cámara sigue sin activarse, reinicia esta aplicación y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Deja la cámara desactivada, permite que el participante siga en la reunión y ofrece un botón para reintentar.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa los registros de la aplicación del momento en que llamó a enableCam, junto con el modelo del dispositivo y la versión del sistema operativo.',
      },
    ],
  },
  'track-recording-failed': {
    title: 'Falló la grabación de pistas',
    userTitle: 'La grabación se detuvo',
    description: 'La grabación de pistas se detuvo debido a un error desconocido.',
    userMessage:
      'La grabación del audio o del video de un participante se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'Una grabación de pistas (la grabación de una pista de audio o de video de un participante) se detuvo en los servidores de VideoSDK después de haberse iniciado.',
      'El servidor no indica el motivo de la detención. La solicitud en sí no se rechazó, así que un nuevo inicio puede tener éxito.',
    ],
    fixes: [
      { by: 'user', text: 'Vuelve a iniciar la grabación.' },
      {
        by: 'app',
        text: 'Avisa a las personas de la reunión que la grabación se detuvo, y ofrece volver a iniciar la grabación de pistas.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión, el ID del participante, el tipo de pista y la hora del fallo.',
      },
    ],
  },
};
