import type { CommonTexts } from '../../types.js';

export const common: CommonTexts = {
  locale: 'es',
  unknown: {
    title: 'Error desconocido',
    userTitle: 'Algo salió mal',
    description:
      'El SDK informó el código de error {code}, que este catálogo aún no conoce. Es posible que una versión más reciente del SDK lo haya incorporado.',
    userMessage:
      'Algo salió mal (error {code}). Vuelve a intentarlo. Si el problema continúa, ponte en contacto con {supportContact}.',
    causes: [
      'El SDK informó un código que este catálogo no incluye, por lo que el catálogo no puede decir qué significa.',
      'Es posible que la aplicación use una versión del SDK más reciente que la que cubre este catálogo. Revisa la versión del SDK y la del catálogo.',
      'El mensaje que acompaña al error puede dar más información. Revísalo en los registros de la aplicación.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vuelve a intentarlo. Si el problema continúa, ponte en contacto con {supportContact}.',
      },
      {
        by: 'app',
        text: 'Lee en los registros de la aplicación el mensaje que acompaña al error y anota la versión del SDK que usa la aplicación.',
      },
      {
        by: 'app',
        text: 'Actualiza este catálogo a su versión más reciente, que puede incluir el código.',
      },
      {
        by: 'support',
        text: 'Si el código sigue sin conocerse, ponte en contacto con el soporte de VideoSDK e indica el código, el mensaje y la versión del SDK.',
      },
    ],
  },
  labels: {
    categories: {
      auth: 'Autenticación',
      account: 'Cuenta',
      session: 'Reunión y acceso',
      limit: 'Límites',
      connection: 'Conexión',
      'media-device': 'Cámara y micrófono',
      screenshare: 'Compartir pantalla',
      stream: 'Flujos de audio y video',
      'participant-control': 'Control de participantes',
      recording: 'Grabación',
      livestream: 'Transmisión en vivo (RTMP)',
      hls: 'Difusión HLS',
      transcription: 'Transcripción',
      translation: 'Traducción en tiempo real',
      whiteboard: 'Pizarra',
      pubsub: 'Mensajería (PubSub)',
      'realtime-store': 'Almacén en tiempo real',
      'media-relay': 'Reenvío de medios',
      data: 'Datos y archivos',
      usage: 'Uso de la API',
    },
    severities: {
      fatal: 'Fatal',
      error: 'Error',
      warning: 'Aviso',
    },
    sources: {
      client: 'Cliente',
      server: 'Servidor',
    },
    features: {
      recording: 'Grabación',
      livestream: 'Transmisión en vivo (RTMP)',
      hls: 'Difusión HLS',
      transcription: 'Transcripción',
      'participant-recording': 'Grabación del participante',
      'track-recording': 'Grabación de pistas',
      'composite-recording': 'Grabación compuesta',
      translation: 'Traducción en tiempo real',
      whiteboard: 'Pizarra',
      pubsub: 'Mensajería (PubSub)',
      'realtime-store': 'Almacén en tiempo real',
      'media-relay': 'Reenvío de medios',
    },
    platforms: {
      web: 'Web (JavaScript, React)',
      'react-native': 'React Native',
      ios: 'iOS (Swift)',
      'flutter-1': 'Flutter 1.2.x',
      'flutter-3': 'Flutter 3.x',
    },
    actors: {
      app: 'Desarrollador de la aplicación',
      user: 'Usuario final',
      dashboard: 'Titular de la cuenta (panel)',
      support: 'Soporte de VideoSDK',
    },
    supportTeam: 'el equipo de soporte de esta aplicación',
  },
};
