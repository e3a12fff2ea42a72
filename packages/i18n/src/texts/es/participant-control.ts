import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'participant-control'> = {
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
};
