import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'pubsub'> = {
  'pubsub-publish-failed': {
    title: 'Error al publicar en PubSub',
    userTitle: 'Mensaje no enviado',
    description: 'No se pudo publicar el mensaje en el tema de PubSub. Vuelve a intentarlo.',
    userMessage: 'Tu mensaje no se envió. Revisa tu conexión a internet y vuelve a intentarlo.',
    causes: [
      'Se agotó el tiempo de espera de la solicitud de publicación que envió meeting.pubSub.publish(), o el servidor devolvió un error.',
      'El mensaje de error indica si se agotó el tiempo de espera, o da el motivo del servidor.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el mensaje de error para distinguir un tiempo de espera agotado de un error del servidor.',
      },
      {
        by: 'app',
        text: 'Conserva el mensaje no enviado en la interfaz y permite que el usuario lo vuelva a enviar.',
      },
      {
        by: 'user',
        text: 'Revisa tu conexión a internet y vuelve a intentarlo.',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'Error al suscribirse a PubSub',
    userTitle: 'Los mensajes no se cargan',
    description: 'No se pudo suscribir al tema de PubSub. Vuelve a intentarlo.',
    userMessage:
      'Es posible que no aparezcan los mensajes nuevos. Revisa tu conexión a internet y vuelve a cargar la página.',
    causes: [
      'Se agotó el tiempo de espera de la solicitud de suscripción que envió meeting.pubSub.subscribe(), o el servidor devolvió un error.',
      'El mensaje de error incluye el motivo, si se indicó alguno.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el mensaje de error para distinguir un tiempo de espera agotado de un error del servidor.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar subscribe() cuando la conexión con la reunión sea estable.',
      },
      {
        by: 'user',
        text: 'Revisa tu conexión a internet y vuelve a cargar la página.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Es posible que no aparezcan los mensajes nuevos. Revisa tu conexión a internet y luego sal de la reunión y únete de nuevo.',
        fixes: [
          {
            by: 'app',
            text: 'Revisa el mensaje de error para distinguir un tiempo de espera agotado de un error del servidor.',
          },
          {
            by: 'app',
            text: 'Vuelve a ejecutar subscribe() cuando la conexión con la reunión sea estable.',
          },
          {
            by: 'user',
            text: 'Revisa tu conexión a internet y luego sal de la reunión y únete de nuevo.',
          },
        ],
      },
    },
  },
  'pubsub-unsubscribe-failed': {
    title: 'Error al cancelar la suscripción a PubSub',
    userTitle: 'Los mensajes no se detuvieron',
    description: 'No se pudo cancelar la suscripción al tema de PubSub. Vuelve a intentarlo.',
    userMessage: 'Es posible que sigas recibiendo algunos mensajes aquí. No necesitas hacer nada.',
    causes: [
      'Se agotó el tiempo de espera de la solicitud para cancelar la suscripción que envió meeting.pubSub.unsubscribe(), o el servidor devolvió un error.',
      'El mensaje de error incluye el motivo, si se indicó alguno.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el mensaje de error para distinguir un tiempo de espera agotado de un error del servidor.',
      },
      {
        by: 'app',
        text: 'Vuelve a ejecutar unsubscribe() con el mismo objeto de listeners y, mientras tanto, ignora los mensajes del tema.',
      },
    ],
  },
};
