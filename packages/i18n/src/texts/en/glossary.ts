import type { Glossary } from '../../glossary.js';

export const glossary: Glossary = {
  meeting: ['meeting'],
  participant: ['participant'],
  host: ['host'],
  'screen-share': [
    'screen sharing',
    'screen share',
    'screen-share',
    'sharing your screen',
    'sharing the screen',
    'share your screen',
    'share the screen',
    'shares the screen',
  ],
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
  subscription: ['subscription'],
  'realtime-store': ['realtime store'],
  'media-relay': ['media relay'],
  retry: ['retry', 'retries', 'retried', 'retrying'],
  // "log" and the SDK's tracer: never "record", which is the recording feature's word.
  log: ['log', 'logs', 'logged', 'logging', 'tracer', 'trace'],
};
