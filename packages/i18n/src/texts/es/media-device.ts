import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-device'> = {
  'audio-track-creation-failed': {
    title: 'No se creó la pista de audio',
    userTitle: 'No se pudo iniciar el audio',
    description: 'Se produjo un error y no se pudo crear la pista de audio. Vuelve a intentarlo.',
    userMessage: 'No se pudo iniciar tu audio. Revisa tu micrófono y vuelve a intentarlo.',
    causes: [
      'El SDK no pudo crear una pista de audio a partir del micrófono.',
      'El mensaje no indica el motivo. Busca el error subyacente del dispositivo en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu micrófono esté conectado y que ninguna otra aplicación lo esté usando, y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Registra el error subyacente y ofrece un botón para reintentar.',
      },
      {
        by: 'app',
        text: 'Permite que el participante siga en la reunión sin audio mientras dure el problema.',
      },
    ],
  },
  'camera-access': {
    title: 'No se pudo acceder a la cámara',
    userTitle: 'No se pudo usar la cámara',
    description: 'Se produjo un error. No se pudo acceder a la cámara.',
    userMessage:
      'Esta aplicación no pudo usar tu cámara. Vuelve a intentarlo. Si el problema continúa, reinicia esta aplicación.',
    causes: [
      'El SDK no pudo abrir la cámara y el mensaje no indica el motivo.',
      'Los permisos denegados y la cámara en uso tienen sus propios códigos. Busca el error subyacente en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si todavía no se puede usar la cámara, reinicia esta aplicación y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Deja la cámara desactivada, permite que el participante siga en la reunión y deja que vuelva a activar la cámara más tarde.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa los registros de la aplicación del momento en que activó la cámara, junto con el modelo del dispositivo y la versión del sistema operativo.',
      },
    ],
  },
  'camera-access-denied': {
    title: 'Acceso a la cámara denegado en el dispositivo',
    userTitle: 'El acceso a la cámara está desactivado',
    description:
      'El acceso a la cámara se denegó o se descartó. Para continuar, concede el acceso en la configuración del dispositivo.',
    userMessage:
      'Esta aplicación no puede usar tu cámara. Permite el acceso a la cámara para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
    causes: [
      'El usuario denegó o cerró el aviso que solicita acceso a la cámara, o desactivó antes el acceso en la configuración del dispositivo.',
      'Una vez denegado el acceso, es posible que el sistema operativo no vuelva a preguntar, así que solo la configuración del dispositivo puede volver a activarlo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use la cámara y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Explica por qué la aplicación necesita la cámara antes de que el sistema la solicite y ofrece un acceso directo a la página de la aplicación en la configuración del dispositivo.',
      },
      {
        by: 'app',
        text: 'Comprueba que la aplicación declare el uso de la cámara: NSCameraUsageDescription en iOS y el permiso CAMERA en Android.',
      },
      {
        by: 'app',
        text: 'Mientras tanto, permite que el usuario se una sin video.',
      },
    ],
  },
  'camera-access-denied-or-dismissed': {
    title: 'Acceso a la cámara denegado',
    userTitle: 'La cámara está bloqueada',
    description:
      'El acceso a la cámara se denegó o se descartó. Para continuar, concede el acceso en la configuración del navegador o del dispositivo.',
    userMessage:
      'El acceso a la cámara está bloqueado para esta página. Permite la cámara en la configuración de tu navegador y vuelve a cargar la página.',
    causes: [
      'El usuario denegó o cerró el aviso que solicita acceso a la cámara.',
      'También es posible que el acceso a la cámara se haya bloqueado antes para este sitio o esta aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Permite la cámara para este sitio en la configuración de tu navegador y vuelve a cargar la página.',
      },
      {
        by: 'app',
        text: 'Explica por qué la aplicación necesita la cámara antes de que el navegador la solicite y muestra cómo permitirla en la configuración del navegador.',
      },
      {
        by: 'app',
        text: 'Mientras tanto, permite que el usuario se una sin video.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Esta aplicación no tiene permiso para usar tu cámara. Permite el acceso a la cámara para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use la cámara y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Explica por qué la aplicación necesita la cámara antes de que el sistema la solicite y ofrece un acceso directo a la página de la aplicación en la Configuración del dispositivo.',
          },
          {
            by: 'app',
            text: 'Mientras tanto, permite que el usuario se una sin video.',
          },
        ],
      },
    },
  },
  'camera-access-unavailable': {
    title: 'Cámara no disponible',
    userTitle: 'Cámara no disponible',
    description:
      'El acceso a la cámara no está disponible. Asegúrate de que el dispositivo sea compatible y de que la página se sirva a través de una conexión segura (https://).',
    userMessage:
      'No se puede usar tu cámara en este momento. Comprueba que tu dispositivo tenga una cámara que funcione y vuelve a intentarlo.',
    causes: [
      'El navegador o el dispositivo no ofrece acceso a la cámara, por ejemplo, porque no tiene una cámara compatible.',
      'Los navegadores solo permiten la cámara en páginas seguras (https:// o localhost), por lo que una página servida por http:// sin cifrar no obtiene la cámara.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Sirve la aplicación a través de https://. Para el desarrollo, también se permite localhost.',
      },
      {
        by: 'user',
        text: 'Comprueba que tu cámara esté conectada y funcione, o prueba con otro navegador u otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Mientras tanto, permite que el usuario se una sin video.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El navegador o el dispositivo no ofrece acceso a la cámara, por ejemplo, porque no tiene una cámara compatible.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Comprueba que tu dispositivo tenga una cámara que funcione y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Comprueba que el dispositivo tenga una cámara que la aplicación pueda usar y registra el error subyacente.',
          },
          {
            by: 'app',
            text: 'Si la aplicación también se ejecuta en un navegador, sírvela a través de https://.',
          },
          {
            by: 'app',
            text: 'Mientras tanto, permite que el usuario se una sin video.',
          },
        ],
      },
    },
  },
  'camera-device-incompatible': {
    title: 'Cámara no compatible',
    userTitle: 'La cámara no envía video',
    description:
      'La cámara no puede producir video: no se pudo crear el flujo de video. Asegúrate de que el dispositivo sea compatible.',
    userMessage:
      'Esta aplicación no puede obtener video de tu cámara. Prueba con otra cámara o con otro dispositivo.',
    causes: [
      'El SDK no pudo crear un flujo de video a partir de la cámara seleccionada, por lo que informa que la cámara no es compatible.',
      'El mensaje no indica por qué falló la cámara. Revisa los registros de la aplicación, el modelo del dispositivo y la versión del sistema operativo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prueba con otra cámara o usa esta aplicación en otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Permite que el participante siga en la reunión sin video y ofrece elegir la cámara si el dispositivo tiene más de una.',
      },
      {
        by: 'app',
        text: 'Busca en los registros de la aplicación el modelo del dispositivo, la versión del sistema operativo y la cámara, y prueba la aplicación en el mismo tipo de dispositivo.',
      },
    ],
  },
  'camera-in-use': {
    title: 'Cámara en uso',
    userTitle: 'La cámara está ocupada',
    description:
      'Otra aplicación está usando la cámara. Cierra los programas que usen la cámara, como herramientas de videoconferencia, software de grabación de pantalla u otros navegadores, reinicia el navegador y vuelve a intentarlo.',
    userMessage:
      'Otra aplicación u otro navegador está usando tu cámara. Ciérralo y vuelve a intentarlo.',
    causes: [
      'Otra aplicación o navegador tiene la cámara. Sobre todo en Windows, una cámara en uso no se puede abrir por segunda vez.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Cierra las otras aplicaciones o navegadores que usen la cámara y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y, mientras tanto, permite que el usuario se una sin video.',
      },
    ],
    variants: {
      app: {
        userMessage: 'Otra aplicación está usando tu cámara. Ciérrala y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Cierra las otras aplicaciones que usen la cámara y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Ofrece un botón para reintentar y, mientras tanto, permite que el usuario se una sin video.',
          },
        ],
      },
    },
  },
  'camera-not-found': {
    title: 'Cámara no encontrada',
    userTitle: 'No se encontró ninguna cámara',
    description:
      'Asegúrate de que tu cámara esté conectada y encendida, y de que el controlador de la cámara esté instalado y actualizado.',
    userMessage:
      'No encontramos tu cámara. Comprueba que esté conectada y encendida, y vuelve a intentarlo.',
    causes: [
      'El navegador informó que no encontró ninguna cámara para la solicitud, por lo que la cámara no pudo iniciarse.',
      'Como dice el mensaje, es posible que la cámara esté desconectada o apagada, o que falte su controlador o esté desactualizado.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu cámara esté conectada y encendida, y vuelve a intentarlo.',
      },
      {
        by: 'user',
        text: 'Si la cámara sigue sin aparecer, actualiza su controlador o reinicia tu dispositivo, y luego vuelve a cargar la página.',
      },
      {
        by: 'app',
        text: 'Permite que el usuario se una sin video y que elija otra cámara de la lista de dispositivos.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo informó que no encontró ninguna cámara para la solicitud, por lo que la cámara no pudo iniciarse.',
          'Como dice el mensaje, es posible que la cámara esté desconectada o apagada, o que falte su controlador o esté desactualizado.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Comprueba que tu cámara esté conectada y encendida, y vuelve a intentarlo.',
          },
          {
            by: 'user',
            text: 'Si la cámara sigue sin aparecer, reinicia tu dispositivo y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Permite que el usuario se una sin video y que elija otra cámara de la lista de dispositivos.',
          },
        ],
      },
    },
  },
  'camera-permission-denied-by-os': {
    title: 'Cámara bloqueada por el sistema',
    userTitle: 'Cámara bloqueada por la configuración',
    description:
      'La configuración del sistema operativo deniega el permiso de la cámara. Revisa la configuración del sistema y concede el permiso a este navegador.',
    userMessage:
      'La configuración de privacidad de tu dispositivo bloquea la cámara para este navegador. Permite que este navegador use la cámara en la configuración del sistema y vuelve a cargar la página.',
    causes: [
      'El sistema operativo deniega el acceso a la cámara al navegador o a la aplicación, por ejemplo, en la configuración de privacidad de macOS o Windows.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abre la configuración de privacidad de tu dispositivo, permite que este navegador use la cámara y vuelve a cargar la página.',
      },
      {
        by: 'app',
        text: 'Muestra pasos breves para el sistema operativo del usuario y, mientras tanto, permite que el usuario se una sin video.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'La configuración de privacidad de tu dispositivo bloquea la cámara para esta aplicación. Permite que esta aplicación use la cámara en la Configuración de tu dispositivo y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use la cámara y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Muestra pasos breves para el sistema operativo del usuario y, mientras tanto, permite que el usuario se una sin video.',
          },
        ],
      },
    },
  },
  'camera-permission-or-autoplay-issue': {
    title: 'Problema de permiso de la cámara o de reproducción automática',
    userTitle: 'La cámara está bloqueada',
    description:
      'Parece que hay un problema con el permiso de la cámara o con la reproducción automática del video. Para obtener más información, consulta https://tinyurl.com/autoplay-issue (un enlace corto de terceros que da el mensaje del SDK).',
    userMessage:
      'Tu navegador no permitió la cámara. Permite la cámara para esta página en la configuración de tu navegador y vuelve a cargar la página.',
    causes: [
      'El navegador rechazó el acceso a la cámara con un NotAllowedError que indica que el agente de usuario no permite la solicitud. El SDK señala que Firefox informa así un permiso denegado.',
      'El mensaje también remite a las reglas de reproducción automática del navegador, que pueden bloquear el video que se inicia sin una acción del usuario.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Permite la cámara para esta página en la configuración de tu navegador y vuelve a cargar la página.',
      },
      {
        by: 'app',
        text: 'Inicia la cámara y la reproducción del video a partir de una acción del usuario, como un clic, para que el navegador las permita.',
      },
      {
        by: 'app',
        text: 'Consulta https://tinyurl.com/autoplay-issue (un enlace corto de terceros que da el mensaje del SDK) para ver las notas del SDK sobre este problema.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El sistema operativo le negó a la aplicación el acceso a la cámara: el usuario rechazó el permiso o lo desactivó en la Configuración del dispositivo, o la aplicación no declara el uso de la cámara.',
        ],
        userMessage:
          'Esta aplicación no tiene permiso para usar tu cámara. Permite el acceso a la cámara para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use la cámara y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Comprueba que la aplicación declare el uso de la cámara: NSCameraUsageDescription en iOS y el permiso CAMERA en Android.',
          },
          {
            by: 'app',
            text: 'Consulta https://tinyurl.com/autoplay-issue (un enlace corto de terceros que da el mensaje del SDK) para ver las notas del SDK sobre este problema.',
          },
        ],
      },
    },
  },
  'capture-image-failed': {
    title: 'Error al capturar la imagen',
    userTitle: 'No se pudo capturar la imagen',
    description: 'No se pudo capturar la imagen. Vuelve a intentarlo.',
    userMessage: 'No pudimos capturar la imagen. Vuelve a intentarlo.',
    causes: [
      'El navegador no pudo dibujar ni codificar un fotograma del video del participante para captureImage().',
      'El mensaje de error incluye el motivo que da el navegador.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera un momento y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Comprueba que la cámara del participante esté activada y que su video se esté reproduciendo antes de capturar una imagen.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa el motivo en el mensaje de error y en los registros de la aplicación.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo no pudo dibujar ni codificar un fotograma del video del participante para captureImage().',
          'El mensaje de error incluye el motivo que da la plataforma.',
        ],
      },
    },
  },
  'change-webcam': {
    title: 'No se pudo cambiar la cámara',
    userTitle: 'No se pudo cambiar de cámara',
    description: 'Se produjo un error y no se pudo cambiar la cámara. Vuelve a intentarlo.',
    userMessage: 'No pudimos cambiar tu cámara. Vuelve a intentarlo.',
    causes: [
      'Falló el cambio a otra cámara (changeCam) y el mensaje no indica el motivo.',
      'Es posible que la cámara elegida se haya desconectado o que otra aplicación la esté usando. Busca el error subyacente en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si la cámara sigue sin cambiar, desactívala y vuelve a activarla.',
      },
      {
        by: 'app',
        text: 'Muestra el estado real de la cámara (puede quedar desactivada tras el cambio fallido) y ofrece un botón para reintentar.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa los registros de la aplicación del momento en que llamó a changeCam, junto con la cámara elegida, el modelo del dispositivo y la versión del sistema operativo.',
      },
    ],
  },
  'custom-audio-track-disposed': {
    title: 'Pista de audio personalizada finalizada',
    userTitle: 'Se cambió al micrófono predeterminado',
    description:
      'La pista de audio personalizada proporcionada se liberó y ahora está en estado finalizado. El SDK vuelve a la pista de audio predeterminada.',
    userMessage: 'Tu audio volvió al micrófono predeterminado. No necesitas hacer nada.',
    causes: [
      'La pista de audio personalizada que la aplicación le dio al SDK se liberó, por lo que la pista finalizó.',
      'El SDK cambió a su pista de audio predeterminada, así que el audio del participante continúa.',
      'Revisa en qué parte la aplicación, o una biblioteca que usa, libera la pista personalizada mientras la reunión todavía la usa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Mantén activa la pista de audio personalizada mientras la reunión la use, y libérala solo cuando el SDK ya no la use.',
      },
      {
        by: 'app',
        text: 'Para volver a usar una pista personalizada, crea una nueva (por ejemplo, con createMicrophoneAudioTrack) y pásala a unmuteMic.',
      },
    ],
  },
  'custom-audio-track-ended': {
    title: 'Pista de audio personalizada finalizada',
    userTitle: 'Se cambió al micrófono predeterminado',
    description:
      'La pista de audio personalizada proporcionada finalizó. Revisa el estado de la pista de audio y vuelve a intentarlo.',
    userMessage: 'Tu audio cambió al micrófono predeterminado. Puedes seguir hablando.',
    causes: [
      'La aplicación pasó una pista de audio personalizada que ya había finalizado, por ejemplo, porque se detuvo o su fuente desapareció.',
      'El SDK no puede usar una pista finalizada, por lo que usa el micrófono predeterminado en su lugar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Comprueba que el readyState de la pista personalizada sea live antes de pasarla y crea una pista nueva si finalizó.',
      },
      {
        by: 'app',
        text: 'No detengas una pista personalizada mientras la reunión todavía la usa.',
      },
    ],
  },
  'custom-screen-share-track-disposed': {
    title: 'Pista personalizada para compartir pantalla liberada',
    userTitle: 'No se pudo compartir la pantalla',
    description:
      'La pista personalizada proporcionada se liberó. Vuelve a intentarlo con una nueva pista personalizada.',
    userMessage: 'No se pudo compartir la pantalla. Vuelve a intentarlo.',
    causes: [
      'La aplicación pasó una pista personalizada para compartir pantalla que la propia aplicación, o una biblioteca que usa, ya había liberado.',
      'Una pista liberada no se puede volver a usar, así que no se puede compartir la pantalla.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Cuando tu dispositivo te pregunte si quieres compartir tu pantalla, permítelo.',
      },
      {
        by: 'app',
        text: 'Crea una pista nueva para cada intento (por ejemplo, con VideoSDK.createScreenShareVideoTrack) y pásala de inmediato a enableScreenShare.',
      },
      {
        by: 'app',
        text: 'Libera una pista personalizada para compartir pantalla solo cuando se haya dejado de compartir pantalla con ella y no vuelvas a pasarla al SDK.',
      },
    ],
  },
  'custom-screen-share-track-ended': {
    title: 'Pista personalizada para compartir pantalla finalizada',
    userTitle: 'No se pudo compartir la pantalla',
    description:
      'La pista personalizada proporcionada está en estado finalizado. Vuelve a intentarlo con una nueva pista personalizada.',
    userMessage: 'No se pudo compartir la pantalla. Vuelve a intentarlo.',
    causes: [
      'La aplicación pasó una pista personalizada para compartir pantalla que ya había finalizado, por ejemplo, porque su captura de pantalla se había detenido.',
      'El SDK no puede compartir desde una pista finalizada, así que no se puede compartir la pantalla.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Cuando tu dispositivo te pregunte si quieres compartir tu pantalla, permítelo.',
      },
      {
        by: 'app',
        text: 'Crea una pista nueva para cada intento (por ejemplo, con VideoSDK.createScreenShareVideoTrack) y pásala de inmediato a enableScreenShare.',
      },
      {
        by: 'app',
        text: 'No guardes para más tarde una pista personalizada para compartir pantalla: cuando su captura se detiene, la pista ya no se puede usar.',
      },
    ],
  },
  'custom-video-track-disposed': {
    title: 'Pista de video personalizada finalizada',
    userTitle: 'Se cambió a la cámara predeterminada',
    description:
      'La pista de video personalizada proporcionada se liberó y ahora está en estado finalizado. El SDK vuelve a la pista de video predeterminada.',
    userMessage: 'Tu video volvió a la cámara predeterminada. No necesitas hacer nada.',
    causes: [
      'La pista de video personalizada que la aplicación le dio al SDK se liberó, por lo que la pista finalizó.',
      'El SDK cambió a su pista de video predeterminada, así que el video del participante continúa.',
      'Revisa en qué parte la aplicación, o una biblioteca que usa, libera la pista personalizada mientras la reunión todavía la usa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Mantén activa la pista de video personalizada mientras la reunión la use, y libérala solo cuando el SDK ya no la use.',
      },
      {
        by: 'app',
        text: 'Para volver a usar una pista personalizada, crea una nueva (por ejemplo, con createCameraVideoTrack) y pásala a enableCam.',
      },
    ],
  },
  'custom-video-track-ended': {
    title: 'Pista de video personalizada finalizada',
    userTitle: 'Se cambió a la cámara predeterminada',
    description:
      'La pista de video personalizada proporcionada finalizó. Revisa el estado de la pista de video y vuelve a intentarlo.',
    userMessage: 'Tu video cambió a la cámara predeterminada. Puedes continuar.',
    causes: [
      'La aplicación pasó una pista de video personalizada que ya había finalizado, por ejemplo, porque se detuvo o su fuente desapareció.',
      'El SDK no puede usar una pista finalizada, por lo que usa la cámara predeterminada en su lugar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Comprueba que el readyState de la pista personalizada sea live antes de pasarla y crea una pista nueva si finalizó.',
      },
      {
        by: 'app',
        text: 'No detengas una pista personalizada mientras la reunión todavía la usa.',
      },
    ],
  },
  'get-audio-media': {
    title: 'Captura de audio no admitida',
    userTitle: 'Micrófono no compatible',
    description: 'Tu navegador o dispositivo no admite audio.',
    userMessage:
      'Tu navegador o dispositivo no puede usar un micrófono en esta reunión. Prueba con otro navegador u otro dispositivo.',
    causes: [
      'El navegador o el dispositivo informó que no puede capturar audio.',
      'El SDK 1.1.1 declara este código, pero no lo genera, así que busca el propio error del navegador en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Actualiza tu navegador o prueba con otro navegador u otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Comprueba que navigator.mediaDevices esté disponible antes de activar el micrófono y sirve la página a través de https://.',
      },
      {
        by: 'app',
        text: 'Permite que el usuario se una sin audio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El navegador o el dispositivo informó que no puede capturar audio.',
          'El SDK 1.1.1 declara este código, pero no lo genera, así que busca el propio error de la plataforma en los registros de la aplicación.',
        ],
        userMessage:
          'Este dispositivo no puede usar un micrófono en esta reunión. Actualiza la aplicación o prueba con otro dispositivo.',
        fixes: [
          {
            by: 'user',
            text: 'Actualiza la aplicación o prueba con otro dispositivo.',
          },
          {
            by: 'app',
            text: 'Comprueba que la aplicación declare el uso del micrófono: NSMicrophoneUsageDescription en iOS y el permiso RECORD_AUDIO en Android.',
          },
          {
            by: 'app',
            text: 'Permite que el usuario se una sin audio.',
          },
        ],
      },
    },
  },
  'get-audio-media-permission-denied': {
    title: 'Permiso del micrófono denegado',
    userTitle: 'El micrófono está bloqueado',
    description: 'Se denegó el permiso para capturar audio.',
    userMessage:
      'Tu navegador bloqueó el micrófono. Permite el micrófono para esta página en la configuración de tu navegador y vuelve a cargar la página.',
    causes: [
      'El navegador rechazó el acceso al micrófono con un NotAllowedError que el SDK no pudo asociar a un caso más específico, como un aviso descartado o un bloqueo del sistema operativo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Permite el micrófono para esta página en la configuración de tu navegador y vuelve a cargar la página.',
      },
      {
        by: 'user',
        text: 'Si sigue bloqueado, comprueba que la configuración de privacidad de tu computadora permita que este navegador use el micrófono.',
      },
      {
        by: 'app',
        text: 'Solicita el micrófono después de una acción del usuario y explica primero por qué la reunión lo necesita.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo rechazó el acceso al micrófono con un NotAllowedError que el SDK no pudo asociar a un caso más específico, como un aviso descartado o un bloqueo del sistema operativo.',
        ],
        userMessage:
          'Esta aplicación no tiene permiso para usar tu micrófono. Permite el acceso al micrófono para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use el micrófono y vuelve a intentarlo.',
          },
          {
            by: 'user',
            text: 'Si sigue bloqueado, comprueba que la configuración de privacidad de tu dispositivo permita que esta aplicación use el micrófono.',
          },
          {
            by: 'app',
            text: 'Solicita el micrófono después de una acción del usuario y explica primero por qué la reunión lo necesita.',
          },
        ],
      },
    },
  },
  'get-video-media': {
    title: 'Captura de video no admitida',
    userTitle: 'La cámara no se inició',
    description: 'Tu navegador o dispositivo no admite video.',
    userMessage:
      'Tu navegador o dispositivo no pudo iniciar la cámara. Prueba con otro navegador u otro dispositivo.',
    causes: [
      'El navegador no pudo abrir la cámara con la configuración solicitada, por un motivo distinto de un permiso denegado.',
      'En el SDK 1.1.1, esto ocurre cuando el SDK vuelve a abrir la cámara para cambiar su resolución. Busca el error del navegador en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Actualiza tu navegador o prueba con otro navegador u otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Comprueba que la cámara admita la resolución solicitada y recurre a una más baja si no es así.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo no pudo abrir la cámara con la configuración solicitada, por un motivo distinto de un permiso denegado.',
          'En el SDK 1.1.1, esto ocurre cuando el SDK vuelve a abrir la cámara para cambiar su resolución. Busca el error de la plataforma en los registros de la aplicación.',
        ],
        userMessage:
          'Este dispositivo no pudo iniciar la cámara. Actualiza la aplicación o prueba con otro dispositivo.',
        fixes: [
          {
            by: 'user',
            text: 'Actualiza la aplicación o prueba con otro dispositivo.',
          },
          {
            by: 'app',
            text: 'Comprueba que la cámara admita la resolución solicitada y recurre a una más baja si no es así.',
          },
        ],
      },
    },
  },
  'get-video-media-permission-denied': {
    title: 'Permiso de la cámara denegado',
    userTitle: 'La cámara está bloqueada',
    description: 'Se denegó el permiso para capturar video.',
    userMessage:
      'Tu navegador bloqueó la cámara. Permite la cámara para esta página en la configuración de tu navegador y vuelve a cargar la página.',
    causes: [
      'El navegador rechazó el acceso a la cámara con un NotAllowedError que el SDK no pudo asociar a un caso más específico, como un aviso descartado o un bloqueo del sistema operativo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Permite la cámara para esta página en la configuración de tu navegador y vuelve a cargar la página.',
      },
      {
        by: 'user',
        text: 'Si sigue bloqueada, comprueba que la configuración de privacidad de tu computadora permita que este navegador use la cámara.',
      },
      {
        by: 'app',
        text: 'Solicita la cámara después de una acción del usuario y explica primero por qué la reunión la necesita.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo rechazó el acceso a la cámara con un NotAllowedError que el SDK no pudo asociar a un caso más específico, como un aviso descartado o un bloqueo del sistema operativo.',
        ],
        userMessage:
          'Esta aplicación no tiene permiso para usar tu cámara. Permite el acceso a la cámara para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use la cámara y vuelve a intentarlo.',
          },
          {
            by: 'user',
            text: 'Si sigue bloqueada, comprueba que la configuración de privacidad de tu dispositivo permita que esta aplicación use la cámara.',
          },
          {
            by: 'app',
            text: 'Solicita la cámara después de una acción del usuario y explica primero por qué la reunión la necesita.',
          },
        ],
      },
    },
  },
  'invalid-custom-audio-track': {
    title: 'Pista de audio personalizada no válida',
    userTitle: 'Se usa el micrófono predeterminado',
    description:
      'La pista de audio personalizada proporcionada no es válida, por lo que se usa la pista de audio predeterminada en su lugar. Asegúrate de que la pista de audio cumpla las especificaciones requeridas.',
    userMessage: 'Tu audio cambió al micrófono predeterminado. No necesitas hacer nada.',
    causes: [
      'La aplicación pasó una pista de audio personalizada que el SDK no pudo leer, por ejemplo, algo que no es un MediaStream con una pista de audio activa.',
      'El SDK usa el micrófono predeterminado en su lugar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pasa un MediaStream que contenga una pista de audio activa, por ejemplo, una creada con createMicrophoneAudioTrack().',
      },
    ],
  },
  'invalid-custom-track-config': {
    title: 'Configuración de pista personalizada no válida',
    userTitle: 'No se pudo configurar el dispositivo',
    description: 'La configuración de la pista personalizada no es válida.',
    userMessage:
      'No pudimos configurar tu cámara, tu micrófono o la función de compartir pantalla con las opciones elegidas. Elige otro dispositivo y vuelve a intentarlo.',
    causes: [
      'La aplicación pasó una configuración que el SDK no puede usar para crear una pista personalizada: un códec no admitido, un ID de cámara o de micrófono que no corresponde a ningún dispositivo, o un encoderConfig desconocido.',
      'El mensaje de error nombra la opción.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lee la opción que nombra el mensaje de error y pasa un códec y un encoderConfig admitidos.',
      },
      {
        by: 'app',
        text: 'Toma los ID de cámara y de micrófono de la lista actual de dispositivos, porque pueden cambiar cuando se conectan o se quitan dispositivos.',
      },
      {
        by: 'user',
        text: 'Elige otra cámara u otro micrófono y vuelve a intentarlo.',
      },
    ],
  },
  'invalid-custom-video-track': {
    title: 'Pista de video personalizada no válida',
    userTitle: 'Se usa la cámara predeterminada',
    description:
      'La pista de video personalizada proporcionada no es válida, por lo que se usa la pista de video predeterminada en su lugar. Asegúrate de que la pista de video cumpla las especificaciones requeridas.',
    userMessage: 'Tu video cambió a la cámara predeterminada. No necesitas hacer nada.',
    causes: [
      'La aplicación pasó una pista de video personalizada que el SDK no pudo leer, por ejemplo, algo que no es un MediaStream con una pista de video activa.',
      'El SDK usa la cámara predeterminada en su lugar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pasa un MediaStream que contenga una pista de video activa, por ejemplo, una creada con createCameraVideoTrack().',
      },
    ],
  },
  'media-device-not-initialized': {
    title: 'Dispositivo de medios no inicializado',
    userTitle: 'Audio y video no están listos',
    description: 'El dispositivo de medios no se inicializó.',
    userMessage:
      'El audio y el video todavía no están listos. Espera un momento y vuelve a intentarlo, o vuelve a cargar la página.',
    causes: [
      'El dispositivo de medios interno del SDK, que se crea al unirse o al cambiar de modo, no existe, por lo que no pueden iniciarse la cámara, el micrófono ni la función de compartir pantalla.',
      'Busca en los registros de la aplicación un fallo anterior al unirse o al cambiar de modo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera un momento y vuelve a intentarlo. Si el problema continúa, vuelve a cargar la página y únete de nuevo.',
      },
      {
        by: 'app',
        text: 'Activa la cámara, el micrófono o la función de compartir pantalla solo después del evento meeting-joined, cuando ya se unió a la reunión.',
      },
      {
        by: 'app',
        text: 'Busca en los registros de la aplicación un fallo anterior al unirse o al cambiar de modo.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'El audio y el video todavía no están listos. Espera un momento y vuelve a intentarlo, o sal de la reunión y únete de nuevo.',
        fixes: [
          {
            by: 'user',
            text: 'Espera un momento y vuelve a intentarlo. Si el problema continúa, sal de la reunión y únete de nuevo.',
          },
          {
            by: 'app',
            text: 'Activa la cámara, el micrófono o la función de compartir pantalla solo después del evento meeting-joined, cuando ya se unió a la reunión.',
          },
          {
            by: 'app',
            text: 'Busca en los registros de la aplicación un fallo anterior al unirse o al cambiar de modo.',
          },
        ],
      },
    },
  },
  'media-device-not-loaded': {
    title: 'Dispositivo de medios no cargado',
    userTitle: 'Todavía se está preparando',
    description: 'El dispositivo de medios todavía no se cargó. Vuelve a intentarlo en un momento.',
    userMessage:
      'El audio y el video todavía se están preparando. Vuelve a intentarlo en un momento.',
    causes: [
      'El dispositivo de medios interno del SDK existe, pero todavía no terminó de cargar las capacidades de medios del servidor, lo que ocurre al unirse o al cambiar de modo.',
      'El SDK rechaza la llamada al método y no emite un error de reunión.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Espera un momento y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Espera el evento meeting-joined de la reunión, o a que termine un cambio de modo, antes de activar los medios.',
      },
      {
        by: 'app',
        text: 'Reintenta después de una breve espera.',
      },
    ],
  },
  'mic-access-denied': {
    title: 'Acceso al micrófono denegado en el dispositivo',
    userTitle: 'El acceso al micrófono está desactivado',
    description:
      'El acceso al micrófono se denegó o se descartó. Para continuar, concede el acceso en la configuración del dispositivo.',
    userMessage:
      'Esta aplicación no puede usar tu micrófono. Permite el acceso al micrófono para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
    causes: [
      'El usuario denegó o cerró el aviso que solicita acceso al micrófono, o desactivó antes el acceso en la configuración del dispositivo.',
      'Una vez denegado el acceso, es posible que el sistema operativo no vuelva a preguntar, así que solo la configuración del dispositivo puede volver a activarlo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use el micrófono y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Explica por qué la aplicación necesita el micrófono antes de que el sistema lo solicite y ofrece un acceso directo a la página de la aplicación en la configuración del dispositivo.',
      },
      {
        by: 'app',
        text: 'Comprueba que la aplicación declare el uso del micrófono: NSMicrophoneUsageDescription en iOS y el permiso RECORD_AUDIO en Android.',
      },
      {
        by: 'app',
        text: 'Mientras tanto, permite que el usuario se una sin audio.',
      },
    ],
  },
  'microphone-access-denied-or-dismissed': {
    title: 'Acceso al micrófono denegado',
    userTitle: 'El micrófono está bloqueado',
    description:
      'El acceso al micrófono se denegó o se descartó. Para continuar, concede el acceso en la configuración del navegador o del dispositivo.',
    userMessage:
      'El acceso al micrófono está bloqueado para esta página. Permite el micrófono en la configuración de tu navegador y vuelve a cargar la página.',
    causes: [
      'El usuario denegó o cerró el aviso que solicita acceso al micrófono.',
      'También es posible que el acceso al micrófono se haya bloqueado antes para este sitio o esta aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Permite el micrófono para este sitio en la configuración de tu navegador y vuelve a cargar la página.',
      },
      {
        by: 'app',
        text: 'Explica por qué la aplicación necesita el micrófono antes de que el navegador lo solicite y muestra cómo permitirlo en la configuración del navegador.',
      },
      {
        by: 'app',
        text: 'Mientras tanto, permite que el usuario se una sin audio.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Esta aplicación no tiene permiso para usar tu micrófono. Permite el acceso al micrófono para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use el micrófono y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Explica por qué la aplicación necesita el micrófono antes de que el sistema lo solicite y ofrece un acceso directo a la página de la aplicación en la Configuración del dispositivo.',
          },
          {
            by: 'app',
            text: 'Mientras tanto, permite que el usuario se una sin audio.',
          },
        ],
      },
    },
  },
  'microphone-access-unavailable': {
    title: 'Micrófono no disponible',
    userTitle: 'Micrófono no disponible',
    description:
      'El acceso al micrófono no está disponible. Asegúrate de que el dispositivo sea compatible y de que la página se sirva a través de una conexión segura (https://).',
    userMessage:
      'No se puede usar tu micrófono en este momento. Comprueba que tu dispositivo tenga un micrófono que funcione y vuelve a intentarlo.',
    causes: [
      'El navegador o el dispositivo no ofrece acceso al micrófono, por ejemplo, porque no tiene un micrófono compatible.',
      'Los navegadores solo permiten el micrófono en páginas seguras (https:// o localhost), por lo que una página servida por http:// sin cifrar no obtiene el micrófono.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Sirve la aplicación a través de https://. Para el desarrollo, también se permite localhost.',
      },
      {
        by: 'user',
        text: 'Comprueba que tu micrófono esté conectado y funcione, o prueba con otro navegador u otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Mientras tanto, permite que el usuario se una sin audio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El navegador o el dispositivo no ofrece acceso al micrófono, por ejemplo, porque no tiene un micrófono compatible.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Comprueba que tu dispositivo tenga un micrófono que funcione y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Comprueba que el dispositivo tenga un micrófono que la aplicación pueda usar y registra el error subyacente.',
          },
          {
            by: 'app',
            text: 'Si la aplicación también se ejecuta en un navegador, sírvela a través de https://.',
          },
          {
            by: 'app',
            text: 'Mientras tanto, permite que el usuario se una sin audio.',
          },
        ],
      },
    },
  },
  'microphone-close-producer-failed': {
    title: 'Error al desactivar el micrófono',
    userTitle: 'No se pudo desactivar el micrófono',
    description: 'No se pudo desactivar el micrófono. Vuelve a intentarlo.',
    userMessage: 'No pudimos desactivar tu micrófono, así que sigue activado. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión no confirmó que dejó de recibir el micrófono, por lo que el SDK deja el micrófono activado y sin cambios.',
      'Busca el motivo en el mensaje de error y en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando el micrófono como activado y permite que el usuario reintente.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa la conexión con la reunión en los registros de la aplicación.',
      },
    ],
  },
  'microphone-device-incompatible': {
    title: 'Micrófono no compatible',
    userTitle: 'El micrófono no envía sonido',
    description:
      'El micrófono no puede producir audio: no se pudo crear el flujo de audio. Asegúrate de que el dispositivo sea compatible.',
    userMessage:
      'Esta aplicación no puede obtener sonido de tu micrófono. Prueba con otro micrófono o con otro dispositivo.',
    causes: [
      'El SDK no pudo crear un flujo de audio a partir del micrófono seleccionado, por lo que informa que el micrófono no es compatible.',
      'El mensaje no indica por qué falló el micrófono. Revisa los registros de la aplicación, el modelo del dispositivo y la versión del sistema operativo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prueba con otro micrófono, como unos auriculares con micrófono, o usa esta aplicación en otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Permite que el participante siga en la reunión sin audio y ofrece elegir el micrófono si el dispositivo tiene más de uno.',
      },
      {
        by: 'app',
        text: 'Busca en los registros de la aplicación el modelo del dispositivo, la versión del sistema operativo y el micrófono, y prueba la aplicación en el mismo tipo de dispositivo.',
      },
    ],
  },
  'microphone-in-use': {
    title: 'Micrófono en uso',
    userTitle: 'El micrófono está ocupado',
    description:
      'Otra aplicación está usando el micrófono. Cierra los programas que usen el micrófono, como herramientas de videoconferencia, software de grabación de pantalla u otros navegadores, reinicia el navegador y vuelve a intentarlo.',
    userMessage:
      'Otra aplicación u otro navegador está usando tu micrófono. Ciérralo y vuelve a intentarlo.',
    causes: [
      'Otra aplicación o navegador tiene el micrófono. Sobre todo en Windows, un micrófono en uso no se puede abrir por segunda vez.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Cierra las otras aplicaciones o navegadores que usen el micrófono y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y, mientras tanto, permite que el usuario se una sin audio.',
      },
    ],
    variants: {
      app: {
        userMessage: 'Otra aplicación está usando tu micrófono. Ciérrala y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Cierra las otras aplicaciones que usen el micrófono y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Ofrece un botón para reintentar y, mientras tanto, permite que el usuario se una sin audio.',
          },
        ],
      },
    },
  },
  'microphone-not-found': {
    title: 'Micrófono no encontrado',
    userTitle: 'No se encontró ningún micrófono',
    description: 'Asegúrate de que tu micrófono esté conectado y encendido.',
    userMessage:
      'No encontramos tu micrófono. Comprueba que esté conectado y encendido, y vuelve a intentarlo.',
    causes: [
      'El navegador informó que no encontró ningún micrófono para la solicitud, por lo que el micrófono no pudo iniciarse.',
      'Como dice el mensaje, es posible que el micrófono esté desconectado o apagado.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu micrófono esté conectado y encendido, y vuelve a intentarlo.',
      },
      {
        by: 'user',
        text: 'Si sigue sin aparecer, revisa la configuración de sonido de tu dispositivo y luego vuelve a cargar la página.',
      },
      {
        by: 'app',
        text: 'Permite que el usuario se una sin audio y que elija otro micrófono de la lista de dispositivos.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo informó que no encontró ningún micrófono para la solicitud, por lo que el micrófono no pudo iniciarse.',
          'Como dice el mensaje, es posible que el micrófono esté desconectado o apagado.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Comprueba que tu micrófono esté conectado y encendido, y vuelve a intentarlo.',
          },
          {
            by: 'user',
            text: 'Si sigue sin aparecer, revisa la configuración de sonido de tu dispositivo y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Permite que el usuario se una sin audio y que elija otro micrófono de la lista de dispositivos.',
          },
        ],
      },
    },
  },
  'microphone-permission-denied-by-os': {
    title: 'Micrófono bloqueado por el sistema',
    userTitle: 'Micrófono bloqueado por la configuración',
    description:
      'La configuración del sistema operativo deniega el permiso del micrófono. Revisa la configuración del sistema y concede el permiso a este navegador.',
    userMessage:
      'La configuración de privacidad de tu dispositivo bloquea el micrófono para este navegador. Permite que este navegador use el micrófono en la configuración del sistema y vuelve a cargar la página.',
    causes: [
      'El sistema operativo deniega el acceso al micrófono al navegador o a la aplicación, por ejemplo, en la configuración de privacidad de macOS o Windows.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abre la configuración de privacidad de tu dispositivo, permite que este navegador use el micrófono y vuelve a cargar la página.',
      },
      {
        by: 'app',
        text: 'Muestra pasos breves para el sistema operativo del usuario y, mientras tanto, permite que el usuario se una sin audio.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'La configuración de privacidad de tu dispositivo bloquea el micrófono para esta aplicación. Permite que esta aplicación use el micrófono en la Configuración de tu dispositivo y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use el micrófono y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Muestra pasos breves para el sistema operativo del usuario y, mientras tanto, permite que el usuario se una sin audio.',
          },
        ],
      },
    },
  },
  'microphone-produce-failed': {
    title: 'Error al publicar el micrófono',
    userTitle: 'El micrófono no se inició',
    description: 'Se creó la pista del micrófono, pero no se pudo publicar en la reunión.',
    userMessage:
      'Tu micrófono funciona, pero no pudimos enviar su audio a la reunión. Vuelve a cargar la página y únete de nuevo.',
    causes: [
      'El SDK abrió el micrófono, pero no pudo publicar su audio en el servidor de medios de la reunión.',
      'El mensaje de error incluye el motivo subyacente, si lo hay.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a cargar la página y únete de nuevo.',
      },
      {
        by: 'app',
        text: 'Revisa el motivo en el mensaje de error y el estado de la conexión de medios en los registros de la aplicación.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Tu micrófono funciona, pero no pudimos enviar su audio a la reunión. Sal de la reunión y únete de nuevo.',
        fixes: [
          {
            by: 'user',
            text: 'Sal de la reunión y únete de nuevo.',
          },
          {
            by: 'app',
            text: 'Revisa el motivo en el mensaje de error y el estado de la conexión de medios en los registros de la aplicación.',
          },
        ],
      },
    },
  },
  'microphone-track-ended': {
    title: 'Pista del micrófono finalizada',
    userTitle: 'Micrófono desconectado',
    description:
      'La pista del micrófono finalizó o el micrófono está desconectado. Revisa la conexión de tu micrófono y vuelve a intentarlo.',
    userMessage:
      'Tu micrófono se detuvo o se desconectó. Comprueba que esté conectado y vuelve a activarlo.',
    causes: [
      'El navegador finalizó la pista del micrófono, por ejemplo, porque el micrófono se desconectó.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu micrófono esté conectado y vuelve a activarlo.',
      },
      {
        by: 'app',
        text: 'Muestra el micrófono como desactivado y permite que el usuario lo vuelva a activar o elija otro micrófono.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo finalizó la pista del micrófono, por ejemplo, porque el micrófono se desconectó.',
        ],
      },
    },
  },
  'no-microphone-device-found': {
    title: 'No se encontró ningún dispositivo de micrófono',
    userTitle: 'No se encontró ningún micrófono',
    description:
      'No se encontró ningún micrófono: no pudimos encontrar tu micrófono. ¿Está enchufado y encendido? Si es así, intenta reiniciar tu computadora o revisar la configuración de tu dispositivo. Asegúrate también de estar en un sitio web seguro (https://).',
    userMessage:
      'No encontramos ningún micrófono. Comprueba que esté enchufado y encendido, y vuelve a cargar la página.',
    causes: [
      'No aparece ningún micrófono en la lista de dispositivos del navegador, por lo que el SDK no tiene ninguno que usar.',
      'Como dice el mensaje, es posible que el micrófono esté desenchufado o apagado, o que la página no esté en un sitio web seguro (https://).',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu micrófono esté enchufado y encendido, y vuelve a cargar la página.',
      },
      {
        by: 'user',
        text: 'Si sigue sin aparecer, revisa la configuración de sonido de tu dispositivo o reinicia tu computadora.',
      },
      {
        by: 'app',
        text: 'Sirve la página a través de https:// y permite que el usuario se una sin audio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'No aparece ningún micrófono en la lista de dispositivos del sistema, por lo que el SDK no tiene ninguno que usar.',
          'Como dice el mensaje, es posible que el micrófono esté desenchufado o apagado.',
        ],
        userMessage:
          'No encontramos tu micrófono. Comprueba que esté conectado y encendido, y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Comprueba que tu micrófono esté conectado y encendido, y vuelve a intentarlo.',
          },
          {
            by: 'user',
            text: 'Si sigue sin aparecer, revisa la configuración de sonido de tu dispositivo o reinicia tu dispositivo.',
          },
          {
            by: 'app',
            text: 'Permite que el usuario se una sin audio.',
          },
        ],
      },
    },
  },
  'no-supported-video-codec': {
    title: 'Ningún códec de video compatible',
    userTitle: 'Video no compatible',
    description: 'No hay ningún códec de video compatible disponible en este dispositivo.',
    userMessage:
      'Tu navegador no puede enviar video en esta reunión. Actualiza tu navegador o prueba con otro navegador u otro dispositivo.',
    causes: [
      'El navegador no admite ni el códec de video solicitado ni VP8, el códec de respaldo, para enviar video.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Actualiza tu navegador o prueba con otro navegador u otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Permite que el usuario se una sin video y registra la versión del navegador para saber qué navegadores se ven afectados.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo no admite ni el códec de video solicitado ni VP8, el códec de respaldo, para enviar video.',
        ],
        userMessage:
          'Este dispositivo no puede enviar video en esta reunión. Actualiza la aplicación o prueba con otro dispositivo.',
        fixes: [
          {
            by: 'user',
            text: 'Actualiza la aplicación o prueba con otro dispositivo.',
          },
          {
            by: 'app',
            text: 'Permite que el usuario se una sin video y registra el modelo del dispositivo y la versión del sistema operativo para saber qué dispositivos se ven afectados.',
          },
        ],
      },
    },
  },
  'no-webcam-device-found': {
    title: 'No se encontró ningún dispositivo de cámara',
    userTitle: 'No se encontró ninguna cámara',
    description:
      'No se encontró ninguna cámara web: no pudimos encontrar tu cámara. ¿Está enchufada y encendida? Si es así, intenta reiniciar tu computadora o revisar la configuración de tu dispositivo. Para obtener ayuda, consulta la herramienta de diagnóstico en https://test.8x8.vc/ (una página de terceros a la que enlaza el mensaje del SDK). Asegúrate también de estar en un sitio web seguro (https://).',
    userMessage:
      'No encontramos ninguna cámara. Comprueba que esté enchufada y encendida, y vuelve a cargar la página.',
    causes: [
      'No aparece ninguna cámara en la lista de dispositivos del navegador, por lo que el SDK no tiene ninguna que usar.',
      'Como dice el mensaje, es posible que la cámara esté desenchufada o apagada, o que la página no esté en un sitio web seguro (https://).',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu cámara esté enchufada y encendida, y vuelve a cargar la página.',
      },
      {
        by: 'user',
        text: 'Si sigue sin aparecer, revisa la configuración de la cámara de tu dispositivo o reinicia tu computadora.',
      },
      {
        by: 'app',
        text: 'Sirve la página a través de https:// y permite que el usuario se una sin video.',
      },
    ],
    variants: {
      app: {
        causes: [
          'No aparece ninguna cámara en la lista de dispositivos del sistema, por lo que el SDK no tiene ninguna que usar.',
          'Como dice el mensaje, es posible que la cámara esté desenchufada o apagada.',
        ],
        userMessage:
          'No encontramos tu cámara. Comprueba que esté conectada y encendida, y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Comprueba que tu cámara esté conectada y encendida, y vuelve a intentarlo.',
          },
          {
            by: 'user',
            text: 'Si sigue sin aparecer, revisa la configuración de la cámara de tu dispositivo o reinicia tu dispositivo.',
          },
          {
            by: 'app',
            text: 'Permite que el usuario se una sin video.',
          },
        ],
      },
    },
  },
  'rn-camera-access-denied-or-dismissed': {
    title: 'Acceso a la cámara denegado (React Native)',
    userTitle: 'El acceso a la cámara está desactivado',
    description:
      'El acceso a la cámara se denegó o se descartó. Para continuar, concede el acceso en la configuración de la aplicación.',
    userMessage:
      'Esta aplicación no puede usar tu cámara. Permite el acceso a la cámara para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
    causes: [
      'El permiso de la cámara se denegó o se descartó, por lo que el sistema operativo no le dio la cámara a la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use la cámara y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Explica por qué la aplicación necesita la cámara antes de solicitarla y abre la página de configuración de la aplicación cuando el acceso esté desactivado.',
      },
      {
        by: 'app',
        text: 'Comprueba que la aplicación declare el uso de la cámara: NSCameraUsageDescription en iOS y el permiso CAMERA en Android.',
      },
    ],
  },
  'rn-camera-access-unavailable': {
    title: 'Cámara no disponible (React Native)',
    userTitle: 'Cámara no disponible',
    description:
      'El acceso a la cámara no está disponible. Asegúrate de que tu dispositivo sea compatible.',
    userMessage:
      'Esta aplicación no puede usar una cámara en tu dispositivo. Prueba a unirte desde otro dispositivo.',
    causes: [
      'El motor de medios del SDK informa que no puede enviar video en este dispositivo, por lo que la cámara no puede usarse en la reunión.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prueba a unirte desde otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Revisa el modelo del dispositivo y la versión del sistema operativo en los registros de la aplicación, y permite que el usuario se una sin video.',
      },
    ],
  },
  'rn-camera-not-found': {
    title: 'Cámara no encontrada (React Native)',
    userTitle: 'No se encontró ninguna cámara',
    description: 'Asegúrate de que tu cámara esté conectada y encendida.',
    userMessage:
      'Esta aplicación no encuentra ninguna cámara en tu dispositivo. Comprueba que la cámara esté encendida y no esté bloqueada, y vuelve a intentarlo.',
    causes: [
      'La creación de la pista de la cámara falló con una DOMException, que el SDK informa como una cámara que falta.',
      'Busca el error subyacente en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu cámara esté encendida y que ninguna otra aplicación la esté usando, y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Revisa el error subyacente en los registros de la aplicación y permite que el usuario se una sin video.',
      },
    ],
  },
  'rn-camera-track-ended': {
    title: 'Pista de la cámara finalizada (React Native)',
    userTitle: 'La cámara se detuvo',
    description:
      'La pista de la cámara finalizó. Asegúrate de que tu cámara esté encendida o intenta reiniciarla.',
    userMessage:
      'Tu cámara se detuvo. Vuelve a activarla o cierra esta aplicación y ábrela de nuevo.',
    causes: [
      'El sistema operativo finalizó la pista de la cámara. Como sugiere el mensaje, es posible que la cámara se haya apagado.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a activar tu cámara. Si sigue sin funcionar, cierra esta aplicación y ábrela de nuevo.',
      },
      {
        by: 'app',
        text: 'Muestra la cámara como desactivada y permite que el usuario la vuelva a activar.',
      },
    ],
  },
  'rn-mic-access-denied-or-dismissed': {
    title: 'Acceso al micrófono denegado (React Native)',
    userTitle: 'El acceso al micrófono está desactivado',
    description:
      'El acceso al micrófono se denegó o se descartó. Para continuar, concede el acceso en la configuración de la aplicación.',
    userMessage:
      'Esta aplicación no puede usar tu micrófono. Permite el acceso al micrófono para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
    causes: [
      'El permiso del micrófono se denegó o se descartó, por lo que el sistema operativo no le dio el micrófono a la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use el micrófono y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Explica por qué la aplicación necesita el micrófono antes de solicitarlo y abre la página de configuración de la aplicación cuando el acceso esté desactivado.',
      },
      {
        by: 'app',
        text: 'Comprueba que la aplicación declare el uso del micrófono: NSMicrophoneUsageDescription en iOS y el permiso RECORD_AUDIO en Android.',
      },
    ],
  },
  'rn-mic-access-unavailable': {
    title: 'Micrófono no disponible (React Native)',
    userTitle: 'Micrófono no disponible',
    description:
      'El acceso al micrófono no está disponible. Asegúrate de que tu dispositivo sea compatible.',
    userMessage:
      'Esta aplicación no puede usar un micrófono en tu dispositivo. Prueba a unirte desde otro dispositivo.',
    causes: [
      'El motor de medios del SDK informa que no puede enviar audio en este dispositivo, por lo que el micrófono no puede usarse en la reunión.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prueba a unirte desde otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Revisa el modelo del dispositivo y la versión del sistema operativo en los registros de la aplicación, y permite que el usuario se una sin audio.',
      },
    ],
  },
  'rn-mic-not-found': {
    title: 'Micrófono no encontrado (React Native)',
    userTitle: 'No se encontró ningún micrófono',
    description: 'Asegúrate de que tu micrófono esté conectado y encendido.',
    userMessage:
      'Esta aplicación no encuentra ningún micrófono en tu dispositivo. Comprueba que esté conectado y no esté bloqueado, y vuelve a intentarlo.',
    causes: [
      'La creación de la pista del micrófono falló con una DOMException, que el SDK informa como un micrófono que falta.',
      'Busca el error subyacente en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu micrófono o tus auriculares estén conectados y que ninguna otra aplicación los esté usando, y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Revisa el error subyacente en los registros de la aplicación y permite que el usuario se una sin audio.',
      },
    ],
  },
  'rn-mic-track-ended': {
    title: 'Pista del micrófono finalizada (React Native)',
    userTitle: 'Micrófono desconectado',
    description:
      'La pista del micrófono finalizó o el micrófono está desconectado. Revisa la conexión de tu micrófono y vuelve a intentarlo.',
    userMessage:
      'Tu micrófono se detuvo o se desconectó. Comprueba que esté conectado y vuelve a activarlo.',
    causes: [
      'El sistema operativo finalizó la pista del micrófono, por ejemplo, porque se desconectaron unos auriculares.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu micrófono o tus auriculares estén conectados y vuelve a activar el micrófono.',
      },
      {
        by: 'app',
        text: 'Muestra el micrófono como desactivado y permite que el usuario lo vuelva a activar.',
      },
    ],
  },
  'set-webcam-quality-failed': {
    title: 'Error al ajustar la calidad de la cámara web',
    userTitle: 'No se pudo cambiar la calidad del video',
    description: 'No se pudo ajustar la calidad de la cámara web.',
    userMessage: 'No pudimos cambiar la calidad de tu video. Puedes seguir usando la reunión.',
    causes: [
      'El SDK no pudo aplicar la calidad solicitada al video de la cámara que envía.',
      'El mensaje de error incluye el motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el motivo en el mensaje de error y en los registros de la aplicación.',
      },
      {
        by: 'app',
        text: 'Cambia la calidad solo mientras la cámara esté activada y conectada a la reunión.',
      },
    ],
  },
  'starting-audio': {
    title: 'No se pudo iniciar el micrófono',
    userTitle: 'El micrófono no se activó',
    description: 'Se produjo un error y no se pudo activar el micrófono. Vuelve a intentarlo.',
    userMessage: 'Tu micrófono no se activó. Vuelve a intentarlo.',
    causes: [
      'Falló la activación del micrófono (unmuteMic), y el mensaje no indica el motivo.',
      'Los problemas de permisos y el micrófono en uso tienen sus propios códigos. Busca el error subyacente en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si el micrófono sigue sin activarse, reinicia esta aplicación y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Deja el micrófono desactivado, permite que el participante siga en la reunión y ofrece un botón para reintentar.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa los registros de la aplicación del momento en que llamó a unmuteMic, junto con el modelo del dispositivo y la versión del sistema operativo.',
      },
    ],
  },
  'starting-video': {
    title: 'No se pudo iniciar la cámara',
    userTitle: 'La cámara no se activó',
    description: 'Se produjo un error y no se pudo activar la cámara. Vuelve a intentarlo.',
    userMessage: 'Tu cámara no se activó. Vuelve a intentarlo.',
    causes: [
      'Falló la activación de la cámara (enableCam), y el mensaje no indica el motivo.',
      'Los problemas de permisos y la cámara en uso tienen sus propios códigos. Busca el error subyacente en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si la cámara sigue sin activarse, reinicia esta aplicación y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Deja la cámara desactivada, permite que el participante siga en la reunión y ofrece un botón para reintentar.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa los registros de la aplicación del momento en que llamó a enableCam, junto con el modelo del dispositivo y la versión del sistema operativo.',
      },
    ],
  },
  'video-produce-codec-not-supported': {
    title: 'Códec de video no admitido para el envío',
    userTitle: 'Video ajustado',
    description:
      'El códec proporcionado no se admite para enviar video en este dispositivo. Se recurre a VP8.',
    userMessage:
      'Tu video se ajustó para que funcione en este dispositivo. No necesitas hacer nada.',
    causes: [
      'El navegador no puede enviar video con el códec que pidió la aplicación, por lo que el SDK usa VP8 en su lugar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pide un códec que el navegador admita, o VP8, para evitar el cambio de códec.',
      },
      {
        by: 'app',
        text: 'Comprueba con qué códecs puede enviar video el navegador con RTCRtpSender.getCapabilities() para video.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo no puede enviar video con el códec que pidió la aplicación, por lo que el SDK usa VP8 en su lugar.',
        ],
        fixes: [
          {
            by: 'app',
            text: 'Pide un códec que el dispositivo admita, o VP8, para evitar el cambio de códec.',
          },
          {
            by: 'app',
            text: 'Registra el modelo del dispositivo y la versión del sistema operativo para saber qué dispositivos no tienen el códec.',
          },
        ],
      },
    },
  },
  'video-source-initiation-failed': {
    title: 'No se pudo iniciar la fuente de video',
    userTitle: 'La cámara no se inició',
    description:
      'No se pudo iniciar la fuente de video. Revisa los permisos de video en la configuración del navegador.',
    userMessage:
      'No se pudo iniciar tu cámara. Comprueba que la configuración de tu navegador permita la cámara y vuelve a cargar la página.',
    causes: [
      'El navegador no pudo leer la cámara: informó un NotReadableError que no corresponde al caso de una cámara en uso.',
      'El mensaje remite a la configuración de la cámara del navegador. Busca el propio error del navegador en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que la configuración de tu navegador permita la cámara para esta página y vuelve a cargar la página.',
      },
      {
        by: 'user',
        text: 'Si sigue sin iniciarse, cierra las otras aplicaciones que usen la cámara y reinicia tu navegador.',
      },
      {
        by: 'app',
        text: 'Permite que el usuario se una sin video y ofrece un botón para reintentar.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo no pudo leer la cámara: informó un NotReadableError que no corresponde al caso de una cámara en uso.',
          'El mensaje remite a la configuración de la cámara del dispositivo. Busca el propio error de la plataforma en los registros de la aplicación.',
        ],
        userMessage:
          'No se pudo iniciar tu cámara. Comprueba en la Configuración de tu dispositivo que esta aplicación tenga permiso para usar la cámara y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use la cámara y vuelve a intentarlo.',
          },
          {
            by: 'user',
            text: 'Cierra las otras aplicaciones que usen la cámara y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Permite que el usuario se una sin video y ofrece un botón para reintentar.',
          },
        ],
      },
    },
  },
  'video-track-creation-failed': {
    title: 'No se creó la pista de video',
    userTitle: 'No se pudo iniciar el video',
    description: 'Se produjo un error y no se pudo crear la pista de video. Vuelve a intentarlo.',
    userMessage: 'No se pudo iniciar tu video. Revisa tu cámara y vuelve a intentarlo.',
    causes: [
      'El SDK no pudo crear una pista de video a partir de la cámara.',
      'El mensaje no indica el motivo. Busca el error subyacente del dispositivo en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu cámara esté conectada y que ninguna otra aplicación la esté usando, y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Registra el error subyacente y ofrece un botón para reintentar.',
      },
      {
        by: 'app',
        text: 'Permite que el participante siga en la reunión sin video mientras dure el problema.',
      },
    ],
  },
  'webcam-close-producer-failed': {
    title: 'Error al desactivar la cámara',
    userTitle: 'No se pudo desactivar la cámara',
    description: 'No se pudo desactivar la cámara. Vuelve a intentarlo.',
    userMessage: 'No pudimos desactivar tu cámara, así que sigue activada. Vuelve a intentarlo.',
    causes: [
      'El servidor de la reunión no confirmó que dejó de recibir la cámara, por lo que el SDK deja la cámara activada y sin cambios.',
      'Busca el motivo en el mensaje de error y en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Sigue mostrando la cámara como activada y permite que el usuario reintente.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa la conexión con la reunión en los registros de la aplicación.',
      },
    ],
  },
  'webcam-not-enabled': {
    title: 'Cámara web no activada',
    userTitle: 'La cámara está desactivada',
    description: 'La cámara web no está activada. Actívala antes de ajustar la calidad.',
    userMessage: 'Tu cámara está desactivada. Actívala y vuelve a intentarlo.',
    causes: [
      'La aplicación intentó ajustar la calidad de la cámara web, o capturar una imagen, mientras la cámara está desactivada.',
      'El SDK rechaza la llamada al método y no emite un error de reunión.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Activa tu cámara y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Comprueba que la cámara esté activada antes de usar setWebcamQuality() o captureImage(), y desactiva estos controles mientras esté desactivada.',
      },
    ],
  },
  'webcam-produce-failed': {
    title: 'Error al publicar la cámara',
    userTitle: 'La cámara no se inició',
    description: 'Se creó la pista de la cámara, pero no se pudo publicar en la reunión.',
    userMessage:
      'Tu cámara funciona, pero no pudimos enviar su video a la reunión. Vuelve a cargar la página y únete de nuevo.',
    causes: [
      'El SDK abrió la cámara, pero no pudo publicar su video en el servidor de medios de la reunión.',
      'El mensaje de error incluye el motivo subyacente, si lo hay.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a cargar la página y únete de nuevo.',
      },
      {
        by: 'app',
        text: 'Revisa el motivo en el mensaje de error y el estado de la conexión de medios en los registros de la aplicación.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Tu cámara funciona, pero no pudimos enviar su video a la reunión. Sal de la reunión y únete de nuevo.',
        fixes: [
          {
            by: 'user',
            text: 'Sal de la reunión y únete de nuevo.',
          },
          {
            by: 'app',
            text: 'Revisa el motivo en el mensaje de error y el estado de la conexión de medios en los registros de la aplicación.',
          },
        ],
      },
    },
  },
  'webcam-track-ended': {
    title: 'Pista de la cámara web finalizada',
    userTitle: 'Cámara desconectada',
    description:
      'La pista de la cámara web finalizó o la cámara web está desconectada. Asegúrate de que tu cámara web esté bien conectada e intenta reiniciarla.',
    userMessage:
      'Tu cámara se detuvo o se desconectó. Comprueba que esté conectada y vuelve a activarla.',
    causes: [
      'El navegador finalizó la pista de la cámara, por ejemplo, porque la cámara se desconectó.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Comprueba que tu cámara esté conectada y vuelve a activarla.',
      },
      {
        by: 'app',
        text: 'Muestra la cámara como desactivada y permite que el usuario la vuelva a activar o elija otra cámara.',
      },
    ],
    variants: {
      app: {
        causes: [
          'El dispositivo finalizó la pista de la cámara, por ejemplo, porque la cámara se desconectó.',
        ],
      },
    },
  },
};
