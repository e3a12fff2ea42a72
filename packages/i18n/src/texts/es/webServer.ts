import type { TextsOf, WebServerMeaningId } from '../../types.js';

export const texts: TextsOf<WebServerMeaningId> = {
  'adaptive-subscription-disable-failed': {
    title: 'Suscripción adaptativa no desactivada',
    userTitle: 'Ajuste de video sin cambios',
    description: 'La suscripción adaptativa ya está desactivada.',
    userMessage: 'El ajuste automático del video no cambió. La reunión continúa con normalidad.',
    causes: [
      'La aplicación ejecutó meeting.disableAdaptiveSubscription() en la reunión mientras la suscripción adaptativa ya estaba desactivada, como indica el comentario de documentación del SDK.',
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
      'La aplicación ejecutó meeting.enableAdaptiveSubscription() en la reunión mientras la suscripción adaptativa ya estaba activada, como indica el comentario de documentación del SDK.',
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
        by: 'dashboard',
        text: 'Ponte en contacto con el soporte de VideoSDK en support@videosdk.live y pide que habiliten la suscripción adaptativa.',
      },
      {
        by: 'app',
        text: 'Hasta que esté habilitada, no uses enableAdaptiveSubscription() ni disableAdaptiveSubscription().',
      },
      {
        by: 'support',
        text: 'Habilita la suscripción adaptativa, o explica por qué no está disponible.',
      },
    ],
  },
  'apikey-deactivated': {
    title: 'Clave de API desactivada',
    userTitle: 'No puedes unirte ahora',
    description: 'La clave de API incluida en el token está desactivada. Verifícala en el panel.',
    userMessage:
      'Las reuniones no están disponibles en esta aplicación en este momento, por lo que no puedes unirte. Ponte en contacto con {supportContact}.',
    causes: [
      'El token lleva una clave de API desactivada, por lo que el servidor no deja entrar al participante en la reunión.',
      'Revisa el estado de la clave en el panel de VideoSDK para ver si se desactivó allí.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Revisa la clave de API en el panel de VideoSDK, y vuelve a activarla o crea una nueva.',
      },
      {
        by: 'app',
        text: 'Haz que el servidor de tokens genere los tokens con una clave de API activa y su secreto.',
      },
      {
        by: 'user',
        text: 'Ponte en contacto con {supportContact}.',
      },
    ],
  },
  'change-mode-failed': {
    title: 'Error al cambiar de modo',
    userTitle: 'El modo no cambió',
    description: 'No se pudo cambiar el modo de la reunión. Vuelve a intentarlo.',
    userMessage: 'No se pudo cambiar tu modo en la reunión. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la solicitud que envió meeting.changeMode(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando el modo actual en la interfaz, y ofrece reintentar.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'change-translation-language-failed': {
    title: 'Idioma de traducción no cambiado',
    userTitle: 'El idioma no cambió',
    description:
      'La solicitud para cambiar el idioma de traducción falló debido a un error desconocido.',
    userMessage: 'El idioma de la traducción no cambió. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la solicitud que envió meeting.changeTranslationLanguage(), o la solicitud falló en la red.',
      'El comentario de documentación del SDK no indica ningún motivo específico. Revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error, y comprueba que la traducción esté activa y que el idioma sea compatible.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando el idioma anterior en la interfaz hasta que el cambio tenga éxito.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'codec-not-supported': {
    title: 'Códec de video no admitido',
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
        by: 'app',
        text: 'Si sigue ocurriendo, envía al soporte de VideoSDK el ID de la reunión, la hora y el mensaje de error.',
      },
    ],
  },
  'disable-participant-mic-failed': {
    title: 'Micrófono del participante no desactivado',
    userTitle: 'Falló la solicitud del micrófono',
    description: 'No se pudo desactivar el micrófono del participante. Vuelve a intentarlo.',
    userMessage:
      'La solicitud para desactivar el micrófono de este participante no se completó. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió participant.disableMic() para un participante remoto, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error. Si menciona un permiso, revisa los permisos del token del participante local.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'disable-participant-webcam-failed': {
    title: 'Cámara web del participante no desactivada',
    userTitle: 'Falló la solicitud de la cámara',
    description: 'No se pudo desactivar la cámara web del participante. Vuelve a intentarlo.',
    userMessage:
      'La solicitud para desactivar la cámara de este participante no se completó. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió participant.disableWebcam() para un participante remoto, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error. Si menciona un permiso, revisa los permisos del token del participante local.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'enable-participant-mic-failed': {
    title: 'Micrófono del participante no activado',
    userTitle: 'Falló la solicitud del micrófono',
    description: 'No se pudo activar el micrófono del participante. Vuelve a intentarlo.',
    userMessage:
      'La solicitud para activar el micrófono de este participante no se completó. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió participant.enableMic() para un participante remoto, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error. Si menciona un permiso, revisa los permisos del token del participante local.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'enable-participant-webcam-failed': {
    title: 'Cámara web del participante no activada',
    userTitle: 'Falló la solicitud de la cámara',
    description: 'No se pudo activar la cámara web del participante. Vuelve a intentarlo.',
    userMessage:
      'La solicitud para activar la cámara de este participante no se completó. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió participant.enableWebcam() para un participante remoto, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error. Si menciona un permiso, revisa los permisos del token del participante local.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'failed-to-get-value': {
    title: 'Valor de Realtime Store no leído',
    userTitle: 'No se cargaron los datos de la reunión',
    description: 'No se pudo obtener el valor de Realtime Store.',
    userMessage: 'Parte de la información de la reunión no se cargó. Vuelve a intentarlo.',
    causes: [
      'La solicitud de lectura que envió meeting.realtimeStore.getValue() falló en el servidor de la reunión o en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error, y revisa la clave que pediste.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar getValue() cuando la conexión con la reunión sea estable y, mientras tanto, conserva el último valor conocido.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'failed-to-observe-value': {
    title: 'Error al observar Realtime Store',
    userTitle: 'No se iniciaron las actualizaciones en directo',
    description: 'No se pudo empezar a observar el valor de Realtime Store.',
    userMessage:
      'Es posible que parte de la información de la reunión no se actualice sola. Vuelve a cargar la página para actualizarla.',
    causes: [
      'La solicitud de suscripción que envió meeting.realtimeStore.observe() falló en el servidor de la reunión o en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error, y revisa la clave que pediste observar.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar observe() cuando la conexión con la reunión sea estable y, mientras tanto, lee el valor actual con getValue().',
      },
      {
        by: 'user',
        text: 'Vuelve a cargar la página si la información sigue desactualizada.',
      },
    ],
  },
  'failed-to-set-value': {
    title: 'Valor de Realtime Store no guardado',
    userTitle: 'Cambio no guardado',
    description: 'No se pudo establecer el valor de Realtime Store.',
    userMessage: 'Tu cambio no se guardó. Vuelve a intentarlo.',
    causes: [
      'La solicitud de escritura que envió meeting.realtimeStore.setValue() falló en el servidor de la reunión o en la red.',
      'Las claves no válidas, los valores no válidos y los valores de más de 1 KB generan otros códigos antes de enviar la solicitud. Revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Conserva el valor anterior en la interfaz hasta que setValue() tenga éxito, y ofrece reintentar.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'failed-to-stop-observing-value': {
    title: 'Error al dejar de observar Realtime Store',
    userTitle: 'No se detuvieron las actualizaciones en directo',
    description: 'No se pudo dejar de observar el valor de Realtime Store.',
    userMessage:
      'Es posible que parte de la información de la reunión siga actualizándose. No necesitas hacer nada.',
    causes: [
      'La solicitud para cancelar la suscripción que envió meeting.realtimeStore.stopObserving() falló en el servidor de la reunión o en la red.',
      'En js-sdk 1.1.1, stopObserving() no lanza este código: deja grabado el fallo en la traza del SDK y termina con normalidad.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error o en la traza del SDK.',
      },
      {
        by: 'app',
        text: 'Ignora las actualizaciones de las claves que la aplicación ya no observa, para que una actualización tardía no cause problemas.',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: 'Límite de RECV_ONLY de la organización alcanzado',
    userTitle: 'Límite de espectadores alcanzado',
    description:
      'La organización alcanzó el número máximo de participantes que se unen en modo RECV_ONLY. Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'Este servicio alcanzó su límite de espectadores, por lo que no puedes unirte en este momento. Vuelve a intentarlo más tarde.',
    causes: [
      'Un participante intentó unirse en modo RECV_ONLY mientras la organización estaba en su límite de participantes RECV_ONLY, por lo que el participante no pudo entrar.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Ponte en contacto con el soporte de VideoSDK en support@videosdk.live para aumentar el límite de RECV_ONLY de la organización.',
      },
      {
        by: 'support',
        text: 'Aumenta el límite de participantes RECV_ONLY de la organización.',
      },
      {
        by: 'app',
        text: 'Avisa al usuario que se alcanzó el límite, y no reintentes automáticamente.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo más tarde.',
      },
    ],
  },
  'meeting-id-disabled': {
    title: 'ID de reunión deshabilitado',
    userTitle: 'El enlace de la reunión ya no funciona',
    description: 'El ID de reunión está deshabilitado. Genera un nuevo ID de reunión con la API.',
    userMessage: 'Este enlace de la reunión ya no funciona. Pide uno nuevo al anfitrión.',
    causes: [
      'El ID de reunión que se usó para unirse está deshabilitado, por lo que el participante no puede unirse a esa reunión.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Crea un nuevo ID de reunión con la API de VideoSDK, y comparte la nueva reunión con los participantes.',
      },
      {
        by: 'app',
        text: 'Deja de reutilizar el ID de reunión deshabilitado en los enlaces y en los datos guardados.',
      },
      {
        by: 'user',
        text: 'Pide al anfitrión un nuevo enlace de la reunión.',
      },
    ],
  },
  'pause-all-streams-failed': {
    title: 'Error al pausar todos los flujos',
    userTitle: 'No se pudo pausar',
    description: 'No se pudieron pausar todos los flujos. Vuelve a intentarlo.',
    userMessage: 'No se pudo pausar el audio y el video de los demás. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la solicitud que envió meeting.pauseAllStreams(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Mantén la interfaz en su estado anterior, y vuelve a ejecutar pauseAllStreams() cuando la conexión con la reunión sea estable.',
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
        text: 'Sigue mostrando el flujo como en reproducción, y ofrece reintentar.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'pin-failed': {
    title: 'Error al fijar',
    userTitle: 'No se pudo fijar',
    description: 'No se pudo fijar al participante. Vuelve a intentarlo.',
    userMessage: 'No se pudo fijar a este participante. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud para fijar al participante que envió participant.pin(), o la solicitud falló en la red.',
      'El SDK restablece el estado de fijación anterior cuando el servidor se niega.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Actualiza el diseño a partir del evento pin-state-changed, no solo a partir de la solicitud.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'pubsub-publish-failed': {
    title: 'Error al publicar en PubSub',
    userTitle: 'Mensaje no enviado',
    description: 'No se pudo publicar el mensaje en el tema de PubSub. Vuelve a intentarlo.',
    userMessage: 'Tu mensaje no se envió. Revisa tu conexión a internet y vuelve a intentarlo.',
    causes: [
      'Se agotó el tiempo de espera de la solicitud de publicación que envió meeting.pubSub.publish() en la reunión, o el servidor devolvió un error.',
      'El mensaje de error indica si se agotó el tiempo de espera, o da el motivo del servidor.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el mensaje de error para distinguir un tiempo de espera agotado de un error del servidor.',
      },
      {
        by: 'app',
        text: 'Conserva el mensaje no enviado en la interfaz, y permite que el usuario lo vuelva a enviar.',
      },
      {
        by: 'user',
        text: 'Revisa tu conexión a internet y vuelve a intentarlo.',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'Error al suscribirse a PubSub',
    userTitle: 'Los mensajes no se cargan',
    description: 'No se pudo suscribir al tema de PubSub. Vuelve a intentarlo.',
    userMessage:
      'Es posible que no aparezcan los mensajes nuevos. Revisa tu conexión a internet y vuelve a cargar la página.',
    causes: [
      'Se agotó el tiempo de espera de la solicitud de suscripción que envió meeting.pubSub.subscribe() en la reunión, o el servidor devolvió un error.',
      'El mensaje de error incluye el motivo, si se indicó alguno.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el mensaje de error para distinguir un tiempo de espera agotado de un error del servidor.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar subscribe() cuando la conexión con la reunión sea estable.',
      },
      {
        by: 'user',
        text: 'Revisa tu conexión a internet y vuelve a cargar la página.',
      },
    ],
  },
  'pubsub-unsubscribe-failed': {
    title: 'Error al cancelar la suscripción a PubSub',
    userTitle: 'Los mensajes no se detuvieron',
    description: 'No se pudo cancelar la suscripción al tema de PubSub. Vuelve a intentarlo.',
    userMessage: 'Es posible que sigas recibiendo algunos mensajes aquí. No necesitas hacer nada.',
    causes: [
      'Se agotó el tiempo de espera de la solicitud para cancelar la suscripción que envió meeting.pubSub.unsubscribe() en la reunión, o el servidor devolvió un error.',
      'El mensaje de error incluye el motivo, si se indicó alguno.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el mensaje de error para distinguir un tiempo de espera agotado de un error del servidor.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar unsubscribe() con el mismo objeto de listeners y, mientras tanto, ignora los mensajes del tema.',
      },
    ],
  },
  'remove-participant-failed': {
    title: 'Participante no quitado',
    userTitle: 'No se pudo quitar al participante',
    description: 'No se pudo quitar al participante. Vuelve a intentarlo.',
    userMessage: 'No se pudo quitar a este participante de la reunión. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud para quitar al participante que envió participant.remove(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error. Si menciona un permiso, revisa los permisos del token del participante local.',
      },
      {
        by: 'app',
        text: 'Mantén al participante en la lista hasta que llegue el evento participant-left.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'request-media-relay-failed': {
    title: 'Error en la solicitud de reenvío de medios',
    userTitle: 'No se pudo enviar a la otra reunión',
    description: 'No se pudo solicitar el reenvío de medios. Vuelve a intentarlo.',
    userMessage: 'No se pudo enviar tu audio y tu video a la otra reunión. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la solicitud que envió meeting.requestMediaRelay(), o la solicitud falló en la red.',
      'Revisa el motivo que da el servidor en el mensaje de error, por ejemplo, sobre la reunión de destino o su token.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Revisa el ID de la reunión de destino y el token que pasas para la reunión de destino.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'respond-entry-failed': {
    title: 'Error al responder a la solicitud de entrada',
    userTitle: 'Respuesta no enviada',
    description: 'No se pudo responder a la solicitud de entrada. Vuelve a intentarlo.',
    userMessage: 'Tu respuesta a la solicitud para unirse no se completó. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la respuesta que envió meeting.respondEntry(), o la solicitud falló en la red. Las funciones allow() y deny() del evento entry-requested usan la misma solicitud.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Mantén la solicitud de entrada en pantalla para que el anfitrión pueda volver a responderla.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'respond-media-relay-request-failed': {
    title: 'Error al responder al reenvío de medios',
    userTitle: 'Respuesta no enviada',
    description: 'No se pudo responder a la solicitud de reenvío de medios. Vuelve a intentarlo.',
    userMessage:
      'Tu respuesta a la solicitud de la otra reunión no se completó. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la respuesta que enviaron accept() o reject() del evento media-relay-request-received, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Mantén la solicitud de reenvío en pantalla para que el anfitrión pueda volver a responderla.',
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
      'El servidor de la reunión rechazó la solicitud que envió meeting.resumeAllStreams(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Mantén la interfaz en su estado anterior, y vuelve a ejecutar resumeAllStreams() cuando la conexión con la reunión sea estable.',
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
        text: 'Sigue mostrando el flujo como pausado, y ofrece reintentar.',
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
        text: 'Sigue mostrando la calidad anterior, y vuelve a ejecutar el método cuando la conexión con la reunión sea estable.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'something-went-wrong': {
    title: 'Algo salió mal',
    userTitle: 'Algo salió mal',
    description: 'Algo salió mal.',
    userMessage:
      'Algo salió mal en la reunión. Vuelve a intentarlo y, si el problema continúa, ponte en contacto con {supportContact}.',
    causes: [
      'El servidor informó un fallo sin un código más específico.',
      'js-sdk 1.1.1 no genera este código por sí mismo. Revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error y los registros de la aplicación, y anota el ID de la reunión y la hora.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si el problema continúa, vuelve a cargar la página.',
      },
      {
        by: 'app',
        text: 'Si sigue ocurriendo, envía al soporte de VideoSDK el ID de la reunión, la hora y el mensaje de error.',
      },
    ],
  },
  'start-composite-recording-failed': {
    title: 'No se inició la grabación compuesta',
    userTitle: 'La grabación no se inició',
    description:
      'La solicitud para iniciar la grabación compuesta falló debido a un error desconocido.',
    userMessage: 'La grabación no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la grabación compuesta, y el comentario de documentación del SDK no indica ningún motivo.',
      'js-sdk 1.1.1 no genera este código por sí mismo. Transmite lo que informa el servidor, así que revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Ofrece reintentar, y muestra la grabación como activa solo cuando el servidor confirme que se inició.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'start-translation-failed': {
    title: 'No se inició la traducción',
    userTitle: 'La traducción no se inició',
    description: 'La solicitud para iniciar la traducción falló debido a un error desconocido.',
    userMessage: 'La traducción no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la solicitud que envió meeting.startTranslation(), o la solicitud falló en la red.',
      'El comentario de documentación del SDK no indica ningún motivo específico. Revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error, y revisa la configuración de traducción que pasaste.',
      },
      {
        by: 'app',
        text: 'Muestra la traducción como activa solo después de que el evento translation-state-changed indique que se inició.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'start-whiteboard-failed': {
    title: 'No se inició la pizarra',
    userTitle: 'La pizarra no se inició',
    description: 'No se pudo iniciar la pizarra. Vuelve a intentarlo.',
    userMessage: 'La pizarra no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la solicitud de la pizarra que envió meeting.startWhiteboard(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Muestra la pizarra solo después del evento whiteboard-started, y ofrece reintentar.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'stop-composite-recording-failed': {
    title: 'No se detuvo la grabación compuesta',
    userTitle: 'La grabación no se detuvo',
    description:
      'La solicitud para detener la grabación compuesta falló debido a un error desconocido.',
    userMessage: 'La grabación no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la grabación compuesta, y el comentario de documentación del SDK no indica ningún motivo.',
      'js-sdk 1.1.1 no genera este código por sí mismo. Transmite lo que informa el servidor, así que revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando la grabación como activa hasta que el servidor confirme que se detuvo, y ofrece reintentar.',
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
  'stop-media-relay-failed': {
    title: 'No se detuvo el reenvío de medios',
    userTitle: 'Aún se envía a la otra reunión',
    description: 'No se pudo detener el reenvío de medios. Vuelve a intentarlo.',
    userMessage:
      'Tu audio y tu video todavía se están enviando a la otra reunión. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la solicitud que envió meeting.stopMediaRelay(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error, y revisa el ID de la reunión de destino que pasaste.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando el reenvío como activo hasta que llegue el evento media-relay-stopped.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'stop-translation-failed': {
    title: 'No se detuvo la traducción',
    userTitle: 'La traducción no se detuvo',
    description: 'La solicitud para detener la traducción falló debido a un error desconocido.',
    userMessage: 'La traducción no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la solicitud que envió meeting.stopTranslation(), o la solicitud falló en la red.',
      'El comentario de documentación del SDK no indica ningún motivo específico. Revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando la traducción como activa hasta que el evento translation-state-changed indique que se detuvo.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: 'No se detuvo la pizarra',
    userTitle: 'La pizarra no se detuvo',
    description: 'No se pudo detener la pizarra. Vuelve a intentarlo.',
    userMessage: 'La pizarra no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la solicitud de la pizarra que envió meeting.stopWhiteboard(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Mantén la pizarra abierta hasta que llegue el evento whiteboard-stopped, y ofrece reintentar.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'switch-meeting-failed': {
    title: 'Error al cambiar de reunión',
    userTitle: 'No se pudo cambiar de reunión',
    description: 'No se pudo cambiar de reunión. Vuelve a intentarlo.',
    userMessage: 'No se pudo pasar a la otra reunión. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión rechazó la solicitud que envió meeting.switchTo(), o la solicitud falló en la red.',
      'Revisa el motivo que da el servidor en el mensaje de error, por ejemplo, sobre la reunión de destino o su token.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Revisa el ID de la reunión a la que cambias y el token que pasas para ella.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'switch-participant-room-failed': {
    title: 'Error al cambiar de sala al participante',
    userTitle: 'No se pudo mover al participante',
    description: 'No se pudo cambiar la sala del participante. Vuelve a intentarlo.',
    userMessage: 'No se pudo hacer el cambio a la otra reunión. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió participant.switchTo() para mover al participante a otra sala, o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Revisa el ID de reunión de la sala de destino y el token que pasas para ella.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'translation-failed': {
    title: 'Traducción detenida',
    userTitle: 'La traducción se detuvo',
    description: 'La traducción se detuvo debido a un error interno.',
    userMessage: 'La traducción se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'La traducción se detuvo por un error interno del servidor, como indica el comentario de documentación del SDK.',
      'El SDK no da más detalles. Revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Actualiza la interfaz a partir del evento translation-state-changed, y permite que el usuario vuelva a iniciar la traducción.',
      },
      {
        by: 'user',
        text: 'Vuelve a iniciar la traducción.',
      },
      {
        by: 'app',
        text: 'Si sigue ocurriendo, envía al soporte de VideoSDK el ID de la reunión, la hora y el mensaje de error.',
      },
    ],
  },
  'unpin-failed': {
    title: 'Error al dejar de fijar',
    userTitle: 'No se pudo dejar de fijar',
    description: 'No se pudo dejar de fijar al participante. Vuelve a intentarlo.',
    userMessage: 'No se pudo dejar de fijar a este participante. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud para dejar de fijar al participante que envió participant.unpin(), o la solicitud falló en la red.',
      'El SDK restablece el estado de fijación anterior cuando el servidor se niega.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Actualiza el diseño a partir del evento pin-state-changed, no solo a partir de la solicitud.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: 'Operación de la pizarra en curso',
    userTitle: 'La pizarra está ocupada',
    description: 'Ya hay una operación de la pizarra en curso. Espera a que termine.',
    userMessage:
      'La pizarra ya se está iniciando o deteniendo, así que espera un momento. No necesitas hacer nada.',
    causes: [
      'La aplicación ejecutó meeting.startWhiteboard() o meeting.stopWhiteboard() en la reunión mientras todavía estaba en curso una operación anterior de la pizarra, por lo que se rechazó la nueva solicitud.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Desactiva los controles de la pizarra mientras haya un inicio o una detención pendiente, y espera el evento whiteboard-started o whiteboard-stopped.',
      },
      {
        by: 'user',
        text: 'Espera un momento a que la pizarra termine.',
      },
    ],
  },
};
