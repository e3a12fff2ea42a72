import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'stream'> = {
  'adaptive-subscription-disable-failed': {
    title: 'Suscripción adaptativa no desactivada',
    userTitle: 'Ajuste de video sin cambios',
    description: 'La suscripción adaptativa ya está desactivada.',
    userMessage: 'El ajuste automático del video no cambió. La reunión continúa con normalidad.',
    causes: [
      'La aplicación ejecutó meeting.disableAdaptiveSubscription() mientras la suscripción adaptativa ya estaba desactivada, como indica el comentario de documentación del SDK.',
      'El SDK también genera este código cuando la solicitud para desactivarla falla en el servidor o en la red. En ese caso, el mensaje de error incluye el motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lleva el control de si la suscripción adaptativa está activada, y ejecuta disableAdaptiveSubscription() solo mientras lo esté.',
      },
      {
        by: 'app',
        text: 'Si la suscripción adaptativa estaba activada antes de la solicitud, revisa el motivo que da el servidor en el mensaje de error.',
      },
    ],
  },
  'adaptive-subscription-enable-failed': {
    title: 'Suscripción adaptativa no activada',
    userTitle: 'Ajuste de video sin cambios',
    description: 'La suscripción adaptativa ya está activada.',
    userMessage: 'El ajuste automático del video no cambió. La reunión continúa con normalidad.',
    causes: [
      'La aplicación ejecutó meeting.enableAdaptiveSubscription() mientras la suscripción adaptativa ya estaba activada, como indica el comentario de documentación del SDK.',
      'El SDK también genera este código cuando la solicitud para activarla falla en el servidor o en la red. En ese caso, el mensaje de error incluye el motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lleva el control de si la suscripción adaptativa está activada, y ejecuta enableAdaptiveSubscription() solo mientras esté desactivada.',
      },
      {
        by: 'app',
        text: 'Si la suscripción adaptativa estaba desactivada antes de la solicitud, revisa el motivo que da el servidor en el mensaje de error.',
      },
    ],
  },
  'adaptive-subscription-not-enabled-by-sdk': {
    title: 'Suscripción adaptativa no disponible',
    userTitle: 'Ajuste de video no disponible',
    description:
      'El SDK no tiene habilitada la suscripción adaptativa. Ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'El ajuste automático del video no está disponible en esta reunión. La reunión continúa con normalidad.',
    causes: [
      'El servidor informa que la suscripción adaptativa no está habilitada, por lo que no se puede activar ni desactivar.',
      'El comentario de documentación del SDK no indica el motivo. El soporte de VideoSDK puede explicártelo.',
    ],
    fixes: [
      {
        by: 'support',
        text: 'Ponte en contacto con el soporte de VideoSDK en support@videosdk.live para que habiliten la suscripción adaptativa en la cuenta o para saber por qué no está disponible.',
      },
      {
        by: 'app',
        text: 'Hasta que esté habilitada, no llames a enableAdaptiveSubscription() ni a disableAdaptiveSubscription().',
      },
    ],
  },
  'codec-not-supported': {
    title: 'Códec de video remoto no admitido',
    userTitle: 'No se puede mostrar el video',
    description: 'Tu plataforma no admite el códec de video del participante remoto.',
    userMessage:
      'Tu navegador no puede mostrar el video de este participante. Actualizar tu navegador o usar otro navegador puede ayudar.',
    causes: [
      'El participante remoto envía video en un códec que este navegador o dispositivo no puede decodificar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Comprueba qué códec envía el participante remoto y qué códecs de video admite este navegador.',
      },
      {
        by: 'app',
        text: 'Haz que los participantes envíen video en un códec que puedan decodificar todos los navegadores que admites.',
      },
      {
        by: 'user',
        text: 'Actualiza tu navegador o únete desde otro navegador.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Este dispositivo no puede mostrar el video de este participante. Actualizar la aplicación puede ayudar.',
        fixes: [
          {
            by: 'app',
            text: 'Comprueba qué códec envía el participante remoto y qué códecs de video admite este dispositivo.',
          },
          {
            by: 'app',
            text: 'Haz que los participantes envíen video en un códec que puedan decodificar todos los dispositivos que admites.',
          },
          {
            by: 'user',
            text: 'Actualiza la aplicación o únete desde otro dispositivo.',
          },
        ],
      },
    },
  },
  'consume-mic-streams-failed': {
    title: 'Flujo del micrófono no consumido',
    userTitle: 'El audio no se cargó',
    description:
      'No se pudieron consumir los flujos del micrófono del participante. Vuelve a intentarlo.',
    userMessage: 'El audio de este participante no se cargó. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió participant.consumeMicStreams() para el participante, o la solicitud falló en la red.',
      'La aplicación ejecuta este método por su cuenta porque autoConsume es false en initMeeting().',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar consumeMicStreams() cuando la conexión con la reunión sea estable.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'consume-webcam-streams-failed': {
    title: 'Flujo de la cámara web no consumido',
    userTitle: 'El video no se cargó',
    description:
      'No se pudieron consumir los flujos de la cámara web del participante. Vuelve a intentarlo.',
    userMessage: 'El video de este participante no se cargó. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió participant.consumeWebcamStreams() para el participante, o la solicitud falló en la red.',
      'La aplicación ejecuta este método por su cuenta porque autoConsume es false en initMeeting().',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar consumeWebcamStreams() cuando la conexión con la reunión sea estable.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'create-consumer-failed': {
    title: 'Consumidor no creado',
    userTitle: 'El audio o el video no se cargó',
    description: 'No se pudo crear un consumidor.',
    userMessage:
      'El audio o el video de alguien de la reunión no se cargó. Si sigue sin aparecer, vuelve a cargar la página.',
    causes: [
      'El servidor no pudo crear un consumidor, por lo que este participante no recibe uno de los flujos de medios remotos.',
      'El comentario de documentación del SDK no indica ningún motivo. Revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error y los registros de la aplicación, y anota qué participante remoto se ve afectado.',
      },
      {
        by: 'user',
        text: 'Si el audio o el video de alguien sigue sin aparecer, vuelve a cargar la página y únete de nuevo.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión, la hora y el mensaje de error.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'El audio o el video de alguien de la reunión no se cargó. Si sigue sin aparecer, sal de la reunión y únete de nuevo.',
        fixes: [
          {
            by: 'app',
            text: 'Revisa el motivo que da el servidor en el mensaje de error y los registros de la aplicación, y anota qué participante remoto se ve afectado.',
          },
          {
            by: 'user',
            text: 'Si el audio o el video de alguien sigue sin aparecer, sal de la reunión y únete de nuevo.',
          },
          {
            by: 'support',
            text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión, la hora y el mensaje de error.',
          },
        ],
      },
    },
  },
  'multistream-not-supported': {
    title: 'Multistream no admitido para el códec',
    userTitle: 'Calidad de video limitada',
    description: 'Multistream no se admite para este códec.',
    userMessage:
      'Tu video sigue funcionando, pero solo con un nivel de calidad. No necesitas hacer nada.',
    causes: [
      'La aplicación pidió multistream con un códec con el que el SDK no puede usarlo: VP9 o AV1, o H264 en React Native.',
      'El SDK desactiva multistream y envía un solo flujo de video.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Usa VP8 cuando necesites multistream, o desactiva multistream cuando uses VP9 o AV1.',
      },
    ],
  },
  'pause-all-streams-failed': {
    title: 'Error al pausar todos los flujos',
    userTitle: 'No se pudo pausar',
    description: 'No se pudieron pausar todos los flujos. Vuelve a intentarlo.',
    userMessage: 'No se pudo pausar el audio y el video de los demás. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió meeting.pauseAllStreams(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Mantén la interfaz en su estado anterior y vuelve a ejecutar pauseAllStreams() cuando la conexión con la reunión sea estable.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'pause-stream-failed': {
    title: 'Error al pausar el flujo',
    userTitle: 'No se pudo pausar',
    description: 'No se pudo pausar el flujo. Vuelve a intentarlo.',
    userMessage: 'No se pudo pausar el audio o el video de este participante. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió stream.pause() para el flujo de un participante remoto, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando el flujo como en reproducción y ofrece reintentar.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'resume-all-streams-failed': {
    title: 'Error al reanudar todos los flujos',
    userTitle: 'No se pudo reanudar',
    description: 'No se pudieron reanudar todos los flujos. Vuelve a intentarlo.',
    userMessage: 'No se pudo reanudar el audio y el video de los demás. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió meeting.resumeAllStreams(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Mantén la interfaz en su estado anterior y vuelve a ejecutar resumeAllStreams() cuando la conexión con la reunión sea estable.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'resume-stream-failed': {
    title: 'Error al reanudar el flujo',
    userTitle: 'No se pudo reanudar',
    description: 'No se pudo reanudar el flujo. Vuelve a intentarlo.',
    userMessage:
      'No se pudo reanudar el audio o el video de este participante. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió stream.resume() para el flujo de un participante remoto, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando el flujo como pausado y ofrece reintentar.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'set-quality-failed': {
    title: 'Calidad del flujo no ajustada',
    userTitle: 'Calidad del video sin cambios',
    description: 'No se pudo ajustar la calidad del flujo. Vuelve a intentarlo.',
    userMessage: 'La calidad del video no cambió. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió participant.setQuality() o participant.setScreenShareQuality() para el participante, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando la calidad anterior y vuelve a ejecutar el método cuando la conexión con la reunión sea estable.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'stop-consuming-mic-streams-failed': {
    title: 'Error al dejar de consumir el micrófono',
    userTitle: 'El audio no se detuvo',
    description:
      'No se pudo dejar de consumir los flujos del micrófono del participante. Vuelve a intentarlo.',
    userMessage: 'No se pudo detener el audio de este participante. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió participant.stopConsumingMicStreams() para el participante, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar stopConsumingMicStreams() cuando la conexión con la reunión sea estable.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'stop-consuming-webcam-streams-failed': {
    title: 'Error al dejar de consumir la cámara web',
    userTitle: 'El video no se detuvo',
    description:
      'No se pudo dejar de consumir los flujos de la cámara web del participante. Vuelve a intentarlo.',
    userMessage: 'No se pudo detener el video de este participante. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió participant.stopConsumingWebcamStreams() para el participante, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar stopConsumingWebcamStreams() cuando la conexión con la reunión sea estable.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
};
