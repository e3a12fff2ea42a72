import type { CommonTexts } from '../../types.js';

export const common: CommonTexts = {
  locale: 'fr',
  unknown: {
    title: 'Erreur inconnue',
    userTitle: 'Un problème est survenu',
    description:
      'Le SDK a signalé le code d’erreur {code}, que ce catalogue ne connaît pas encore. Une version plus récente du SDK l’a peut-être ajouté.',
    userMessage:
      'Un problème est survenu (erreur {code}). Réessayez. Si le problème persiste, contactez {supportContact}.',
    causes: [
      'Le SDK a signalé un code que ce catalogue ne répertorie pas, le catalogue ne peut donc pas dire ce qu’il signifie.',
      'L’application utilise peut-être une version du SDK plus récente que celle couverte par ce catalogue. Vérifiez la version du SDK et celle du catalogue.',
      'Le message qui accompagne l’erreur peut en dire plus. Consultez-le dans les journaux de l’application.',
    ],
    fixes: [
      { by: 'user', text: 'Réessayez. Si le problème persiste, contactez {supportContact}.' },
      {
        by: 'app',
        text: 'Lisez dans les journaux de l’application le message qui accompagne l’erreur et notez la version du SDK utilisée par l’application.',
      },
      {
        by: 'app',
        text: 'Mettez ce catalogue à jour vers sa dernière version, qui répertorie peut-être ce code.',
      },
      {
        by: 'support',
        text: 'Si le code reste inconnu, contactez l’assistance VideoSDK en indiquant le code, le message et la version du SDK.',
      },
    ],
  },
  labels: {
    categories: {
      auth: 'Authentification',
      account: 'Compte',
      session: 'Réunion et accès',
      limit: 'Limites',
      connection: 'Connexion',
      'media-device': 'Caméra et microphone',
      screenshare: 'Partage d’écran',
      stream: 'Flux audio et vidéo',
      'participant-control': 'Contrôle des participants',
      recording: 'Enregistrement',
      livestream: 'Diffusion en direct (RTMP)',
      hls: 'Retransmission HLS',
      transcription: 'Transcription',
      translation: 'Traduction en temps réel',
      whiteboard: 'Tableau blanc',
      pubsub: 'Messagerie (PubSub)',
      'realtime-store': 'Stockage en temps réel',
      'media-relay': 'Relais des médias',
      data: 'Données et fichiers',
      usage: 'Utilisation de l’API',
    },
    severities: {
      fatal: 'Fatale',
      error: 'Erreur',
      warning: 'Avertissement',
    },
    sources: {
      client: 'Client',
      server: 'Serveur',
    },
    features: {
      recording: 'Enregistrement',
      livestream: 'Diffusion en direct (RTMP)',
      hls: 'Retransmission HLS',
      transcription: 'Transcription',
      'participant-recording': 'Enregistrement d’un participant',
      'track-recording': 'Enregistrement de piste',
      'composite-recording': 'Enregistrement composite',
      translation: 'Traduction en temps réel',
      whiteboard: 'Tableau blanc',
      pubsub: 'Messagerie (PubSub)',
      'realtime-store': 'Stockage en temps réel',
      'media-relay': 'Relais des médias',
    },
    platforms: {
      web: 'Web (JavaScript, React)',
      'react-native': 'React Native',
      ios: 'iOS (Swift)',
      'flutter-1': 'Flutter 1.2.x',
      'flutter-3': 'Flutter 3.x',
    },
    actors: {
      app: 'Développeur de l’application',
      user: 'Utilisateur final',
      dashboard: 'Propriétaire du compte (tableau de bord)',
      support: 'Assistance VideoSDK',
    },
    supportTeam: 'l’équipe d’assistance de cette application',
  },
};
