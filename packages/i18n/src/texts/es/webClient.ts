import type { TextsOf, WebClientMeaningId } from '../../types.js';

export const texts: TextsOf<WebClientMeaningId> = {
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
      { by: 'app', text: 'Oculta o desactiva el control donde no se admita la acción.' },
    ],
  },
  'action-not-supported-in-mode': {
    title: 'Acción no admitida en este modo',
    userTitle: 'Acción no disponible',
    description: 'Esta acción no se admite en el modo actual de la reunión.',
    userMessage:
      'En este momento solo puedes ver y escuchar esta reunión, por lo que esta acción no está disponible. Puedes seguir la reunión.',
    causes: [
      'La aplicación intentó enviar medios o datos, por ejemplo, activar la cámara o el micrófono, compartir la pantalla o enviar un mensaje, mientras el participante está en un modo que no puede enviar, como RECV_ONLY o SIGNALLING_ONLY.',
      'El SDK rechaza la llamada al método y no emite un error de reunión.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Comprueba el modo del participante antes de activar los medios, y oculta los controles de cámara, micrófono y compartir pantalla en los modos que no pueden enviar.',
      },
      {
        by: 'app',
        text: 'Para que el participante pueda enviar medios, cambia primero al modo SEND_AND_RECV con changeMode().',
      },
    ],
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
        text: 'Lee el estado actual antes de cambiarlo, y omite las solicitudes que no cambian nada.',
      },
      {
        by: 'app',
        text: 'Trata este rechazo como una operación sin efecto, no como un fallo que deba mostrarse al usuario.',
      },
    ],
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
        text: 'Permite que el usuario se una sin video, y que elija otra cámara de la lista de dispositivos.',
      },
    ],
  },
  'camera-permission-or-autoplay-issue': {
    title: 'Problema de permiso de la cámara o de reproducción automática',
    userTitle: 'La cámara está bloqueada',
    description:
      'Parece que hay un problema con el permiso de la cámara o con la reproducción automática del video. Para obtener más información, consulta http://tinyurl.com/autoplay-issue.',
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
        text: 'Consulta http://tinyurl.com/autoplay-issue para ver las notas del SDK sobre este problema.',
      },
    ],
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
      { by: 'user', text: 'Espera un momento y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Comprueba que la cámara del participante esté activada y que su video se esté reproduciendo antes de capturar una imagen.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa el motivo en el mensaje de error y en los registros de la aplicación.',
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
        text: 'Comprueba que el readyState de la pista personalizada sea live antes de pasarla, y crea una pista nueva si finalizó.',
      },
      {
        by: 'app',
        text: 'No detengas una pista personalizada mientras la reunión todavía la usa.',
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
        text: 'Comprueba que el readyState de la pista personalizada sea live antes de pasarla, y crea una pista nueva si finalizó.',
      },
      {
        by: 'app',
        text: 'No detengas una pista personalizada mientras la reunión todavía la usa.',
      },
    ],
  },
  'end-meeting-failed': {
    title: 'Error al finalizar la reunión',
    userTitle: 'No se pudo finalizar la reunión',
    description: 'No se pudo finalizar la reunión. Vuelve a intentarlo.',
    userMessage: 'No pudimos finalizar la reunión para todos. Vuelve a intentarlo.',
    causes: [
      'El servidor rechazó la solicitud para finalizar la reunión, o la solicitud falló.',
      'El mensaje de error incluye el motivo del servidor cuando lo envió, por ejemplo, que este participante no tiene permiso para finalizar la reunión.',
    ],
    fixes: [
      { by: 'user', text: 'Espera un momento y vuelve a intentarlo.' },
      { by: 'app', text: 'Revisa el motivo que da el servidor en el mensaje de error.' },
      {
        by: 'app',
        text: 'Si el participante no tiene permiso para finalizar la reunión, muestra este control solo a los participantes que sí lo tienen.',
      },
    ],
  },
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
      { by: 'user', text: 'Revisa tu conexión a internet y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Revisa el estado HTTP y el motivo que da el servidor en el mensaje de error.',
      },
      {
        by: 'app',
        text: 'Comprueba que la URL sea una que devolvió uploadBase64File(), y que el token sea válido y no haya expirado.',
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
      { by: 'user', text: 'Revisa tu conexión a internet y vuelve a intentarlo.' },
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
        text: 'Actualiza tu navegador, o prueba con otro navegador u otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Comprueba que navigator.mediaDevices esté disponible antes de activar el micrófono, y sirve la página a través de https://.',
      },
      { by: 'app', text: 'Permite que el usuario se una sin audio.' },
    ],
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
        text: 'Solicita el micrófono después de una acción del usuario, y explica primero por qué la reunión lo necesita.',
      },
    ],
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
        text: 'Actualiza tu navegador, o prueba con otro navegador u otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Comprueba que la cámara admita la resolución solicitada, y recurre a una más baja si no es así.',
      },
    ],
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
        text: 'Solicita la cámara después de una acción del usuario, y explica primero por qué la reunión la necesita.',
      },
    ],
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
        text: 'Lee la opción que nombra el mensaje de error, y pasa un códec y un encoderConfig admitidos.',
      },
      {
        by: 'app',
        text: 'Toma los ID de cámara y de micrófono de la lista actual de dispositivos, porque pueden cambiar cuando se conectan o se quitan dispositivos.',
      },
      { by: 'user', text: 'Elige otra cámara u otro micrófono y vuelve a intentarlo.' },
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
  'invalid-mode': {
    title: 'Modo de reunión no válido',
    userTitle: 'No se pudo cambiar el ajuste',
    description: 'Se solicitó un modo de reunión no válido.',
    userMessage:
      'Esta aplicación no está configurada correctamente para esta acción. Vuelve a intentarlo más tarde o ponte en contacto con {supportContact}.',
    causes: [
      'La aplicación pasó a initMeeting() o changeMode() un modo que no es uno de los modos del SDK, como SEND_AND_RECV, RECV_ONLY o SIGNALLING_ONLY.',
      'El mensaje de error nombra el valor no válido.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Revisa el valor que nombra el mensaje de error, por ejemplo, por si tiene un error tipográfico.',
      },
      {
        by: 'app',
        text: 'Usa las constantes de VideoSDK.Constants.modes en lugar de cadenas escritas a mano.',
      },
    ],
  },
  'invalid-parameter': {
    title: 'Parámetro faltante o no válido',
    userTitle: 'Algo salió mal',
    description:
      'El parámetro proporcionado falta o no es válido. Revisa el parámetro y vuelve a intentarlo.',
    userMessage:
      'Algo no funcionó como se esperaba. Vuelve a intentarlo o, si el problema continúa, ponte en contacto con {supportContact}.',
    causes: [
      'La aplicación pasó un valor faltante o incorrecto a un método del SDK, por ejemplo, una clave vacía, un mensaje que no es una cadena o un nombre de evento desconocido.',
      'El SDK rechaza la llamada al método y no emite un error de reunión. El mensaje de error nombra el parámetro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lee el parámetro que nombra el mensaje de error, y corrige el valor que pasa la aplicación.',
      },
      { by: 'app', text: 'Valida lo que escribe el usuario antes de pasarlo al SDK.' },
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
      { by: 'user', text: 'Espera un momento y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Espera el evento meeting-joined de la reunión, o a que termine un cambio de modo, antes de activar los medios.',
      },
      { by: 'app', text: 'Reintenta después de una breve espera.' },
    ],
  },
  'media-not-ready': {
    title: 'Conexión de medios no lista',
    userTitle: 'La conexión aún no está lista',
    description:
      'La conexión de medios de la reunión todavía no está lista. Vuelve a intentarlo en un momento.',
    userMessage:
      'La conexión con la reunión todavía no está lista. Vuelve a intentarlo en un momento.',
    causes: [
      'La aplicación intentó enviar medios o datos antes de que se estableciera la conexión de medios con la reunión.',
      'El SDK rechaza la llamada al método y no emite un error de reunión.',
    ],
    fixes: [
      { by: 'user', text: 'Espera un momento y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Espera a haberte unido a la reunión y a que su conexión de medios esté activa, o reintenta después de una breve espera.',
      },
    ],
  },
  'meeting-media-connection-failed': {
    title: 'Error en la conexión de medios',
    userTitle: 'Problema de conexión',
    description:
      'No se pudo establecer la conexión con la reunión o de medios. Revisa tu conexión de red, el firewall o la configuración de seguridad, y vuelve a intentarlo o conéctate desde otra red.',
    userMessage:
      'No pudimos conectar tu audio y tu video a la reunión. Revisa tu conexión a internet o prueba con otra red.',
    causes: [
      'Falló la conexión de medios con el servidor de medios de la reunión, por lo que el audio y el video no pueden transmitirse.',
      'Como dice el mensaje, la red, un firewall o la configuración de seguridad pueden bloquear esta conexión.',
    ],
    fixes: [
      { by: 'user', text: 'Revisa tu conexión a internet y vuelve a intentarlo.' },
      {
        by: 'user',
        text: 'Si usas una VPN o una red del trabajo, prueba con otra red, como un punto de acceso móvil.',
      },
      {
        by: 'app',
        text: 'El SDK intenta restablecer la conexión después de este error. Muestra que la reunión se está reconectando, y ofrece volver a unirse si el audio y el video no regresan.',
      },
    ],
  },
  'meeting-reconnecting': {
    title: 'La reunión se está reconectando',
    userTitle: 'La reunión se está reconectando',
    description: 'La reunión se está reconectando. Vuelve a intentarlo cuando se haya reconectado.',
    userMessage:
      'La reunión se está reconectando. Vuelve a intentarlo cuando se restablezca la conexión.',
    causes: [
      'Se cortó la conexión con el servidor de la reunión y la reunión se está reconectando, por lo que el método no puede ejecutarse ahora.',
      'Es un código de estado del llamador: el SDK rechaza la llamada al método, pero no lo emite como error de reunión. La aplicación se entera de la reconexión por el estado de la reunión.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Sigue el estado de la reunión, y desactiva los controles de la reunión mientras se reconecta.',
      },
      { by: 'app', text: 'Reintenta cuando la reunión vuelva a estar conectada.' },
    ],
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
      { by: 'user', text: 'Vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Sigue mostrando el micrófono como activado, y permite que el usuario reintente.',
      },
      {
        by: 'app',
        text: 'Si sigue fallando, revisa la conexión con la reunión en los registros de la aplicación.',
      },
    ],
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
        text: 'Permite que el usuario se una sin audio, y que elija otro micrófono de la lista de dispositivos.',
      },
    ],
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
      { by: 'user', text: 'Vuelve a cargar la página y únete de nuevo.' },
      {
        by: 'app',
        text: 'Revisa el motivo en el mensaje de error y el estado de la conexión de medios en los registros de la aplicación.',
      },
    ],
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
        text: 'Muestra el micrófono como desactivado, y permite que el usuario lo vuelva a activar o elija otro micrófono.',
      },
    ],
  },
  'multistream-not-supported': {
    title: 'Multistream no admitido para el códec',
    userTitle: 'Calidad de video limitada',
    description: 'Multistream no se admite para este códec.',
    userMessage:
      'Tu video sigue funcionando, pero solo con un nivel de calidad. No necesitas hacer nada.',
    causes: [
      'La aplicación pidió multistream con un códec con el que el SDK no puede usarlo: VP9 o AV1, o H264 en React Native.',
      'El SDK desactiva multistream y envía un solo flujo de video.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Usa VP8 cuando necesites multistream, o desactiva multistream cuando uses VP9 o AV1.',
      },
    ],
  },
  'no-microphone-device-found': {
    title: 'No se encontró ningún dispositivo de micrófono',
    userTitle: 'No se encontró ningún micrófono',
    description:
      'No se encontró ningún micrófono: no pudimos encontrar tu micrófono. ¿Está enchufado y encendido? Si es así, prueba a reiniciar tu computadora o a revisar la configuración de tu dispositivo. Asegúrate también de estar en un sitio web seguro (https://).',
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
        text: 'Sirve la página a través de https://, y permite que el usuario se una sin audio.',
      },
    ],
  },
  'no-supported-video-codec': {
    title: 'Ningún códec de video compatible',
    userTitle: 'Video no compatible',
    description: 'No hay ningún códec de video compatible disponible en este dispositivo.',
    userMessage:
      'Tu navegador no puede enviar video en esta reunión. Actualiza tu navegador, o prueba con otro navegador u otro dispositivo.',
    causes: [
      'El navegador no admite ni el códec de video solicitado ni VP8, el códec de respaldo, para enviar video.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Actualiza tu navegador, o prueba con otro navegador u otro dispositivo.',
      },
      {
        by: 'app',
        text: 'Permite que el usuario se una sin video, y registra la versión del navegador para saber qué navegadores se ven afectados.',
      },
    ],
  },
  'no-webcam-device-found': {
    title: 'No se encontró ningún dispositivo de cámara',
    userTitle: 'No se encontró ninguna cámara',
    description:
      'No se encontró ninguna cámara web: no pudimos encontrar tu cámara. ¿Está enchufada y encendida? Si es así, prueba a reiniciar tu computadora o a revisar la configuración de tu dispositivo. Para obtener ayuda, consulta la herramienta de diagnóstico en https://test.8x8.vc/. Asegúrate también de estar en un sitio web seguro (https://).',
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
        text: 'Sirve la página a través de https://, y permite que el usuario se una sin video.',
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
      { by: 'app', text: 'Revisa el motivo de la salida en el mensaje de error.' },
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
  'operation-timed-out': {
    title: 'Tiempo de espera de la solicitud agotado',
    userTitle: 'Sin respuesta a tiempo',
    description:
      'Se agotó el tiempo de espera de la operación. Revisa tu conexión y vuelve a intentarlo.',
    userMessage:
      'La reunión no respondió a tiempo. Revisa tu conexión a internet y vuelve a intentarlo.',
    causes: [
      'Una solicitud al servidor de la reunión no recibió respuesta a tiempo, o la conexión se cortó antes de que llegara la respuesta.',
    ],
    fixes: [
      { by: 'user', text: 'Revisa tu conexión a internet y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Reintenta cuando la reunión esté conectada, y busca problemas de conexión en los registros de la aplicación.',
      },
    ],
  },
  'payload-too-large': {
    title: 'Carga útil demasiado grande',
    userTitle: 'Demasiado grande para enviarlo',
    description: 'La carga útil supera el tamaño máximo permitido.',
    userMessage: 'Esto es demasiado grande para enviarlo. Acórtalo y vuelve a intentarlo.',
    causes: [
      'Los datos que se pasaron a meeting.send() para enviarlos a la reunión superan los 15 KiB, o un valor del almacén en tiempo real supera 1 KB. El mensaje de error indica el tamaño.',
      'El SDK rechaza la llamada al método y no emite un error de reunión.',
    ],
    fixes: [
      { by: 'user', text: 'Acorta el mensaje y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Comprueba el tamaño antes de enviar, y divide los datos grandes en mensajes más pequeños.',
      },
      {
        by: 'app',
        text: 'Para los archivos, súbelos con uploadBase64File() y envía solo la URL devuelta.',
      },
    ],
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
        text: 'Explica por qué la aplicación necesita la cámara antes de solicitarla, y abre la página de configuración de la aplicación cuando el acceso esté desactivado.',
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
      { by: 'user', text: 'Prueba a unirte desde otro dispositivo.' },
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
        text: 'Revisa el error subyacente en los registros de la aplicación, y permite que el usuario se una sin video.',
      },
    ],
  },
  'rn-camera-track-ended': {
    title: 'Pista de la cámara finalizada (React Native)',
    userTitle: 'La cámara se detuvo',
    description:
      'La pista de la cámara finalizó. Asegúrate de que tu cámara esté encendida, o prueba a reiniciarla.',
    userMessage:
      'Tu cámara se detuvo. Vuelve a activarla, o cierra esta aplicación y ábrela de nuevo.',
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
        text: 'Muestra la cámara como desactivada, y permite que el usuario la vuelva a activar.',
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
        text: 'Explica por qué la aplicación necesita el micrófono antes de solicitarlo, y abre la página de configuración de la aplicación cuando el acceso esté desactivado.',
      },
      {
        by: 'app',
        text: 'Comprueba que la aplicación declare el uso del micrófono: NSMicrophoneUsageDescription en iOS y el permiso RECORD_AUDIO (grabar audio) en Android.',
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
      { by: 'user', text: 'Prueba a unirte desde otro dispositivo.' },
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
        text: 'Revisa el error subyacente en los registros de la aplicación, y permite que el usuario se una sin audio.',
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
        text: 'Muestra el micrófono como desactivado, y permite que el usuario lo vuelva a activar.',
      },
    ],
  },
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
        text: 'Sigue mostrando la función de compartir pantalla como activa hasta que se haya detenido, y permite que el usuario reintente.',
      },
    ],
  },
  'screenshare-produce-failed': {
    title: 'Error al empezar a compartir pantalla',
    userTitle: 'No se empezó a compartir pantalla',
    description: 'No se pudo empezar a compartir pantalla.',
    userMessage: 'No pudimos empezar a compartir pantalla. Vuelve a intentarlo.',
    causes: [
      'El SDK no pudo publicar la pantalla compartida en la reunión, o la pantalla compartida se detuvo antes de que terminara de iniciarse la función de compartir pantalla.',
      'El mensaje de error incluye el motivo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a compartir tu pantalla, y no lo detengas hasta que se haya iniciado.',
      },
      {
        by: 'app',
        text: 'Revisa el motivo en el mensaje de error y el estado de la conexión de medios en los registros de la aplicación.',
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
      { by: 'user', text: 'Revisa tu conexión a internet y vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Revisa el motivo en el mensaje de error, y usa el modo RELIABLE para los mensajes que deben llegar.',
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
  'video-produce-codec-not-supported': {
    title: 'Códec de video no admitido',
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
        text: 'Permite que el usuario se una sin video, y ofrece un botón para reintentar.',
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
      { by: 'user', text: 'Vuelve a intentarlo.' },
      {
        by: 'app',
        text: 'Sigue mostrando la cámara como activada, y permite que el usuario reintente.',
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
      { by: 'user', text: 'Activa tu cámara y vuelve a intentarlo.' },
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
      { by: 'user', text: 'Vuelve a cargar la página y únete de nuevo.' },
      {
        by: 'app',
        text: 'Revisa el motivo en el mensaje de error y el estado de la conexión de medios en los registros de la aplicación.',
      },
    ],
  },
  'webcam-track-ended': {
    title: 'Pista de la cámara web finalizada',
    userTitle: 'Cámara desconectada',
    description:
      'La pista de la cámara web finalizó o la cámara web está desconectada. Asegúrate de que tu cámara web esté bien conectada, y prueba a reiniciarla.',
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
        text: 'Muestra la cámara como desactivada, y permite que el usuario la vuelva a activar o elija otra cámara.',
      },
    ],
  },
};
