import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'screenshare'> = {
  'screenshare-close-producer-failed': {
    title: 'Error al dejar de compartir pantalla',
    userTitle: 'No se pudo dejar de compartir pantalla',
    description: 'No se pudo dejar de compartir pantalla. Vuelve a intentarlo.',
    userMessage: 'No pudimos dejar de compartir tu pantalla. Vuelve a intentarlo.',
    causes: [
      'Falló la solicitud para dejar de compartir pantalla.',
      'El SDK 1.1.1 declara este código, pero todavía no lo genera, así que busca el motivo en el mensaje de error y en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si tu pantalla se sigue compartiendo, usa el botón del propio navegador para dejar de compartirla.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando la función de compartir pantalla como activa hasta que se haya detenido y permite que el usuario reintente.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'user',
            text: 'Vuelve a intentarlo. Si tu pantalla se sigue compartiendo, sal de la reunión para dejar de compartirla.',
          },
          {
            by: 'app',
            text: 'Sigue mostrando la función de compartir pantalla como activa hasta que se haya detenido y permite que el usuario reintente.',
          },
        ],
      },
    },
  },
  'screenshare-not-supported': {
    title: 'No se admite compartir pantalla',
    userTitle: 'No puedes compartir tu pantalla',
    description:
      'No se admite compartir pantalla en este navegador o dispositivo: no se pudo crear el flujo para compartir pantalla. Asegúrate de que el dispositivo o el navegador sean compatibles.',
    userMessage:
      'Compartir pantalla no está disponible en este navegador o en este dispositivo. Prueba con otro navegador en una computadora.',
    causes: [
      'El navegador o el dispositivo no puede capturar la pantalla. Por ejemplo, la mayoría de los navegadores móviles no admiten compartir pantalla.',
      'En una aplicación, comprueba que la función de compartir pantalla esté configurada para esa plataforma como lo describe la guía del SDK para compartir pantalla.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prueba con otro navegador en una computadora.',
      },
      {
        by: 'app',
        text: 'Comprueba si se admite compartir pantalla (navigator.mediaDevices.getDisplayMedia) y oculta el botón de compartir donde no esté disponible.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo no puede capturar la pantalla.',
          'En una aplicación, comprueba que la función de compartir pantalla esté configurada para esa plataforma como lo describe la guía del SDK para compartir pantalla.',
        ],
        userMessage:
          'Compartir pantalla no está disponible en este dispositivo. Prueba con otro dispositivo o continúa sin compartir tu pantalla.',
        fixes: [
          {
            by: 'user',
            text: 'Prueba con otro dispositivo o continúa en la reunión sin compartir tu pantalla.',
          },
          {
            by: 'app',
            text: 'Comprueba que la función de compartir pantalla esté configurada para cada plataforma que admite la aplicación, como lo describe la guía del SDK para compartir pantalla.',
          },
          {
            by: 'app',
            text: 'Oculta el botón de compartir en los dispositivos que no pueden compartir la pantalla.',
          },
        ],
      },
    },
  },
  'screenshare-permission-denied': {
    title: 'Permiso para compartir pantalla denegado',
    userTitle: 'No se permitió compartir pantalla',
    description:
      'Se denegó el permiso para compartir la pantalla. Para compartir tu pantalla, vuelve a intentarlo y concede los permisos necesarios.',
    userMessage:
      'Para compartir pantalla se necesita tu permiso. Vuelve a intentarlo y permítelo cuando se te pregunte.',
    causes: [
      'El usuario canceló o denegó el aviso para compartir la pantalla.',
      'En algunas computadoras, el sistema operativo también bloquea la grabación de pantalla para el navegador o la aplicación hasta que se permite en la configuración de privacidad.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo y, cuando se te pregunte, elige una pantalla, una ventana o una pestaña para compartir.',
      },
      {
        by: 'user',
        text: 'Si no se te pregunta, permite la grabación de pantalla para este navegador en la configuración de privacidad de tu dispositivo.',
      },
      {
        by: 'app',
        text: 'Trata un aviso cancelado como una elección normal y permite que el usuario vuelva a intentarlo.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'user',
            text: 'Vuelve a intentarlo y permite compartir pantalla cuando tu dispositivo te lo pregunte.',
          },
          {
            by: 'user',
            text: 'Si no se te pregunta, permite la grabación de pantalla para esta aplicación en la Configuración de tu dispositivo.',
          },
          {
            by: 'app',
            text: 'Trata un aviso cancelado como una elección normal y permite que el usuario vuelva a intentarlo.',
          },
        ],
      },
    },
  },
  'screenshare-produce-failed': {
    title: 'Error al empezar a compartir pantalla',
    userTitle: 'No se pudo compartir la pantalla',
    description: 'No se pudo empezar a compartir pantalla.',
    userMessage: 'No pudimos compartir tu pantalla. Vuelve a intentarlo.',
    causes: [
      'El SDK no pudo publicar la pantalla compartida en la reunión, o la pantalla compartida se detuvo antes de que terminara de iniciarse la función de compartir pantalla.',
      'El mensaje de error incluye el motivo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a compartir tu pantalla y no lo detengas hasta que se haya iniciado.',
      },
      {
        by: 'app',
        text: 'Revisa el motivo en el mensaje de error y el estado de la conexión de medios en los registros de la aplicación.',
      },
    ],
  },
  'starting-foreground-service': {
    title: 'No se inició el servicio en primer plano',
    userTitle: 'No se pudo empezar a compartir pantalla',
    description:
      'Se produjo un error al iniciar el servicio en primer plano, por lo que no se pudo activar la función de compartir pantalla. Vuelve a intentarlo.',
    userMessage:
      'No se pudo empezar a compartir pantalla en este dispositivo. Vuelve a intentarlo. Si el problema continúa, ponte en contacto con {supportContact}.',
    causes: [
      'En Android, la función de compartir pantalla se ejecuta en un servicio en primer plano, y el SDK no pudo iniciarlo.',
      'Revisa el manifiesto de Android: la función de compartir pantalla necesita el permiso FOREGROUND_SERVICE, y FOREGROUND_SERVICE_MEDIA_PROJECTION en Android 14 y versiones posteriores.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si el problema continúa, ponte en contacto con {supportContact}.',
      },
      {
        by: 'app',
        text: 'Declara en el manifiesto de Android los permisos del servicio en primer plano que indica la guía de VideoSDK para compartir pantalla en Flutter y vuelve a compilar la aplicación.',
      },
      {
        by: 'app',
        text: 'Busca en los registros de Android (logcat) el motivo por el que el servicio no se inició y haz pruebas en la misma versión de Android.',
      },
    ],
  },
  'starting-screenshare': {
    title: 'No se pudo empezar a compartir pantalla',
    userTitle: 'No se pudo compartir la pantalla',
    description:
      'Se produjo un error y no se pudo activar la función de compartir pantalla. Vuelve a intentarlo.',
    userMessage: 'No se pudo compartir la pantalla. Vuelve a intentarlo.',
    causes: [
      'Falló la activación de la función de compartir pantalla (enableScreenShare), y el mensaje no indica el motivo.',
      'Un permiso denegado, un dispositivo no compatible y un fallo del servicio en primer plano tienen sus propios códigos. Busca el error subyacente en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Cuando tu dispositivo te pregunte si quieres compartir tu pantalla, permítelo.',
      },
      {
        by: 'app',
        text: 'Muestra que no se pudo compartir la pantalla y ofrece un botón para reintentar.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa los registros de la aplicación del momento en que llamó a enableScreenShare, y la configuración para compartir pantalla en Android e iOS de la guía de Flutter de VideoSDK.',
      },
    ],
  },
};
