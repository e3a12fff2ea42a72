import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'recording'> = {
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
      {
        by: 'user',
        text: 'Vuelve a iniciar la grabación.',
      },
      {
        by: 'app',
        text: 'Avisa a las personas de la reunión que la grabación se detuvo y ofrece volver a iniciar la grabación del participante.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión, el ID del participante y la hora del fallo.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La grabación de un participante se detuvo de forma inesperada. El anfitrión puede volver a iniciarla.',
        userSteps: ['Pide al anfitrión que vuelva a iniciar la grabación.'],
      },
    },
  },
  'prev-recording-processing': {
    title: 'Grabación anterior aún en proceso',
    userTitle: 'La grabación aún se está guardando',
    description:
      'La grabación anterior todavía se está procesando. Vuelve a intentarlo en unos segundos.',
    userMessage:
      'La última grabación todavía se está guardando. Vuelve a intentarlo en unos segundos.',
    causes: ['Se solicitó una nueva grabación mientras el servidor todavía procesaba la anterior.'],
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
  'recording-failed': {
    title: 'Grabación detenida',
    userTitle: 'La grabación se detuvo',
    description: 'La grabación se detuvo debido a un error desconocido.',
    userMessage: 'La grabación se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'La grabación falló en el servidor, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Ofrece volver a iniciar la grabación.',
      },
      {
        by: 'dashboard',
        text: 'Revisa los detalles de la reunión y de sus grabaciones en el panel de VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La grabación se detuvo de forma inesperada. El anfitrión puede volver a iniciarla.',
      },
    },
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
        text: 'Ofrece reintentar y muestra la grabación como activa solo cuando el servidor confirme que se inició.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: 'No se inició la grabación del participante',
    userTitle: 'La grabación no se inició',
    description:
      'La solicitud para iniciar la grabación del participante falló debido a un error desconocido.',
    userMessage: 'La grabación de este participante no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la grabación del participante, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Comprueba que el participante siga en la reunión, ofrece un botón para reintentar y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'start-recording-failed': {
    title: 'No se inició la grabación',
    userTitle: 'La grabación no se inició',
    description: 'La solicitud para iniciar la grabación falló debido a un error desconocido.',
    userMessage: 'La grabación no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la grabación, y el mensaje no indica el motivo.',
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
  'start-track-recording-failed': {
    title: 'No se inició la grabación de la pista',
    userTitle: 'La grabación no se inició',
    description:
      'La solicitud para iniciar la grabación de la pista falló debido a un error desconocido.',
    userMessage: 'La grabación de este audio o video no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la grabación de la pista de audio o de video, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Comprueba que la pista se siga enviando, ofrece un botón para reintentar y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
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
        text: 'Sigue mostrando la grabación como activa hasta que el servidor confirme que se detuvo y ofrece reintentar.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: 'No se detuvo la grabación del participante',
    userTitle: 'La grabación no se detuvo',
    description:
      'La solicitud para detener la grabación del participante falló debido a un error desconocido.',
    userMessage: 'La grabación de este participante no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la grabación del participante, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y comprueba si la grabación del participante sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'stop-recording-failed': {
    title: 'No se detuvo la grabación',
    userTitle: 'La grabación no se detuvo',
    description: 'La solicitud para detener la grabación falló debido a un error desconocido.',
    userMessage: 'La grabación no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la grabación, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y comprueba si la grabación sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: 'No se detuvo la grabación de la pista',
    userTitle: 'La grabación no se detuvo',
    description:
      'La solicitud para detener la grabación de la pista falló debido a un error desconocido.',
    userMessage: 'La grabación de este audio o video no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la grabación de la pista de audio o de video, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y comprueba si la grabación de la pista sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'track-recording-failed': {
    title: 'Falló la grabación de la pista',
    userTitle: 'La grabación se detuvo',
    description: 'La grabación de la pista se detuvo debido a un error desconocido.',
    userMessage:
      'La grabación del audio o del video de un participante se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'La grabación de la pista (la grabación de una pista de audio o de video de un participante) se detuvo en los servidores de VideoSDK después de haberse iniciado.',
      'El servidor no indica el motivo de la detención. La solicitud en sí no se rechazó, así que un nuevo inicio puede tener éxito.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a iniciar la grabación.',
      },
      {
        by: 'app',
        text: 'Avisa a las personas de la reunión que la grabación se detuvo y ofrece volver a iniciar la grabación de la pista.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión, el ID del participante, el tipo de pista y la hora del fallo.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La grabación del audio o del video de un participante se detuvo de forma inesperada. El anfitrión puede volver a iniciarla.',
        userSteps: ['Pide al anfitrión que vuelva a iniciar la grabación.'],
      },
    },
  },
};
