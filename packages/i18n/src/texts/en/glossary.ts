import type { Glossary } from '../../glossary.js';

export const glossary: Glossary = {
  meeting: ['meeting'],
  participant: ['participant'],
  host: ['host'],
  'screen-share': ['screen sharing', 'share your screen', 'share the screen', 'shares the screen'],
  recording: ['recording', 'record'],
  livestream: ['livestream'],
  hls: ['hls', 'broadcast'],
  transcription: ['transcription', 'transcrib'],
  translation: ['translation'],
  whiteboard: ['whiteboard'],
  'api-key': ['api key'],
  token: ['token'],
  'try-again': ['try again'],
  browser: ['browser'],
};
