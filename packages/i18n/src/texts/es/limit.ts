import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'limit'> = {
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
    audiences: {
      participant: {
        userMessage:
          'La difusión para los espectadores se detuvo porque alcanzó su límite de 2 horas. La reunión continúa y el anfitrión puede iniciar una nueva difusión.',
      },
      viewer: {
        userMessage:
          'La difusión se detuvo porque alcanzó su límite de 2 horas. El anfitrión puede iniciar una nueva. No necesitas hacer nada.',
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
    audiences: {
      participant: {
        userMessage:
          'La transmisión en vivo se detuvo porque alcanzó su límite de 2 horas. La reunión continúa y el anfitrión puede iniciar una nueva transmisión en vivo.',
      },
    },
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
      {
        by: 'user',
        text: 'Vuelve a intentarlo más tarde o pide ayuda al anfitrión.',
      },
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
  'max-recv-only-limit-reached-on-organization': {
    title: 'Límite de RECV_ONLY de la organización alcanzado',
    userTitle: 'Límite de espectadores alcanzado',
    description:
      'La organización alcanzó el número máximo de participantes que se unen en modo RECV_ONLY. Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'No puedes unirte en este momento porque se alcanzó el límite de espectadores. Vuelve a intentarlo más tarde.',
    causes: [
      'Un participante intentó unirse en modo RECV_ONLY mientras la organización estaba en su límite de participantes RECV_ONLY, por lo que el participante no pudo entrar.',
    ],
    fixes: [
      {
        by: 'support',
        text: 'Para aumentar el límite de RECV_ONLY de la organización, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
      },
      {
        by: 'app',
        text: 'Avisa al usuario que se alcanzó el límite y no reintentes automáticamente.',
      },
      { by: 'user', text: 'Vuelve a intentarlo más tarde.' },
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
      {
        by: 'user',
        text: 'Vuelve a intentarlo más tarde o pide ayuda al anfitrión.',
      },
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
      'La organización alcanzó su número máximo de espectadores, es decir, de participantes que se unen en modo VIEWER o SIGNALLING_ONLY (el mensaje del servidor lo escribe SIGNALING_ONLY; VIEWER es el nombre que tenía el modo antes de la versión 0.1.4). Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
    userMessage:
      'No puedes unirte en este momento porque se alcanzó el límite de espectadores. Vuelve a intentarlo más tarde.',
    causes: [
      'En toda la organización, el número de participantes que se unieron en modo VIEWER o SIGNALLING_ONLY alcanzó el límite de la cuenta.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Revisa el límite y el uso de espectadores de la organización en el panel de VideoSDK.',
      },
      {
        by: 'app',
        text: 'Avisa al usuario que la reunión no admite más espectadores por ahora y ofrécele volver a intentarlo más tarde.',
      },
      {
        by: 'support',
        text: 'Para aumentar el límite, ponte en contacto con el soporte de VideoSDK en support@videosdk.live.',
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
      {
        by: 'app',
        text: 'Escucha esta advertencia y ofrece iniciar una nueva grabación.',
      },
      {
        by: 'app',
        text: 'Planifica las reuniones largas como varias grabaciones de hasta 2 horas cada una.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La grabación se detuvo porque alcanzó su límite de 2 horas. La reunión continúa y el anfitrión puede iniciar una nueva grabación.',
      },
    },
  },
};
