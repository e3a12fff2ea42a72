import type { SharedMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<SharedMeaningId> = {
  'account-deactivated': {
    title: 'Cuenta desactivada',
    userTitle: 'Reuniones no disponibles',
    description:
      'Al parecer, VideoSDK desactivó la cuenta. Ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'Las reuniones no están disponibles en esta aplicación en este momento. Ponte en contacto con {supportContact}.',
    causes: [
      'VideoSDK desactivó la cuenta a la que pertenece la clave de API. El mensaje no indica el motivo.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Inicia sesión en el panel de VideoSDK y revisa el estado de la cuenta.',
      },
      {
        by: 'support',
        text: 'Ponte en contacto con el soporte de VideoSDK en support@videosdk.live para saber por qué se desactivó la cuenta y cómo restablecerla.',
      },
      {
        by: 'app',
        text: 'Hasta que la cuenta vuelva a estar activa, muestra a los usuarios finales un mensaje claro y un contacto para pedir ayuda.',
      },
    ],
  },
  'account-discontinued': {
    title: 'Cuenta dada de baja',
    userTitle: 'Reuniones no disponibles',
    description:
      'La cuenta se dio de baja. El servidor envía un mensaje específico con los detalles. Ponte en contacto con el soporte para obtener más información.',
    userMessage:
      'Las reuniones no están disponibles en esta aplicación en este momento. Ponte en contacto con {supportContact}.',
    causes: [
      'La cuenta a la que pertenece la clave de API se dio de baja.',
      'Revisa el motivo que da el servidor en el mensaje de error: el servidor envía los detalles específicos junto con este error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Registra el mensaje del servidor que llega con este error, porque indica el motivo específico.',
      },
      {
        by: 'dashboard',
        text: 'Revisa el estado y el plan de la cuenta en el panel de VideoSDK.',
      },
      {
        by: 'support',
        text: 'Ponte en contacto con el soporte de VideoSDK en support@videosdk.live con el mensaje del servidor para obtener más información.',
      },
    ],
  },
  'action-performed-before-meeting-joined': {
    title: 'Acción antes de unirse',
    userTitle: 'Aún no estás en la reunión',
    description:
      'Se produjo un error. La reunión todavía se estaba conectando cuando se intentó realizar una acción, y la acción falló. Vuelve a intentarlo después de unirte a la reunión.',
    userMessage: 'Todavía no estás en la reunión. Espera a haberte unido y vuelve a intentarlo.',
    causes: [
      'La aplicación llamó a una acción de la reunión mientras la reunión todavía se estaba conectando, antes de que terminara el proceso para unirse.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Espera a que el SDK informe que se unió a la reunión antes de llamar a acciones de la reunión, o pon las acciones en cola hasta entonces.',
      },
      {
        by: 'app',
        text: 'Desactiva los controles de la reunión en la interfaz hasta que el participante se haya unido.',
      },
      {
        by: 'user',
        text: 'Espera a haberte unido a la reunión y vuelve a intentarlo.',
      },
    ],
  },
  'add-on-services-disabled': {
    title: 'Servicios complementarios desactivados',
    userTitle: 'Función no disponible',
    description:
      'Los servicios complementarios están desactivados para la cuenta. Ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'Esta función no está disponible en esta aplicación en este momento. Ponte en contacto con {supportContact}.',
    causes: [
      'Los servicios complementarios están desactivados para la cuenta a la que pertenece la clave de API, por lo que el servidor rechazó la función solicitada.',
      'El mensaje no nombra la función. Revisa qué función solicitó la aplicación cuando llegó el error.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Revisa los complementos y el plan de la cuenta en el panel de VideoSDK.',
      },
      {
        by: 'support',
        text: 'Ponte en contacto con el soporte de VideoSDK en support@videosdk.live para activar los servicios complementarios de la cuenta.',
      },
      {
        by: 'app',
        text: 'Oculta o desactiva la función en la aplicación hasta que los servicios complementarios estén disponibles.',
      },
    ],
  },
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
        text: 'Explica por qué la aplicación necesita la cámara antes de que el navegador la solicite, y muestra cómo permitirla en la configuración del navegador.',
      },
      { by: 'app', text: 'Mientras tanto, permite que el usuario se una sin video.' },
    ],
    variants: {
      flutter: {
        userMessage:
          'Esta aplicación no tiene permiso para usar tu cámara. Permite el acceso a la cámara para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use la cámara y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Explica por qué la aplicación necesita la cámara antes de que el sistema la solicite, y ofrece un acceso directo a la página de la aplicación en la Configuración del dispositivo.',
          },
          { by: 'app', text: 'Mientras tanto, permite que el usuario se una sin video.' },
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
      { by: 'app', text: 'Mientras tanto, permite que el usuario se una sin video.' },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: 'Comprueba que tu dispositivo tenga una cámara que funcione y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Comprueba que el dispositivo tenga una cámara que la aplicación pueda usar, y registra el error subyacente.',
          },
          {
            by: 'app',
            text: 'Si la aplicación también se ejecuta en un navegador, sírvela a través de https://.',
          },
          { by: 'app', text: 'Mientras tanto, permite que el usuario se una sin video.' },
        ],
      },
    },
  },
  'camera-in-use': {
    title: 'Cámara en uso',
    userTitle: 'La cámara está ocupada',
    description:
      'Otra aplicación está usando la cámara. Cierra los programas que usen la cámara, como herramientas de videoconferencia, software de grabación de pantalla u otros navegadores, reinicia el navegador y vuelve a intentarlo.',
    userMessage:
      'Otra aplicación o pestaña del navegador está usando tu cámara. Ciérrala y vuelve a intentarlo.',
    causes: [
      'Otra aplicación o pestaña del navegador tiene la cámara, y el sistema operativo solo permite que una la use a la vez.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Cierra las otras aplicaciones o pestañas del navegador que usen la cámara y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y, mientras tanto, permite que el usuario se una sin video.',
      },
    ],
    variants: {
      flutter: {
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
      flutter: {
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
  'duplicate-participant': {
    title: 'Conexión desde otro dispositivo',
    userTitle: 'Reunión abierta en otro lugar',
    description:
      'Se abandona la reunión porque el mismo ID de participante se unió desde otro dispositivo.',
    userMessage:
      'Te uniste a esta reunión desde otro dispositivo u otra pestaña del navegador, por eso esta pestaña salió de la reunión.',
    causes: [
      'Una segunda conexión se unió a la reunión con el mismo ID de participante, por lo que el servidor quitó esta.',
      'Esto también ocurre cuando la aplicación da el mismo ID de participante a dos personas distintas.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Continúa en la reunión desde tu otro dispositivo o tu otra pestaña del navegador.',
      },
      {
        by: 'app',
        text: 'Da a cada persona un ID de participante único, por ejemplo, el ID de la cuenta del usuario.',
      },
      {
        by: 'app',
        text: 'Avisa al usuario que la reunión continúa en otro lugar, en lugar de mostrar un error genérico.',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          'Te uniste a esta reunión desde otro dispositivo, por eso este dispositivo salió de la reunión.',
        fixes: [
          { by: 'user', text: 'Continúa en la reunión desde tu otro dispositivo.' },
          {
            by: 'app',
            text: 'Da a cada persona un ID de participante único, por ejemplo, el ID de la cuenta del usuario.',
          },
          {
            by: 'app',
            text: 'Avisa al usuario que la reunión continúa en otro lugar, en lugar de mostrar un error genérico.',
          },
        ],
      },
    },
  },
  'hls-duration-limit-reached': {
    title: 'Límite de duración de la difusión HLS alcanzado',
    userTitle: 'Límite de duración de la difusión alcanzado',
    description:
      'El sistema detuvo la difusión HLS automáticamente porque alcanzó la duración máxima de 2 horas para una sola difusión HLS.',
    userMessage:
      'La difusión para los espectadores se detuvo porque alcanzó su límite de 2 horas. La reunión continúa y puedes iniciar una nueva difusión.',
    causes: [
      'Una sola difusión HLS puede durar como máximo 2 horas. El servidor detuvo esta al alcanzar ese límite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Escucha esta advertencia y ofrece iniciar una nueva difusión HLS.',
      },
      {
        by: 'app',
        text: 'Planifica los eventos largos como varias difusiones HLS de hasta 2 horas cada una.',
      },
    ],
  },
  'hls-failed': {
    title: 'Difusión HLS detenida',
    userTitle: 'La difusión se detuvo',
    description: 'La difusión HLS se detuvo debido a un error desconocido.',
    userMessage:
      'La difusión para los espectadores se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'La difusión HLS falló en el servidor, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'app', text: 'Ofrece volver a iniciar la difusión HLS.' },
      {
        by: 'dashboard',
        text: 'Revisa los detalles de la reunión y de su difusión HLS en el panel de VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'invalid-api-key': {
    title: 'Clave de API no válida',
    userTitle: 'No puedes unirte ahora',
    description:
      'La clave de API (apikey) incluida en el token está vacía o no es válida. Verifícala en el panel.',
    userMessage:
      'Esta aplicación no está configurada correctamente, por lo que no puedes unirte a la reunión en este momento. Ponte en contacto con {supportContact}.',
    causes: [
      'El valor apikey del token falta o es incorrecto, o nombra una clave de API que se eliminó o se desactivó.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'En el panel de VideoSDK, comprueba que la clave de API exista y esté activa.',
      },
      {
        by: 'app',
        text: 'En el servidor de tokens, pon esa clave de API en el campo apikey y firma el token con el secreto de esa misma clave de API.',
      },
      {
        by: 'app',
        text: 'Decodifica un token que haya recibido la aplicación y revisa su valor apikey.',
      },
    ],
  },
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
        text: 'Verifica los valores antes de iniciar la transmisión en vivo, y muestra al usuario qué valor es incorrecto.',
      },
      {
        by: 'user',
        text: 'Vuelve a copiar la dirección y la clave de la transmisión en vivo desde la plataforma en la que transmites en vivo, como YouTube, y vuelve a intentarlo.',
      },
    ],
  },
  'invalid-meeting-id': {
    title: 'ID de reunión no válido',
    userTitle: 'No se encontró la reunión',
    description:
      'El ID de reunión está vacío o no es válido. Verifícalo o crea un nuevo ID de reunión con la API.',
    userMessage:
      'No se encuentra esta reunión. Revisa el enlace de la reunión o pide uno nuevo al anfitrión.',
    causes: [
      'El ID de reunión que se pasó al unirse está vacío o no es un ID de reunión válido de VideoSDK.',
      'Revisa de dónde obtiene la aplicación el ID de reunión, por ejemplo, el enlace de la reunión o el servidor de la aplicación.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Crea las reuniones con la API de VideoSDK, y pasa el ID de reunión devuelto sin cambios al método para unirse.',
      },
      {
        by: 'app',
        text: 'Registra el ID de reunión que usa la aplicación al unirse, y comprueba que no esté vacío ni cortado.',
      },
      { by: 'user', text: 'Revisa el enlace de la reunión o pide uno nuevo al anfitrión.' },
    ],
  },
  'invalid-participant-id': {
    title: 'ID de participante no válido',
    userTitle: 'No puedes unirte ahora',
    description:
      'El ID de participante está vacío o no es válido. No debe contener espacios en blanco.',
    userMessage:
      'Esta aplicación no pudo identificarte para esta reunión, por lo que no puedes unirte en este momento. Ponte en contacto con {supportContact}.',
    causes: [
      'El ID de participante que se pasó al unirse está vacío o contiene espacios en blanco, por ejemplo, un nombre visible con espacios.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pasa un ID de participante sin espacios, tabulaciones ni saltos de línea, como un ID de usuario.',
      },
      {
        by: 'app',
        text: 'Revisa el valor antes de unirse: asegúrate de que no esté vacío y quita cualquier espacio en blanco.',
      },
    ],
  },
  'invalid-permissions': {
    title: 'Permisos del token no válidos',
    userTitle: 'No puedes unirte ahora',
    description:
      'Los permisos incluidos en el token no son válidos. No combines allow_join ni allow_mod con ask_join.',
    userMessage:
      'Esta aplicación no está configurada correctamente, por lo que no puedes unirte a la reunión en este momento. Ponte en contacto con {supportContact}.',
    causes: [
      'La lista de permisos del token combina ask_join con allow_join o allow_mod, o no es válida por otro motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'En el servidor de tokens, usa ask_join (el participante pide unirse) o allow_join, opcionalmente con allow_mod. Nunca combines ask_join con los otros dos.',
      },
      {
        by: 'app',
        text: 'Decodifica un token que haya recibido la aplicación y revisa su lista de permisos.',
      },
    ],
  },
  'invalid-token': {
    title: 'Token no válido',
    userTitle: 'Acceso no válido',
    description: 'El token está vacío, no es válido o puede haber expirado.',
    userMessage: 'Tu acceso a esta reunión expiró o no es válido. Vuelve a unirte a la reunión.',
    causes: [
      'El token falta, no es un token válido firmado con el secreto de la clave de API, o ya pasó su hora de expiración.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Obtén un token nuevo del servidor de tokens justo antes de cada ingreso a la reunión, en lugar de guardar uno antiguo.',
      },
      {
        by: 'app',
        text: 'Comprueba que el servidor de tokens firme con el secreto de la clave de API indicada en el token, y revisa la hora de expiración del token.',
      },
      { by: 'user', text: 'Vuelve a unirte a la reunión.' },
    ],
    variants: {
      web: {
        userMessage:
          'Tu acceso a esta reunión expiró o no es válido. Vuelve a cargar la página y únete de nuevo a la reunión.',
        fixes: [
          {
            by: 'app',
            text: 'Obtén un token nuevo del servidor de tokens justo antes de cada ingreso a la reunión, en lugar de guardar uno antiguo.',
          },
          {
            by: 'app',
            text: 'Comprueba que el servidor de tokens firme con el secreto de la clave de API indicada en el token, y revisa la hora de expiración del token.',
          },
          { by: 'user', text: 'Vuelve a cargar la página y únete de nuevo a la reunión.' },
        ],
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: 'Límite de duración de la transmisión en vivo alcanzado',
    userTitle: 'Límite de duración de la transmisión en vivo alcanzado',
    description:
      'El sistema detuvo la transmisión en vivo automáticamente porque alcanzó la duración máxima de 2 horas para una sola transmisión en vivo RTMP.',
    userMessage:
      'La transmisión en vivo se detuvo porque alcanzó su límite de 2 horas. La reunión continúa y puedes iniciar una nueva transmisión en vivo.',
    causes: [
      'Una sola transmisión en vivo RTMP puede durar como máximo 2 horas. El servidor detuvo esta al alcanzar ese límite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Escucha esta advertencia y ofrece iniciar una nueva transmisión en vivo.',
      },
      {
        by: 'app',
        text: 'Planifica los eventos largos como varias transmisiones en vivo de hasta 2 horas cada una.',
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
      'Revisa los registros de la aplicación, y comprueba si la plataforma de destino, como YouTube, informó un error por su parte.',
    ],
    fixes: [
      { by: 'app', text: 'Ofrece volver a iniciar la transmisión en vivo.' },
      {
        by: 'app',
        text: 'Busca errores en el panel de transmisión de la plataforma de destino, por ejemplo, una clave de transmisión que ya no es válida.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'max-hls-limit-reached-on-organization': {
    title: 'Límite de difusiones HLS de la organización alcanzado',
    userTitle: 'Difusión no disponible',
    description:
      'La organización alcanzó su número máximo de difusiones HLS. Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'La difusión para los espectadores no puede iniciarse en este momento porque se alcanzó un límite. Vuelve a intentarlo más tarde.',
    causes: ['La organización alcanzó el número máximo de difusiones HLS que permite su cuenta.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Revisa el límite y el uso de difusiones HLS de la organización en el panel de VideoSDK.',
      },
      {
        by: 'app',
        text: 'Detén las difusiones HLS que ya no se necesiten y vuelve a intentarlo.',
      },
      {
        by: 'support',
        text: 'Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: 'Límite de transmisiones en vivo de la organización alcanzado',
    userTitle: 'Transmisión en vivo no disponible',
    description:
      'La organización alcanzó su número máximo de transmisiones en vivo. Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'La transmisión en vivo no puede iniciarse en este momento porque se alcanzó un límite. Vuelve a intentarlo más tarde.',
    causes: [
      'La organización alcanzó el número máximo de transmisiones en vivo que permite su cuenta.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Revisa el límite y el uso de transmisiones en vivo de la organización en el panel de VideoSDK.',
      },
      {
        by: 'app',
        text: 'Detén las transmisiones en vivo que ya no se necesiten y vuelve a intentarlo.',
      },
      {
        by: 'support',
        text: 'Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
      },
    ],
  },
  'max-participant-reached': {
    title: 'Reunión llena',
    userTitle: 'La reunión está llena',
    description:
      'La reunión alcanzó su número máximo de participantes. Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'Esta reunión está llena, por lo que no puedes unirte en este momento. Vuelve a intentarlo más tarde o pide ayuda al anfitrión.',
    causes: ['El número de participantes de la reunión alcanzó el límite de la cuenta.'],
    fixes: [
      { by: 'user', text: 'Vuelve a intentarlo más tarde o pide ayuda al anfitrión.' },
      {
        by: 'app',
        text: 'Avisa al usuario que la reunión está llena y ofrécele volver a intentarlo más tarde.',
      },
      {
        by: 'dashboard',
        text: 'Revisa el límite de participantes del plan de la cuenta en el panel de VideoSDK.',
      },
      {
        by: 'support',
        text: 'Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: 'Límite de grabaciones de la organización alcanzado',
    userTitle: 'Grabación no disponible',
    description:
      'La organización alcanzó su número máximo de grabaciones. Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'La grabación no puede iniciarse en este momento porque se alcanzó un límite. Vuelve a intentarlo más tarde.',
    causes: ['La organización alcanzó el número máximo de grabaciones que permite su cuenta.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Revisa el límite y el uso de grabaciones de la organización en el panel de VideoSDK.',
      },
      {
        by: 'app',
        text: 'Detén las grabaciones que ya no se necesiten y vuelve a intentarlo.',
      },
      {
        by: 'support',
        text: 'Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
      },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: 'Límite de oradores de la organización alcanzado',
    userTitle: 'Demasiados oradores',
    description:
      'La organización alcanzó su número máximo de oradores. Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'No puedes unirte en este momento porque se alcanzó el límite de oradores. Vuelve a intentarlo más tarde.',
    causes: [
      'En toda la organización, el número de participantes que se unieron como oradores alcanzó el límite de la cuenta.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Revisa el límite y el uso de oradores de la organización en el panel de VideoSDK.',
      },
      {
        by: 'app',
        text: 'Permite que los participantes que solo miran se unan como espectadores en lugar de como oradores.',
      },
      {
        by: 'support',
        text: 'Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
      },
    ],
  },
  'max-speaker-reached': {
    title: 'Límite de oradores de la reunión alcanzado',
    userTitle: 'Límite de oradores alcanzado',
    description:
      'La reunión alcanzó su número máximo de oradores. Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'Esta reunión alcanzó su límite de oradores, por lo que no puedes unirte en este momento. Vuelve a intentarlo más tarde o pide ayuda al anfitrión.',
    causes: ['El número de oradores de la reunión alcanzó el límite de la cuenta.'],
    fixes: [
      { by: 'user', text: 'Vuelve a intentarlo más tarde o pide ayuda al anfitrión.' },
      {
        by: 'app',
        text: 'Permite que los participantes que solo miran se unan como espectadores en lugar de como oradores.',
      },
      {
        by: 'dashboard',
        text: 'Revisa el límite de oradores del plan de la cuenta en el panel de VideoSDK.',
      },
      {
        by: 'support',
        text: 'Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: 'Límite de espectadores de la organización alcanzado',
    userTitle: 'Demasiados espectadores',
    description:
      'La organización alcanzó su número máximo de espectadores, es decir, de participantes que se unen en modo VIEWER o SIGNALING_ONLY. Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'No puedes unirte en este momento porque se alcanzó el límite de espectadores. Vuelve a intentarlo más tarde.',
    causes: [
      'En toda la organización, el número de participantes que se unieron en modo VIEWER o SIGNALING_ONLY alcanzó el límite de la cuenta.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Revisa el límite y el uso de espectadores de la organización en el panel de VideoSDK.',
      },
      {
        by: 'app',
        text: 'Avisa al usuario que la reunión no admite más espectadores por ahora, y ofrécele volver a intentarlo más tarde.',
      },
      {
        by: 'support',
        text: 'Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
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
        text: 'Explica por qué la aplicación necesita el micrófono antes de que el navegador lo solicite, y muestra cómo permitirlo en la configuración del navegador.',
      },
      { by: 'app', text: 'Mientras tanto, permite que el usuario se una sin audio.' },
    ],
    variants: {
      flutter: {
        userMessage:
          'Esta aplicación no tiene permiso para usar tu micrófono. Permite el acceso al micrófono para esta aplicación en la Configuración de tu dispositivo y vuelve a intentarlo.',
        fixes: [
          {
            by: 'user',
            text: 'Abre la Configuración de tu dispositivo, permite que esta aplicación use el micrófono y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Explica por qué la aplicación necesita el micrófono antes de que el sistema lo solicite, y ofrece un acceso directo a la página de la aplicación en la Configuración del dispositivo.',
          },
          { by: 'app', text: 'Mientras tanto, permite que el usuario se una sin audio.' },
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
      { by: 'app', text: 'Mientras tanto, permite que el usuario se una sin audio.' },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: 'Comprueba que tu dispositivo tenga un micrófono que funcione y vuelve a intentarlo.',
          },
          {
            by: 'app',
            text: 'Comprueba que el dispositivo tenga un micrófono que la aplicación pueda usar, y registra el error subyacente.',
          },
          {
            by: 'app',
            text: 'Si la aplicación también se ejecuta en un navegador, sírvela a través de https://.',
          },
          { by: 'app', text: 'Mientras tanto, permite que el usuario se una sin audio.' },
        ],
      },
    },
  },
  'microphone-in-use': {
    title: 'Micrófono en uso',
    userTitle: 'El micrófono está ocupado',
    description:
      'Otra aplicación está usando el micrófono. Cierra los programas que usen el micrófono, como herramientas de videoconferencia, software de grabación de pantalla u otros navegadores, reinicia el navegador y vuelve a intentarlo.',
    userMessage:
      'Otra aplicación o pestaña del navegador está usando tu micrófono. Ciérrala y vuelve a intentarlo.',
    causes: [
      'Otra aplicación o pestaña del navegador tiene el micrófono, y el sistema operativo solo permite que una lo use a la vez.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Cierra las otras aplicaciones o pestañas del navegador que usen el micrófono y vuelve a intentarlo.',
      },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar y, mientras tanto, permite que el usuario se una sin audio.',
      },
    ],
    variants: {
      flutter: {
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
      flutter: {
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
  'prev-hls-streaming-processing': {
    title: 'Difusión HLS anterior aún en proceso',
    userTitle: 'Difusión anterior aún en proceso',
    description:
      'La difusión HLS anterior todavía se está procesando. Vuelve a intentarlo en unos segundos.',
    userMessage:
      'La última difusión todavía se está procesando. Vuelve a intentarlo en unos segundos.',
    causes: [
      'Se solicitó una nueva difusión HLS mientras el servidor todavía procesaba la anterior.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Reintenta el inicio automáticamente después de unos segundos, con un límite de reintentos.',
      },
    ],
  },
  'prev-recording-processing': {
    title: 'Grabación anterior aún en proceso',
    userTitle: 'La grabación aún se está guardando',
    description:
      'La grabación anterior todavía se está procesando. Vuelve a intentarlo en unos segundos.',
    userMessage:
      'La última grabación todavía se está guardando. Vuelve a intentarlo en unos segundos.',
    causes: ['Se solicitó una nueva grabación mientras el servidor todavía procesaba la anterior.'],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Reintenta el inicio automáticamente después de unos segundos, con un límite de reintentos.',
      },
    ],
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
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Reintenta el inicio automáticamente después de unos segundos, con un límite de reintentos.',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: 'Límite de duración de la grabación alcanzado',
    userTitle: 'Límite de duración de la grabación alcanzado',
    description:
      'El sistema detuvo la grabación automáticamente porque alcanzó la duración máxima de 2 horas para una sola grabación.',
    userMessage:
      'La grabación se detuvo porque alcanzó su límite de 2 horas. La reunión continúa y puedes iniciar una nueva grabación.',
    causes: [
      'Una sola grabación puede durar como máximo 2 horas. El servidor detuvo esta al alcanzar ese límite.',
    ],
    fixes: [
      { by: 'app', text: 'Escucha esta advertencia y ofrece iniciar una nueva grabación.' },
      {
        by: 'app',
        text: 'Planifica las reuniones largas como varias grabaciones de hasta 2 horas cada una.',
      },
    ],
  },
  'recording-failed': {
    title: 'Grabación detenida',
    userTitle: 'La grabación se detuvo',
    description: 'La grabación se detuvo debido a un error desconocido.',
    userMessage: 'La grabación se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'La grabación falló en el servidor, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'app', text: 'Ofrece volver a iniciar la grabación.' },
      {
        by: 'dashboard',
        text: 'Revisa los detalles de la reunión y de sus grabaciones en el panel de VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
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
      { by: 'user', text: 'Prueba con otro navegador en una computadora.' },
      {
        by: 'app',
        text: 'Comprueba si se admite compartir pantalla (navigator.mediaDevices.getDisplayMedia) y oculta el botón de compartir donde no esté disponible.',
      },
    ],
    variants: {
      flutter: {
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
        text: 'Trata un aviso cancelado como una elección normal, y permite que el usuario vuelva a intentarlo.',
      },
    ],
    variants: {
      flutter: {
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
            text: 'Trata un aviso cancelado como una elección normal, y permite que el usuario vuelva a intentarlo.',
          },
        ],
      },
    },
  },
  'start-hls-failed': {
    title: 'No se inició la difusión HLS',
    userTitle: 'La difusión no se inició',
    description: 'La solicitud para iniciar la difusión HLS falló debido a un error desconocido.',
    userMessage: 'La difusión para los espectadores no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la difusión HLS, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
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
      'Revisa los registros de la aplicación, y comprueba que la URL RTMP y la clave de transmisión de cada salida sigan siendo válidas.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: 'No se inició la grabación del participante',
    userTitle: 'La grabación no se inició',
    description:
      'La solicitud para iniciar la grabación del participante falló debido a un error desconocido.',
    userMessage: 'La grabación de este participante no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la grabación del participante, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Comprueba que el participante siga en la reunión, ofrece un botón para reintentar y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'start-recording-failed': {
    title: 'No se inició la grabación',
    userTitle: 'La grabación no se inició',
    description: 'La solicitud para iniciar la grabación falló debido a un error desconocido.',
    userMessage: 'La grabación no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la grabación, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'start-track-recording-failed': {
    title: 'No se inició la grabación de pistas',
    userTitle: 'La grabación no se inició',
    description:
      'La solicitud para iniciar la grabación de la pista falló debido a un error desconocido.',
    userMessage: 'La grabación de este audio o video no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la grabación de la pista de audio o de video, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Comprueba que la pista se siga enviando, ofrece un botón para reintentar y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'start-transcription-failed': {
    title: 'No se inició la transcripción',
    userTitle: 'La transcripción no se inició',
    description: 'La solicitud para iniciar la transcripción falló debido a un error desconocido.',
    userMessage: 'La transcripción no se inició. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo iniciar la transcripción, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y registra los detalles de la solicitud fallida.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'stop-hls-failed': {
    title: 'No se detuvo la difusión HLS',
    userTitle: 'La difusión no se detuvo',
    description: 'La solicitud para detener la difusión HLS falló debido a un error desconocido.',
    userMessage: 'La difusión para los espectadores no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la difusión HLS, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y comprueba si la difusión HLS sigue activa antes de volver a intentarlo.',
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
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y comprueba si la transmisión en vivo sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: 'No se detuvo la grabación del participante',
    userTitle: 'La grabación no se detuvo',
    description:
      'La solicitud para detener la grabación del participante falló debido a un error desconocido.',
    userMessage: 'La grabación de este participante no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la grabación del participante, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y comprueba si la grabación del participante sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'stop-recording-failed': {
    title: 'No se detuvo la grabación',
    userTitle: 'La grabación no se detuvo',
    description: 'La solicitud para detener la grabación falló debido a un error desconocido.',
    userMessage: 'La grabación no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la grabación, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y comprueba si la grabación sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: 'No se detuvo la grabación de pistas',
    userTitle: 'La grabación no se detuvo',
    description:
      'La solicitud para detener la grabación de la pista falló debido a un error desconocido.',
    userMessage: 'La grabación de este audio o video no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la grabación de la pista de audio o de video, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y comprueba si la grabación de pistas sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'stop-transcription-failed': {
    title: 'No se detuvo la transcripción',
    userTitle: 'La transcripción no se detuvo',
    description: 'La solicitud para detener la transcripción falló debido a un error desconocido.',
    userMessage: 'La transcripción no se detuvo. Vuelve a intentarlo.',
    causes: [
      'El servidor no pudo detener la transcripción, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Espera unos segundos y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y comprueba si la transcripción sigue activa antes de volver a intentarlo.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'transcription-failed': {
    title: 'Transcripción detenida',
    userTitle: 'La transcripción se detuvo',
    description: 'La transcripción se detuvo debido a un error desconocido.',
    userMessage: 'La transcripción se detuvo de forma inesperada. Puedes volver a iniciarla.',
    causes: [
      'La transcripción falló en el servidor, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y los detalles de la reunión en el panel de VideoSDK.',
    ],
    fixes: [
      { by: 'app', text: 'Ofrece volver a iniciar la transcripción.' },
      {
        by: 'dashboard',
        text: 'Revisa los detalles de la reunión y de su transcripción en el panel de VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si sigue ocurriendo, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'unable-to-join-meeting': {
    title: 'No fue posible unirse a la reunión',
    userTitle: 'No pudimos conectarte a la reunión',
    description: 'Se produjo un error y no fue posible unirse a la reunión. Vuelve a intentarlo.',
    userMessage:
      'No pudimos conectarte a la reunión. Revisa tu conexión a internet y vuelve a intentarlo.',
    causes: [
      'Falló el intento de unirse a la reunión, y el mensaje no indica el motivo.',
      'Revisa los registros de la aplicación y el estado de la red en el momento del error.',
    ],
    fixes: [
      { by: 'user', text: 'Revisa tu conexión a internet y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Ofrece un botón para reintentar, y registra los detalles del intento fallido de unirse a la reunión.',
      },
      {
        by: 'support',
        text: 'Si sigue fallando, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'unauthorized-meeting-id': {
    title: 'Token no válido para esta reunión',
    userTitle: 'Sin acceso a esta reunión',
    description: 'El token no es válido para el ID de reunión proporcionado.',
    userMessage:
      'Tu invitación no es válida para esta reunión. Revisa el enlace de la reunión o pide una nueva invitación al anfitrión.',
    causes: [
      'El token se creó para otra reunión: su valor roomId no coincide con el ID de reunión que se usó para unirse.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Crea el token para la reunión a la que se une el usuario: asigna a roomId el ID de esa reunión, o no incluyas roomId.',
      },
      {
        by: 'app',
        text: 'Comprueba que la aplicación pase el mismo ID de reunión al servidor de tokens y al método para unirse.',
      },
      {
        by: 'user',
        text: 'Revisa el enlace de la reunión o pide una nueva invitación al anfitrión.',
      },
    ],
  },
  'unauthorized-participant-id': {
    title: 'Token no válido para este participante',
    userTitle: 'La invitación no coincide',
    description: 'El token no es válido para el ID de participante proporcionado.',
    userMessage:
      'Tu invitación no coincide con tu cuenta. Vuelve a unirte a la reunión o ponte en contacto con {supportContact}.',
    causes: [
      'El token se creó para otro participante: su valor participantId no coincide con el ID de participante que se usó para unirse.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pasa el mismo ID de participante al servidor de tokens y al método para unirse.',
      },
      {
        by: 'app',
        text: 'Si el token no necesita estar vinculado a un solo participante, no incluyas participantId en él.',
      },
      { by: 'user', text: 'Vuelve a unirte a la reunión.' },
    ],
    variants: {
      web: {
        userMessage:
          'Tu invitación no coincide con tu cuenta. Vuelve a cargar la página y únete de nuevo, o ponte en contacto con {supportContact}.',
        fixes: [
          {
            by: 'app',
            text: 'Pasa el mismo ID de participante al servidor de tokens y al método para unirse.',
          },
          {
            by: 'app',
            text: 'Si el token no necesita estar vinculado a un solo participante, no incluyas participantId en él.',
          },
          { by: 'user', text: 'Vuelve a cargar la página y únete de nuevo a la reunión.' },
        ],
      },
    },
  },
  'unauthorized-request': {
    title: 'Solicitud no permitida',
    userTitle: 'No puedes unirte ahora',
    description: 'La solicitud no coincide con la configuración de seguridad.',
    userMessage:
      'El servicio de reuniones no aceptó esta solicitud por motivos de seguridad. Ponte en contacto con {supportContact}.',
    causes: [
      'La solicitud no coincidió con la configuración de seguridad de la cuenta, por lo que el servidor la rechazó.',
      'El mensaje no indica qué ajuste. Revisa el motivo que da el servidor en el mensaje de error y los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Revisa la configuración de acceso de la clave de API en el panel de VideoSDK, como la lista de dominios permitidos.',
      },
      {
        by: 'app',
        text: 'Compara la solicitud con esa configuración, por ejemplo, el dominio en el que se ejecuta la aplicación y el contenido del token.',
      },
      {
        by: 'support',
        text: 'Si la configuración parece correcta, ponte en contacto con el soporte de VideoSDK e indica el ID de la reunión y la hora del error.',
      },
    ],
  },
  'unauthorized-role': {
    title: 'Rol no permitido',
    userTitle: 'No puedes unirte a esta reunión',
    description: 'El rol incluido en el token no es válido para unirse a la reunión.',
    userMessage:
      'Tu acceso no te permite unirte a esta reunión. Ponte en contacto con {supportContact}.',
    causes: [
      'Los roles del token no incluyen ninguno que permita unirse a una reunión, por ejemplo, en un token creado solo para llamadas a la API del servidor.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Decodifica un token que haya recibido la aplicación y revisa su valor roles.',
      },
      {
        by: 'app',
        text: 'Crea los tokens para unirse con el rol que permite unirse a reuniones, como lo describe la documentación de tokens de VideoSDK.',
      },
    ],
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
      { by: 'app', text: 'Registra el error subyacente y ofrece un botón para reintentar.' },
      {
        by: 'app',
        text: 'Permite que el participante siga en la reunión sin video mientras dure el problema.',
      },
    ],
  },
};
