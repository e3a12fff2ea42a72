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
  'try-again': ['Versuchen Sie es erneut', 'erneut versuchen', 'erneut'],
  browser: ['Browser', 'Browsers'],
};
