import type { Glossary } from '../../glossary.js';

export const glossary: Glossary = {
  meeting: ['reunión', 'reuniones'],
  participant: ['participante', 'participantes'],
  host: ['anfitrión', 'anfitriona', 'anfitriones'],
  'screen-share': [
    'compartir pantalla',
    'compartir la pantalla',
    'compartir tu pantalla',
    'comparte la pantalla',
    'compartiendo la pantalla',
    'compartiendo tu pantalla',
  ],
  recording: ['grabación', 'grabaciones', 'grabar', 'grabando', 'grabado', 'grabada'],
  livestream: [
    'transmisión en vivo',
    'transmisiones en vivo',
    'transmitir en vivo',
    'transmites en vivo',
  ],
  hls: ['difusión', 'difusiones', 'difundir'],
  transcription: ['transcripción', 'transcripciones', 'transcribir'],
  translation: ['traducción', 'traducciones'],
  whiteboard: ['pizarra', 'pizarras'],
  'api-key': ['clave de API', 'claves de API'],
  token: ['token', 'tokens'],
  'try-again': [
    'vuelve a intentarlo',
    'volver a intentarlo',
    'vuelva a intentarlo',
    'vuelve a intentar',
    'volver a intentar',
  ],
  browser: ['navegador', 'navegadores'],
  subscription: ['suscripción'],
  'realtime-store': ['Realtime Store'],
  'media-relay': ['reenvío de medios'],
  retry: ['reintent', 'volver a intentar'],
  // registrar / registros: the log. Never grabar, the recording verb.
  log: ['registr'],
};
