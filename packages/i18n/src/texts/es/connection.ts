import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'connection'> = {
  'media-not-ready': {
    title: 'Conexión de medios no lista',
    userTitle: 'La conexión aún no está lista',
    description:
      'La conexión de medios de la reunión todavía no está lista. Vuelve a intentarlo en un momento.',
    userMessage:
      'La conexión con la reunión todavía no está lista. Vuelve a intentarlo en un momento.',
    causes: [
      'La aplicación intentó enviar medios o datos antes de que se estableciera la conexión de medios con la reunión.',
      'El SDK rechaza la llamada al método y no emite un error de reunión.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera un momento y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Espera a haberte unido a la reunión y a que su conexión de medios esté activa, o reintenta después de una breve espera.',
      },
    ],
  },
  'meeting-media-connection-failed': {
    title: 'Error en la conexión de medios',
    userTitle: 'Problema de conexión',
    description:
      'No se pudo establecer la conexión con la reunión o de medios. Revisa tu conexión de red, el firewall o la configuración de seguridad, y vuelve a intentarlo o conéctate desde otra red.',
    userMessage:
      'No pudimos conectar tu audio y tu video a la reunión. Revisa tu conexión a internet o prueba con otra red.',
    causes: [
      'Falló la conexión de medios con el servidor de medios de la reunión, por lo que el audio y el video no pueden transmitirse.',
      'Como dice el mensaje, la red, un firewall o la configuración de seguridad pueden bloquear esta conexión.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Revisa tu conexión a internet y vuelve a intentarlo.',
      },
      {
        by: 'user',
        text: 'Si usas una VPN o una red del trabajo, prueba con otra red, como un punto de acceso móvil.',
      },
      {
        by: 'app',
        text: 'El SDK intenta restablecer la conexión después de este error. Muestra que la reunión se está reconectando y ofrece volver a unirse si el audio y el video no regresan.',
      },
    ],
  },
  'meeting-reconnecting': {
    title: 'La reunión se está reconectando',
    userTitle: 'La reunión se está reconectando',
    description: 'La reunión se está reconectando. Vuelve a intentarlo cuando se haya reconectado.',
    userMessage:
      'La reunión se está reconectando. Vuelve a intentarlo cuando se restablezca la conexión.',
    causes: [
      'Se cortó la conexión con el servidor de la reunión y la reunión se está reconectando, por lo que el método no puede ejecutarse ahora.',
      'Es un código de estado del llamador: el SDK rechaza la llamada al método, pero no lo emite como error de reunión. La aplicación se entera de la reconexión por el estado de la reunión.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Sigue el estado de la reunión y desactiva los controles de la reunión mientras se reconecta.',
      },
      {
        by: 'app',
        text: 'Reintenta cuando la reunión vuelva a estar conectada.',
      },
    ],
  },
  'operation-timed-out': {
    title: 'Tiempo de espera de la solicitud agotado',
    userTitle: 'Sin respuesta a tiempo',
    description:
      'Se agotó el tiempo de espera de la operación. Revisa tu conexión y vuelve a intentarlo.',
    userMessage:
      'La reunión no respondió a tiempo. Revisa tu conexión a internet y vuelve a intentarlo.',
    causes: [
      'Una solicitud al servidor de la reunión no recibió respuesta a tiempo, o la conexión se cortó antes de que llegara la respuesta.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Revisa tu conexión a internet y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Reintenta cuando la reunión esté conectada y busca problemas de conexión en los registros de la aplicación.',
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
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión, la hora y el mensaje de error.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'app',
            text: 'Revisa el motivo que da el servidor en el mensaje de error y los registros de la aplicación, y anota el ID de la reunión y la hora.',
          },
          {
            by: 'user',
            text: 'Vuelve a intentarlo. Si el problema continúa, cierra la aplicación y vuelve a abrirla.',
          },
          {
            by: 'support',
            text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión, la hora y el mensaje de error.',
          },
        ],
      },
    },
  },
};
