import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'usage'> = {
  'action-not-supported': {
    title: 'Acción no admitida aquí',
    userTitle: 'Acción no disponible',
    description: 'Esta acción no se admite aquí.',
    userMessage: 'Esta acción no está disponible aquí. Puedes seguir usando la reunión.',
    causes: [
      'La aplicación usó un método en un objeto que no lo admite, por ejemplo, ajustar la calidad del propio video del participante local o pausar un flujo que no es un flujo remoto activo.',
      'La aplicación pidió comprobar el permiso de la cámara o del micrófono en un navegador que no puede hacerlo.',
      'El SDK rechaza la llamada al método y no emite un error de reunión. El mensaje de error nombra el método y el motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lee el método y el motivo en el mensaje de error, y usa el método solo donde se admita.',
      },
      {
        by: 'app',
        text: 'Oculta o desactiva el control donde no se admita la acción.',
      },
    ],
    variants: {
      app: {
        causes: [
          'La aplicación usó un método en un objeto que no lo admite, por ejemplo, ajustar la calidad del propio video del participante local o pausar un flujo que no es un flujo remoto activo.',
          'La aplicación pidió comprobar el permiso de la cámara o del micrófono en un dispositivo que no puede hacerlo.',
          'El SDK rechaza la llamada al método y no emite un error de reunión. El mensaje de error nombra el método y el motivo.',
        ],
      },
    },
  },
  'already-in-requested-state': {
    title: 'Ya está en el estado solicitado',
    userTitle: 'Ya está hecho',
    description: 'El estado solicitado ya está activo.',
    userMessage: 'Esto ya está hecho. No necesitas hacer nada.',
    causes: [
      'La aplicación pidió un estado que ya está activo, por ejemplo, activar una cámara que ya está activada, unirse dos veces o salir de una reunión de la que ya se salió.',
      'Es un código de estado del llamador: el SDK rechaza la llamada al método, pero no lo emite como error de reunión. El mensaje de error nombra el recurso.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lee el estado actual antes de cambiarlo y omite las solicitudes que no cambian nada.',
      },
      {
        by: 'app',
        text: 'Trata este rechazo como una operación sin efecto, no como un fallo que deba mostrarse al usuario.',
      },
    ],
  },
  'invalid-parameter': {
    title: 'Parámetro faltante o no válido',
    userTitle: 'Algo salió mal',
    description:
      'El parámetro proporcionado falta o no es válido. Revisa el parámetro y vuelve a intentarlo.',
    userMessage: 'Algo no funcionó como se esperaba. Ponte en contacto con {supportContact}.',
    causes: [
      'La aplicación pasó un valor faltante o incorrecto a un método del SDK, por ejemplo, una clave vacía, un mensaje que no es una cadena o un nombre de evento desconocido.',
      'El SDK rechaza la llamada al método y no emite un error de reunión. El mensaje de error nombra el parámetro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lee el parámetro que nombra el mensaje de error y corrige el valor que pasa la aplicación.',
      },
      {
        by: 'app',
        text: 'Valida lo que escribe el usuario antes de pasarlo al SDK.',
      },
    ],
  },
  'operation-aborted': {
    title: 'Operación cancelada',
    userTitle: 'La acción se detuvo',
    description: 'La operación se detuvo antes de completarse.',
    userMessage: 'Esta acción se detuvo antes de terminar. Vuelve a intentarlo.',
    causes: [
      'En el SDK 1.1.1, esto le ocurre a join() cuando se sale de la reunión o se cierra mientras el proceso para unirse todavía está en curso. El mensaje de error incluye el motivo de la salida.',
      'Es un código de estado del llamador: el SDK rechaza la llamada al método, pero no lo emite como error de reunión.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo de la salida en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'No salgas de la reunión mientras join() todavía está en curso, salvo que el usuario haya decidido cancelar.',
      },
      {
        by: 'app',
        text: 'Si el usuario no canceló, ofrece volver a unirse a la reunión.',
      },
    ],
  },
  'operation-in-progress': {
    title: 'Operación ya en curso',
    userTitle: 'Ya está en curso',
    description: 'La operación solicitada ya está en curso.',
    userMessage: 'Esto ya está en curso. No necesitas hacer nada.',
    causes: [
      'La aplicación inició una solicitud mientras la misma solicitud u otra incompatible todavía estaba en curso, por ejemplo, un segundo clic en el botón de la cámara o un cambio de modo.',
      'Es un código de estado del llamador: el SDK rechaza la llamada al método, pero no lo emite como error de reunión. El mensaje de error nombra la solicitud.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Desactiva el control hasta que termine la solicitud en curso.',
      },
      {
        by: 'app',
        text: 'Trata este rechazo como una operación sin efecto, o reintenta cuando termine la solicitud en curso.',
      },
    ],
  },
};
