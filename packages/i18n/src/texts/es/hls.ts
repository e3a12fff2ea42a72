import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'hls'> = {
  'hls-failed': {
    title: 'Difusión HLS detenida',
    userTitle: 'La difusión se detuvo',
    description: 'La difusión HLS se detuvo debido a un error desconocido.',
    userMessage:
      'La difusión para los espectadores se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'La difusión HLS falló en el servidor, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Ofrece volver a iniciar la difusión HLS.',
      },
      {
        by: 'dashboard',
        text: 'Revisa los detalles de la reunión y de su difusión HLS en el panel de VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La difusión para los espectadores se detuvo de forma inesperada. La reunión continúa y el anfitrión puede volver a iniciar la difusión.',
      },
      viewer: {
        userMessage:
          'La difusión se detuvo de forma inesperada. El anfitrión puede volver a iniciarla. No necesitas hacer nada.',
      },
    },
  },
  'prev-hls-streaming-processing': {
    title: 'Difusión HLS anterior aún en proceso',
    userTitle: 'Difusión anterior aún en proceso',
    description:
      'La difusión HLS anterior todavía se está procesando. Vuelve a intentarlo en unos segundos.',
    userMessage:
      'La última difusión todavía se está procesando. Vuelve a intentarlo en unos segundos.',
    causes: [
      'Se solicitó una nueva difusión HLS mientras el servidor todavía procesaba la anterior.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Reintenta el inicio automáticamente después de unos segundos, con un límite de reintentos.',
      },
    ],
  },
  'start-hls-failed': {
    title: 'No se inició la difusión HLS',
    userTitle: 'La difusión no se inició',
    description: 'La solicitud para iniciar la difusión HLS falló debido a un error desconocido.',
    userMessage: 'La difusión para los espectadores no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la difusión HLS, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'stop-hls-failed': {
    title: 'No se detuvo la difusión HLS',
    userTitle: 'La difusión no se detuvo',
    description: 'La solicitud para detener la difusión HLS falló debido a un error desconocido.',
    userMessage: 'La difusión para los espectadores no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la difusión HLS, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y comprueba si la difusión HLS sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
};
