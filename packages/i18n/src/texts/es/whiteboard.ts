import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'whiteboard'> = {
  'start-whiteboard-failed': {
    title: 'No se inició la pizarra',
    userTitle: 'La pizarra no se inició',
    description: 'No se pudo iniciar la pizarra. Vuelve a intentarlo.',
    userMessage: 'La pizarra no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud de la pizarra que envió meeting.startWhiteboard(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Muestra la pizarra solo después del evento whiteboard-started y ofrece reintentar.',
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
      'El servidor rechazó la solicitud de la pizarra que envió meeting.stopWhiteboard(), o la solicitud falló en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Mantén la pizarra abierta hasta que llegue el evento whiteboard-stopped y ofrece reintentar.',
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
    userMessage: 'La pizarra ya se está iniciando o deteniendo. Estará lista en un momento.',
    causes: [
      'La aplicación ejecutó meeting.startWhiteboard() o meeting.stopWhiteboard() mientras todavía estaba en curso una operación anterior de la pizarra, por lo que se rechazó la nueva solicitud.',
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
