import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-relay'> = {
  'request-media-relay-failed': {
    title: 'Error en la solicitud de reenvío de medios',
    userTitle: 'No se pudo enviar a la otra reunión',
    description: 'No se pudo solicitar el reenvío de medios. Vuelve a intentarlo.',
    userMessage: 'No se pudo enviar tu audio y tu video a la otra reunión. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió meeting.requestMediaRelay(), o la solicitud falló en la red.',
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
  'stop-media-relay-failed': {
    title: 'No se detuvo el reenvío de medios',
    userTitle: 'Aún se envía a la otra reunión',
    description: 'No se pudo detener el reenvío de medios. Vuelve a intentarlo.',
    userMessage:
      'Tu audio y tu video todavía se están enviando a la otra reunión. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud que envió meeting.stopMediaRelay(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error y revisa el ID de la reunión de destino que pasaste.',
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
};
