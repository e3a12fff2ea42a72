import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'livestream'> = {
  'invalid-livestream-config': {
    title: 'Configuración de transmisión en vivo no válida',
    userTitle: 'Configuración de la transmisión en vivo no válida',
    description: 'La configuración de salidas (outputs) de la transmisión en vivo no es válida.',
    userMessage:
      'La configuración de la transmisión en vivo no es válida. Revisa la dirección y la clave de la transmisión en vivo, y vuelve a intentarlo.',
    causes: [
      'Las salidas (outputs) que se pasaron al iniciar la transmisión en vivo no son válidas. Cada salida necesita una URL RTMP y una clave de transmisión.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa cada entrada de outputs: necesita la URL RTMP y la clave de transmisión de la plataforma de destino.',
      },
      {
        by: 'app',
        text: 'Verifica los valores antes de iniciar la transmisión en vivo y muestra al usuario qué valor es incorrecto.',
      },
      {
        by: 'user',
        text: 'Vuelve a copiar la dirección y la clave de la transmisión en vivo desde la plataforma en la que transmites en vivo, como YouTube, y vuelve a intentarlo.',
      },
    ],
  },
  'livestream-failed': {
    title: 'Transmisión en vivo detenida',
    userTitle: 'La transmisión en vivo se detuvo',
    description: 'La transmisión en vivo se detuvo debido a un error desconocido.',
    userMessage: 'La transmisión en vivo se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'La transmisión en vivo falló, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y comprueba si la plataforma de destino, como YouTube, informó un error por su parte.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Ofrece volver a iniciar la transmisión en vivo.',
      },
      {
        by: 'app',
        text: 'Busca errores en el panel de transmisión de la plataforma de destino, por ejemplo, una clave de transmisión que ya no es válida.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La transmisión en vivo se detuvo de forma inesperada. El anfitrión puede volver a iniciarla.',
      },
    },
  },
  'prev-rtmp-recording-processing': {
    title: 'Transmisión en vivo anterior aún en proceso',
    userTitle: 'Transmisión en vivo anterior aún en proceso',
    description:
      'La transmisión en vivo RTMP anterior todavía se está procesando. Vuelve a intentarlo en unos segundos.',
    userMessage:
      'La última transmisión en vivo todavía se está procesando. Vuelve a intentarlo en unos segundos.',
    causes: [
      'Se solicitó una nueva transmisión en vivo mientras el servidor todavía procesaba la transmisión en vivo RTMP anterior. El mensaje la llama grabación RTMP.',
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
  'start-livestream-failed': {
    title: 'No se inició la transmisión en vivo',
    userTitle: 'La transmisión en vivo no se inició',
    description:
      'La solicitud para iniciar la transmisión en vivo falló debido a un error desconocido.',
    userMessage: 'La transmisión en vivo no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la transmisión en vivo, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y comprueba que la URL RTMP y la clave de transmisión de cada salida sigan siendo válidas.',
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
  'stop-livestream-failed': {
    title: 'No se detuvo la transmisión en vivo',
    userTitle: 'La transmisión en vivo no se detuvo',
    description:
      'La solicitud para detener la transmisión en vivo falló debido a un error desconocido.',
    userMessage: 'La transmisión en vivo no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la transmisión en vivo, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera unos segundos y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y comprueba si la transmisión en vivo sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
};
