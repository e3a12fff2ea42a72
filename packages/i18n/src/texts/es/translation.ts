import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'translation'> = {
  'change-translation-language-failed': {
    title: 'Idioma de traducción no cambiado',
    userTitle: 'El idioma no cambió',
    description:
      'La solicitud para cambiar el idioma de traducción falló debido a un error desconocido.',
    userMessage: 'El idioma de la traducción no cambió. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió meeting.changeTranslationLanguage() (no figura en las declaraciones de tipos de la versión 1.1.1), o la solicitud falló en la red.',
      'El comentario de documentación del SDK no indica ningún motivo específico. Revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error y comprueba que la traducción esté activa y que el idioma sea compatible.',
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
  'start-translation-failed': {
    title: 'No se inició la traducción',
    userTitle: 'La traducción no se inició',
    description: 'La solicitud para iniciar la traducción falló debido a un error desconocido.',
    userMessage: 'La traducción no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió meeting.startTranslation() (no figura en las declaraciones de tipos de la versión 1.1.1), o la solicitud falló en la red.',
      'El comentario de documentación del SDK no indica ningún motivo específico. Revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error y revisa la configuración de traducción que pasaste.',
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
  'stop-translation-failed': {
    title: 'No se detuvo la traducción',
    userTitle: 'La traducción no se detuvo',
    description: 'La solicitud para detener la traducción falló debido a un error desconocido.',
    userMessage: 'La traducción no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió meeting.stopTranslation() (no figura en las declaraciones de tipos de la versión 1.1.1), o la solicitud falló en la red.',
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
        text: 'Actualiza la interfaz a partir del evento translation-state-changed y permite que el usuario vuelva a iniciar la traducción.',
      },
      {
        by: 'user',
        text: 'Vuelve a iniciar la traducción.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión, la hora y el mensaje de error.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La traducción se detuvo de forma inesperada. El anfitrión puede volver a iniciarla.',
        userSteps: ['Pide al anfitrión que vuelva a iniciar la traducción.'],
      },
    },
  },
};
