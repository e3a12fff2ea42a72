import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'transcription'> = {
  'start-transcription-failed': {
    title: 'No se inició la transcripción',
    userTitle: 'La transcripción no se inició',
    description: 'La solicitud para iniciar la transcripción falló debido a un error desconocido.',
    userMessage: 'La transcripción no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la transcripción, y el mensaje no indica el motivo.',
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
  'stop-transcription-failed': {
    title: 'No se detuvo la transcripción',
    userTitle: 'La transcripción no se detuvo',
    description: 'La solicitud para detener la transcripción falló debido a un error desconocido.',
    userMessage: 'La transcripción no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la transcripción, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y comprueba si la transcripción sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'transcription-failed': {
    title: 'Transcripción detenida',
    userTitle: 'La transcripción se detuvo',
    description: 'La transcripción se detuvo debido a un error desconocido.',
    userMessage: 'La transcripción se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'La transcripción falló en el servidor, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Ofrece volver a iniciar la transcripción.',
      },
      {
        by: 'dashboard',
        text: 'Revisa los detalles de la reunión y de su transcripción en el panel de VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La transcripción se detuvo de forma inesperada. El anfitrión puede volver a iniciarla.',
      },
    },
  },
};
