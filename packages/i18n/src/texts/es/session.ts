import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'session'> = {
  'action-not-supported-in-mode': {
    title: 'Acción no admitida en este modo',
    userTitle: 'Acción no disponible',
    description: 'Esta acción no se admite en el modo actual de la reunión.',
    userMessage:
      'En este momento solo puedes ver y escuchar esta reunión, por lo que esta acción no está disponible. Puedes seguir la reunión.',
    causes: [
      'La aplicación intentó enviar medios o datos, por ejemplo, activar la cámara o el micrófono, compartir la pantalla o enviar un mensaje, mientras el participante está en un modo que no puede enviar, como RECV_ONLY o SIGNALLING_ONLY.',
      'El SDK rechaza la llamada al método y no emite un error de reunión.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Comprueba el modo del participante antes de activar los medios y oculta los controles de cámara, micrófono y compartir pantalla en los modos que no pueden enviar.',
      },
      {
        by: 'app',
        text: 'Para que el participante pueda enviar medios, cambia primero al modo SEND_AND_RECV con changeMode().',
      },
    ],
  },
  'action-performed-before-meeting-joined': {
    title: 'Acción antes de unirse',
    userTitle: 'Aún no estás en la reunión',
    description:
      'Se produjo un error. La reunión todavía se estaba conectando cuando se intentó realizar una acción, y la acción falló. Vuelve a intentarlo después de unirte a la reunión.',
    userMessage: 'Todavía no estás en la reunión. Espera a haberte unido y vuelve a intentarlo.',
    causes: [
      'La aplicación llamó a una acción de la reunión mientras la reunión todavía se estaba conectando, antes de que terminara el proceso para unirse.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Espera a que el SDK informe que se unió a la reunión antes de llamar a acciones de la reunión, o pon las acciones en cola hasta entonces.',
      },
      {
        by: 'app',
        text: 'Desactiva los controles de la reunión en la interfaz hasta que el participante se haya unido.',
      },
      {
        by: 'user',
        text: 'Espera a haberte unido a la reunión y vuelve a intentarlo.',
      },
    ],
  },
  'change-mode-failed': {
    title: 'Error al cambiar de modo',
    userTitle: 'No se pudo cambiar tu forma de participar',
    description: 'No se pudo cambiar el modo de la reunión. Vuelve a intentarlo.',
    userMessage: 'No pudimos pasarte de solo ver a participar, ni al revés. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió meeting.changeMode(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando el modo actual en la interfaz y ofrece reintentar.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'changing-mode': {
    title: 'Error al cambiar de modo',
    userTitle: 'No se pudo cambiar tu forma de participar',
    description: 'Se produjo un error y no se pudo cambiar el modo. Vuelve a intentarlo.',
    userMessage: 'No pudimos pasarte de solo ver a participar, ni al revés. Vuelve a intentarlo.',
    causes: [
      'Una solicitud para cambiar el modo del participante en la reunión (changeMode) no tuvo éxito.',
      'El mensaje no indica el motivo. Revisa los registros de la aplicación y el estado de la red en el momento de la solicitud.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo en un momento.',
      },
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
  'character-join-failed': {
    title: 'El personaje de IA no pudo unirse',
    userTitle: 'El participante de IA no se unió',
    description:
      'La solicitud para que el personaje se uniera falló debido a un error desconocido.',
    userMessage: 'El participante de IA no pudo unirse a la reunión. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo agregar el personaje (el personaje de IA de VideoSDK, que se une a la reunión como participante) y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Comprueba que la reunión siga en curso, ofrece un botón para reintentar y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'character-leave-failed': {
    title: 'El personaje de IA no pudo salir',
    userTitle: 'El participante de IA no salió',
    description: 'La solicitud para que el personaje saliera falló debido a un error desconocido.',
    userMessage:
      'El participante de IA no pudo salir de la reunión y es posible que siga en ella. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo retirar el personaje (el personaje de IA de VideoSDK) de la reunión y el mensaje no indica el motivo.',
      'Es posible que el personaje siga en la reunión. Revisa la lista de participantes antes de mostrar que ya salió.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Muestra si el personaje sigue en la reunión, ofrece un botón para reintentar y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'duplicate-participant': {
    title: 'Conexión desde otro dispositivo',
    userTitle: 'Reunión abierta en otro lugar',
    description:
      'Se abandona la reunión porque el mismo ID de participante se unió desde otro dispositivo.',
    userMessage:
      'Te uniste a esta reunión desde otro dispositivo u otra pestaña del navegador, por eso esta pestaña salió de la reunión.',
    causes: [
      'Una segunda conexión se unió a la reunión con el mismo ID de participante, por lo que el servidor quitó esta.',
      'Esto también ocurre cuando la aplicación da el mismo ID de participante a dos personas distintas.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Continúa en la reunión desde tu otro dispositivo o tu otra pestaña del navegador.',
      },
      {
        by: 'app',
        text: 'Da a cada persona un ID de participante único, por ejemplo, el ID de la cuenta del usuario.',
      },
      {
        by: 'app',
        text: 'Avisa al usuario que la reunión continúa en otro lugar, en lugar de mostrar un error genérico.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Te uniste a esta reunión desde otro dispositivo, por eso este dispositivo salió de la reunión.',
        fixes: [
          {
            by: 'user',
            text: 'Continúa en la reunión desde tu otro dispositivo.',
          },
          {
            by: 'app',
            text: 'Da a cada persona un ID de participante único, por ejemplo, el ID de la cuenta del usuario.',
          },
          {
            by: 'app',
            text: 'Avisa al usuario que la reunión continúa en otro lugar, en lugar de mostrar un error genérico.',
          },
        ],
      },
    },
  },
  'end-meeting-failed': {
    title: 'Error al finalizar la reunión',
    userTitle: 'No se pudo finalizar la reunión',
    description: 'No se pudo finalizar la reunión. Vuelve a intentarlo.',
    userMessage: 'No pudimos finalizar la reunión para todos. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud para finalizar la reunión, o la solicitud falló.',
      'El mensaje de error incluye el motivo del servidor cuando lo envió, por ejemplo, que este participante no tiene permiso para finalizar la reunión.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera un momento y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Si el participante no tiene permiso para finalizar la reunión, muestra este control solo a los participantes que sí lo tienen.',
      },
    ],
  },
  'invalid-meeting-id': {
    title: 'ID de reunión no válido',
    userTitle: 'No se encontró la reunión',
    description:
      'El ID de reunión está vacío o no es válido. Verifícalo o crea un nuevo ID de reunión con la API.',
    userMessage:
      'No se encuentra esta reunión. Revisa el enlace de la reunión o pide uno nuevo al anfitrión.',
    causes: [
      'El ID de reunión que se pasó al unirse está vacío o no es un ID de reunión válido de VideoSDK.',
      'Revisa de dónde obtiene la aplicación el ID de reunión, por ejemplo, el enlace de la reunión o el servidor de la aplicación.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Crea las reuniones con la API de VideoSDK y pasa el ID de reunión devuelto sin cambios al método para unirse.',
      },
      {
        by: 'app',
        text: 'Registra el ID de reunión que usa la aplicación al unirse y comprueba que no esté vacío ni cortado.',
      },
      {
        by: 'user',
        text: 'Revisa el enlace de la reunión o pide uno nuevo al anfitrión.',
      },
    ],
  },
  'invalid-mode': {
    title: 'Modo de reunión no válido',
    userTitle: 'No se pudo cambiar el ajuste',
    description: 'Se solicitó un modo de reunión no válido.',
    userMessage:
      'Esta aplicación no está configurada correctamente para esta acción. Vuelve a intentarlo más tarde o ponte en contacto con {supportContact}.',
    causes: [
      'La aplicación pasó a initMeeting() o changeMode() un modo que no es uno de los modos del SDK, como SEND_AND_RECV, RECV_ONLY o SIGNALLING_ONLY.',
      'El mensaje de error nombra el valor no válido.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el valor que nombra el mensaje de error, por ejemplo, por si tiene un error tipográfico.',
      },
      {
        by: 'app',
        text: 'Usa las constantes de VideoSDK.Constants.modes en lugar de cadenas escritas a mano.',
      },
    ],
  },
  'invalid-participant-id': {
    title: 'ID de participante no válido',
    userTitle: 'No puedes unirte ahora',
    description:
      'El ID de participante está vacío o no es válido. No debe contener espacios en blanco.',
    userMessage:
      'Esta aplicación no pudo identificarte para esta reunión, por lo que no puedes unirte en este momento. Ponte en contacto con {supportContact}.',
    causes: [
      'El ID de participante que se pasó al unirse está vacío o contiene espacios en blanco, por ejemplo, un nombre visible con espacios.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pasa un ID de participante sin espacios, tabulaciones ni saltos de línea, como un ID de usuario.',
      },
      {
        by: 'app',
        text: 'Revisa el valor antes de unirse: asegúrate de que no esté vacío y quita cualquier espacio en blanco.',
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
        text: 'Crea un nuevo ID de reunión con la API de VideoSDK y comparte la nueva reunión con los participantes.',
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
  'respond-entry-failed': {
    title: 'Error al responder a la solicitud de entrada',
    userTitle: 'Respuesta no enviada',
    description: 'No se pudo responder a la solicitud de entrada. Vuelve a intentarlo.',
    userMessage: 'Tu respuesta a la solicitud para unirse no se completó. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la respuesta que envió meeting.respondEntry(), o la solicitud falló en la red. Las funciones allow() y deny() del evento entry-requested usan la misma solicitud.',
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
  'switch-meeting-failed': {
    title: 'Error al cambiar de reunión',
    userTitle: 'No se pudo cambiar de reunión',
    description: 'No se pudo cambiar de reunión. Vuelve a intentarlo.',
    userMessage: 'No se pudo pasar a la otra reunión. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió meeting.switchTo(), o la solicitud falló en la red.',
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
      'El servidor rechazó la solicitud que envió participant.switchTo() (no figura en las declaraciones de tipos de la versión 1.1.1) para mover al participante a otra sala, o la solicitud falló en la red.',
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
  'unable-to-join-meeting': {
    title: 'No fue posible unirse a la reunión',
    userTitle: 'No pudimos conectarte a la reunión',
    description: 'Se produjo un error y no fue posible unirse a la reunión. Vuelve a intentarlo.',
    userMessage:
      'No pudimos conectarte a la reunión. Revisa tu conexión a internet y vuelve a intentarlo.',
    causes: [
      'Falló el intento de unirse a la reunión, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y el estado de la red en el momento del error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Revisa tu conexión a internet y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y registra los detalles del intento fallido de unirse a la reunión.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'unknown-error': {
    title: 'El servidor informó un error desconocido',
    userTitle: 'Algo salió mal',
    description: 'Se produjo un error desconocido.',
    userMessage:
      'Algo salió mal en la reunión. Si algo dejó de funcionar, sal de la reunión y vuelve a unirte. Si el problema continúa, ponte en contacto con {supportContact}.',
    causes: [
      'El servidor envió UNKNOWN_ERROR (4000): una solicitud falló y el servidor no dio un motivo más específico.',
      'Es un código real que define el SDK, no un código que este catálogo desconoce. No indica qué solicitud falló.',
      'Busca en los registros de la aplicación qué hizo la aplicación justo antes del error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Si algo dejó de funcionar, sal de la reunión y vuelve a unirte. Si el problema continúa, ponte en contacto con {supportContact}.',
      },
      {
        by: 'app',
        text: 'Registra el error junto con lo que la aplicación acababa de hacer, el ID de la reunión y la hora, y muestra al usuario qué no funcionó.',
      },
      {
        by: 'app',
        text: 'No repitas automáticamente la misma solicitud: el servidor no da ningún motivo, así que podría volver a fallar de la misma forma.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión, la hora y la versión del SDK.',
      },
    ],
  },
};
