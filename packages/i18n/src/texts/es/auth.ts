import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'auth'> = {
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
    userTitle: 'Acceso expirado',
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
        text: 'Comprueba que el servidor de tokens firme con el secreto de la clave de API indicada en el token y revisa la hora de expiración del token.',
      },
      {
        by: 'user',
        text: 'Vuelve a unirte a la reunión.',
      },
    ],
    variants: {
      browser: {
        userMessage:
          'Tu acceso a esta reunión expiró o no es válido. Vuelve a cargar la página y únete de nuevo a la reunión.',
        fixes: [
          {
            by: 'app',
            text: 'Obtén un token nuevo del servidor de tokens justo antes de cada ingreso a la reunión, en lugar de guardar uno antiguo.',
          },
          {
            by: 'app',
            text: 'Comprueba que el servidor de tokens firme con el secreto de la clave de API indicada en el token y revisa la hora de expiración del token.',
          },
          {
            by: 'user',
            text: 'Vuelve a cargar la página y únete de nuevo a la reunión.',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: 'Vuelve a unirte a la reunión.',
      },
    ],
    variants: {
      browser: {
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
          {
            by: 'user',
            text: 'Vuelve a cargar la página y únete de nuevo a la reunión.',
          },
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
};
