import type { GuideStrings } from './types.js';

export const guide: GuideStrings = {
  reachHeading: 'Cómo llega a tu app',
  deliveryEmitted:
    'js-sdk {version} lo notifica en el evento de error de la reunión (`{event}`; en React, `{hook}`). Ninguna llamada lo lanza.',
  deliveryThrown:
    'js-sdk {version} nunca lo emite en el evento de error: la llamada que lo encuentra lo lanza o rechaza su promesa con él. Captúralo alrededor de la llamada, como hace el código de abajo.',
  deliveryBoth:
    'js-sdk {version} hace las dos cosas: lo notifica en el evento de error (`{event}`) y la llamada que lo encontró lo lanza o rechaza su promesa con él. Trátalo en el evento y captura la llamada para que su rechazo no quede sin manejar.',
  deliveryServer:
    'Lo envía el servidor de la reunión. js-sdk {version} no lo nombra en su código: pasa lo que envía el servidor al evento de error (`{event}`).',
  deliveryTableOnly:
    'js-sdk {version} solo lo nombra en sus tablas: ninguna llamada de esa versión lo produce.',
  thrownBy: 'Llamadas que lo lanzan: {calls}.',
  deliveryOther:
    'Qué objetos emiten errores en {platform}, qué llamadas los lanzan y qué pasa cuando no llega ningún evento de error:',
  howErrorsLink: 'Cómo llegan los errores a tu app ({platform})',
  retryableMeans:
    'Reintentable significa que la misma llamada puede salir bien si la app la repite sin cambios tras una breve espera; no hay que corregir nada antes.',
  howToRetry: 'Reintentar',
  retryPolicy:
    'Política de reintento: espera {waits} antes de cada repetición, como máximo {attempts} repeticiones; después, muestra el error.',
  notRetryable:
    'No reintentable: repetir la llamada sin cambios vuelve a fallar hasta que algo cambie (un permiso, un dispositivo, un ajuste, el código de la app o una cuenta).',
  explainedByHeading: 'Suele explicarse por',
  explainedByLead:
    'Este código es impreciso. Uno de estos códigos, notificado por las mismas fechas, suele decir qué falló:',
  apiKeyPointer: 'Este error aparece al pasar la clave de API donde el SDK espera un token.',

  pagesLabel: 'Guías',

  howErrorsTitle: 'Cómo llegan los errores a tu app: {platform}',
  howErrorsLead:
    'Un error llega a tu app de una de tres formas: un evento de error, una llamada que lanza una excepción o rechaza su promesa, o solo un cambio de estado sin ningún error. Esta página dice cuál, para esta línea del SDK.',
  englishNote:
    'Los datos de abajo nombran los métodos y eventos del propio SDK, por eso están en inglés.',
  retryHeading: 'Reintentable, y cómo reintentar',
  retryBody: [
    '`retryable: true` significa que la misma llamada puede salir bien si la app la repite sin cambios tras una breve espera: no hay que corregir nada antes, y la app puede repetirla por sí sola según la política `retry` de la entrada.',
    '`retryable: false` significa que repetir la llamada sin cambios vuelve a fallar hasta que alguien cambie algo: un permiso, un dispositivo, un ajuste, el código de la app, una cuenta o un límite. Un texto para el usuario puede decir «luego vuelve a intentarlo» tras ese cambio: es un paso del usuario, no un reintento automático.',
    'La política es un dato de cada entrada reintentable: `retry: { afterMs, backoff, maxAttempts }`, la primera espera en milisegundos, `exponential` (cada espera dobla la anterior) o `none`, y el máximo de repeticiones. Tras la última, muestra el error.',
  ],
  policyDefault:
    'La política por defecto, `{name}`: esperas de {waits} ({attempts} repeticiones), para todo código reintentable cuyo texto del SDK no indica una espera.',
  policyFewSeconds:
    '`{name}`: esperas de {waits} ({attempts} repeticiones), donde el SDK dice «try again after few seconds» (4018–4020).',

  apiKey: {
    title: 'Clave de API frente a token',
    lead: 'Los SDK reciben un token, nunca la clave de API. Pasar la clave de API donde va un token es la causa más común de 4001 y 4002.',
    keyHeading: 'La clave de API y su secreto',
    keyBody: [
      'La clave de API identifica tu cuenta de VideoSDK. Va acompañada de un secreto, y ambos se guardan solo en tu servidor.',
      'Nunca incluyas la clave de API ni el secreto en una app, una página web o una compilación móvil: cualquiera puede leerlos ahí e iniciar reuniones con tu cuenta.',
    ],
    tokenHeading: 'El token',
    tokenBody: [
      'El token es un JWT (JSON Web Token) que tu servidor firma con el secreto (HS256) y entrega a la app, que lo pasa al SDK (`VideoSDK.config(token)`, `<MeetingProvider token>` o el argumento token de los SDK nativos).',
      'Dale una vida corta y solo los permisos que el usuario necesita.',
    ],
    claimsHeading: 'Qué contiene el token (según la guía de VideoSDK)',
    claims: {
      apikey: 'tu clave de API: el servidor la comprueba con la firma.',
      permissions:
        '`allow_join` (entrar directamente), `ask_join` (pedir permiso al anfitrión) o `allow_mod` (moderar).',
      version: '`2` cuando el token indica una sala, un participante o roles.',
      roomId: 'opcional: la única sala a la que puede entrar este token.',
      participantId: 'opcional: el único id de participante que puede usar este token.',
      roles: 'opcional: `rtc` para reuniones, `crawler` para llamadas a la API desde el servidor.',
      exp: 'cuándo caduca el token, en segundos desde 1970 (se fija con `expiresIn` al firmar).',
    },
    wrongHeading: 'Qué falla',
    wrongBody:
      'Una clave de API pasada como token no es un JWT, así que el servidor la rechaza: {codes}. Un token caducado, o firmado con el secreto de otra cuenta, se rechaza igual.',
    debugHeading: 'Cómo depurar un token rechazado',
    debugSteps: [
      'Comprueba que el valor es un JWT: tres partes en base64url unidas por puntos. Una cadena corta sin puntos es una clave de API.',
      'Decodifica la parte central (en tu equipo, no en un sitio web: es una credencial) y lee sus claims.',
      'Comprueba `exp`: debe estar en el futuro. Compárala con la hora actual en segundos (`date +%s`).',
      'Comprueba `apikey`: debe ser la clave de API de la cuenta cuyo secreto firmó el token.',
      'Comprueba `permissions`, y `roomId` o `participantId` si el token los fija: deben permitir lo que pide la app.',
    ],
    keywords: 'jwt json web token clave de api apikey secreto firmar token caducado exp claims',
  },
};
