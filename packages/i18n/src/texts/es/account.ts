import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'account'> = {
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
  'apikey-deactivated': {
    title: 'Clave de API desactivada',
    userTitle: 'No puedes unirte ahora',
    description: 'La clave de API incluida en el token está desactivada. Verifícala en el panel.',
    userMessage:
      'Las reuniones no están disponibles en esta aplicación en este momento, por lo que no puedes unirte. Ponte en contacto con {supportContact}.',
    causes: [
      'El token lleva una clave de API desactivada, por lo que el servidor no deja entrar al participante en la reunión.',
      'Revisa el estado de la clave en el panel de VideoSDK para ver si se desactivó allí.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Revisa la clave de API en el panel de VideoSDK y vuelve a activarla o crea una nueva.',
      },
      {
        by: 'app',
        text: 'Haz que el servidor de tokens genere los tokens con una clave de API activa y su secreto.',
      },
      {
        by: 'user',
        text: 'Ponte en contacto con {supportContact}.',
      },
    ],
  },
};
