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
  ],
  recording: ['enregistrement', 'enregistrer', 'enregistre', 'enregistr'],
  livestream: ['diffusion en direct', 'diffusions en direct', 'diffuser en direct'],
  hls: ['retransmission', 'retransmissions', 'retransmettre', 'HLS'],
  transcription: ['transcription', 'transcrire', 'transcrit'],
  translation: ['traduction', 'traductions'],
  whiteboard: ['tableau blanc', 'tableaux blancs'],
  'api-key': ['clé API', 'clés API'],
  token: ['jeton', 'jetons'],
  'try-again': ['réessayez', 'réessayer'],
  browser: ['navigateur', 'navigateurs'],
};
