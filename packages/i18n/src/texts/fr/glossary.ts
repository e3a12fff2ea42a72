import type { Glossary } from '../../glossary.js';

export const glossary: Glossary = {
  meeting: ['réunion', 'réunions'],
  participant: ['participant', 'participante', 'participants'],
  host: ['organisateur', 'organisatrice', 'organisateurs'],
  'screen-share': [
    'partage d’écran',
    'partager votre écran',
    'partager l’écran',
    'partage l’écran',
    'partage son écran',
    'partageant l’écran',
    'partage de votre écran',
  ],
  // Never the bare stem enregistr: enregistré is also "saved".
  recording: ['enregistrement', 'enregistrer'],
  livestream: ['diffusion en direct', 'diffusions en direct', 'diffuser en direct'],
  hls: ['retransmission', 'retransmissions', 'retransmettre', 'HLS'],
  transcription: ['transcription', 'transcrire', 'transcrit'],
  translation: ['traduction', 'traductions'],
  whiteboard: ['tableau blanc', 'tableaux blancs'],
  'api-key': ['clé API', 'clés API'],
  token: ['jeton', 'jetons'],
  'try-again': ['réessayez', 'réessayer'],
  browser: ['navigateur', 'navigateurs'],
  subscription: ['abonnement'],
  'realtime-store': ['Realtime Store'],
  'media-relay': ['relais média'],
  retry: ['réessay', 'nombre de tentatives'],
  // journaliser / journaux: the log. Never enregistrer, the recording verb.
  log: ['journal', 'journaux', 'traceur'],
};
