import type { Glossary } from '../../glossary.js';

export const glossary: Glossary = {
  meeting: ['Meeting', 'Meetings'],
  participant: ['Teilnehmer', 'Teilnehmern', 'Teilnehmers'],
  host: ['Organisator', 'Organisatorin', 'Organisators'],
  'screen-share': ['Bildschirmfreigabe', 'Bildschirm frei'],
  recording: ['Aufzeichnung', 'aufzeichn', 'aufgezeichnet', 'aufzuzeichnen'],
  livestream: ['Livestream', 'Livestreams'],
  hls: ['Übertragung', 'Übertragungen'],
  transcription: ['Transkription', 'transkribier'],
  translation: ['Übersetzung', 'übersetz'],
  whiteboard: ['Whiteboard'],
  'api-key': ['API-Schlüssel', 'API-Schlüssels'],
  token: ['Token', 'Tokens'],
  // Never bare "erneut" (again): "treten Sie erneut bei" rejoins, it does not try again.
  'try-again': ['versuchen Sie es', 'erneut versuchen', 'erneut zu versuchen'],
  browser: ['Browser', 'Browsers'],
  subscription: ['Subscription'],
  'realtime-store': ['Realtime Store', 'Realtime-Store'],
  'media-relay': ['Medienweiterleitung', 'Weiterleitung'],
  retry: ['wiederhol'],
  // protokollieren / Logs: the log. Never aufzeichnen, the recording verb.
  log: ['protokoll', '/(?<!\\p{L})logs?(?![\\p{L}])/', 'Tracer'],
};
