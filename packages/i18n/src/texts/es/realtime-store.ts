import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'realtime-store'> = {
  'failed-to-get-value': {
    title: 'Valor de Realtime Store no leído',
    userTitle: 'No se cargaron los datos de la reunión',
    description: 'No se pudo obtener el valor de Realtime Store.',
    userMessage: 'Parte de la información de la reunión no se cargó. Vuelve a intentarlo.',
    causes: [
      'La solicitud de lectura que envió meeting.realtimeStore.getValue() falló en el servidor o en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error y revisa la clave que pediste.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar getValue() cuando la conexión con la reunión sea estable y, mientras tanto, conserva el último valor conocido.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'failed-to-observe-value': {
    title: 'Error al observar Realtime Store',
    userTitle: 'No se iniciaron las actualizaciones en tiempo real',
    description: 'No se pudo empezar a observar el valor de Realtime Store.',
    userMessage:
      'Es posible que parte de la información de la reunión no se actualice sola. Vuelve a cargar la página para actualizarla.',
    causes: [
      'La solicitud de suscripción que envió meeting.realtimeStore.observe() falló en el servidor o en la red.',
      'El mensaje de error incluye el motivo del servidor, si lo indicó.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error y revisa la clave que pediste observar.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar observe() cuando la conexión con la reunión sea estable y, mientras tanto, lee el valor actual con getValue().',
      },
      {
        by: 'user',
        text: 'Vuelve a cargar la página si la información sigue desactualizada.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Es posible que parte de la información de la reunión no se actualice sola. Sal de la reunión y únete de nuevo para actualizarla.',
        fixes: [
          {
            by: 'app',
            text: 'Revisa el motivo que da el servidor en el mensaje de error y revisa la clave que pediste observar.',
          },
          {
            by: 'app',
            text: 'Vuelve a ejecutar observe() cuando la conexión con la reunión sea estable y, mientras tanto, lee el valor actual con getValue().',
          },
          {
            by: 'user',
            text: 'Sal de la reunión y únete de nuevo si la información sigue desactualizada.',
          },
        ],
      },
    },
  },
  'failed-to-set-value': {
    title: 'Valor de Realtime Store no guardado',
    userTitle: 'Cambio no guardado',
    description: 'No se pudo establecer el valor de Realtime Store.',
    userMessage: 'Tu cambio no se guardó. Vuelve a intentarlo.',
    causes: [
      'La solicitud de escritura que envió meeting.realtimeStore.setValue() falló en el servidor o en la red.',
      'Las claves no válidas, los valores no válidos y los valores de más de 1 KB generan otros códigos antes de enviar la solicitud. El servidor también rechaza una clave nueva cuando la reunión ya tiene 100 claves. Revisa el motivo que da el servidor en el mensaje de error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Conserva el valor anterior en la interfaz hasta que setValue() tenga éxito y ofrece reintentar.',
      },
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
    ],
  },
  'failed-to-stop-observing-value': {
    title: 'Error al dejar de observar Realtime Store',
    userTitle: 'No se detuvieron las actualizaciones en tiempo real',
    description: 'No se pudo dejar de observar el valor de Realtime Store.',
    userMessage:
      'Es posible que parte de la información de la reunión siga actualizándose. No necesitas hacer nada.',
    causes: [
      'La solicitud para cancelar la suscripción que envió meeting.realtimeStore.stopObserving() falló en el servidor o en la red.',
      'En js-sdk 1.1.1, stopObserving() no lanza este código: solo registra el fallo mediante el trazador del SDK y termina con normalidad.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'stopObserving() no informa este fallo a la aplicación. Para verlo, sube el nivel de registro del SDK con VideoSDK.setLogLevel() y revisa la consola.',
      },
      {
        by: 'app',
        text: 'Ignora las actualizaciones de las claves que la aplicación ya no observa, para que una actualización tardía no cause problemas.',
      },
    ],
  },
};
