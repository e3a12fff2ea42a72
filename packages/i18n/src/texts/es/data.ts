import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'data'> = {
  'file-fetch-failed': {
    title: 'Error al obtener el archivo',
    userTitle: 'No se pudo cargar el archivo',
    description: 'No se pudo obtener el archivo. Vuelve a intentarlo.',
    userMessage:
      'No pudimos cargar el archivo. Revisa tu conexión a internet y vuelve a intentarlo.',
    causes: [
      'La solicitud HTTPS que hace fetchBase64File() falló, o el servidor respondió con un estado de error.',
      'El mensaje de error incluye el estado HTTP y el texto del servidor, si se devolvió alguno.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Revisa tu conexión a internet y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Revisa el estado HTTP y el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Comprueba que la URL sea una que devolvió uploadBase64File() y que el token sea válido y no haya expirado.',
      },
    ],
  },
  'file-upload-failed': {
    title: 'Error al subir el archivo',
    userTitle: 'No se pudo subir el archivo',
    description: 'No se pudo subir el archivo. Vuelve a intentarlo.',
    userMessage:
      'No pudimos subir el archivo. Revisa tu conexión a internet y vuelve a intentarlo.',
    causes: [
      'La solicitud HTTPS que hace uploadBase64File() falló, el servidor respondió con un estado de error o la respuesta no contenía ninguna URL de archivo.',
      'El mensaje de error incluye el estado HTTP y el texto del servidor, si se devolvió alguno.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Revisa tu conexión a internet y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Revisa el estado HTTP y el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Comprueba que el token sea válido y no haya expirado, y que los datos y el nombre del archivo sean correctos.',
      },
    ],
  },
  'payload-too-large': {
    title: 'Carga útil demasiado grande',
    userTitle: 'Demasiado grande para enviarlo',
    description: 'La carga útil supera el tamaño máximo permitido.',
    userMessage: 'Esto es demasiado grande para enviarlo. Acórtalo y vuelve a intentarlo.',
    causes: [
      'Los datos que se pasaron a meeting.send() superan los 15 KiB, o un valor del Realtime Store supera 1 KB. El mensaje de error indica el tamaño.',
      'El SDK rechaza la llamada al método y no emite un error de reunión.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Acorta el mensaje y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Comprueba el tamaño antes de enviar y divide los datos grandes en mensajes más pequeños.',
      },
      {
        by: 'app',
        text: 'Para los archivos, súbelos con uploadBase64File() y envía solo la URL devuelta.',
      },
    ],
  },
  'send-failed': {
    title: 'Error al enviar datos',
    userTitle: 'Mensaje no enviado',
    description: 'No se pudo enviar el mensaje. Vuelve a intentarlo.',
    userMessage: 'No pudimos enviar tu mensaje. Vuelve a intentarlo.',
    causes: [
      'Falló el envío de datos a la reunión con meeting.send().',
      'El mensaje de error incluye el motivo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Revisa tu conexión a internet y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Revisa el motivo en el mensaje de error y usa el modo RELIABLE para los mensajes que deben llegar.',
      },
    ],
  },
};
