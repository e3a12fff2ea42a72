import type { CommonTexts } from '../../types.js';

export const common: CommonTexts = {
  locale: 'de',
  unknown: {
    title: 'Unbekannter Fehler',
    userTitle: 'Etwas ist schiefgelaufen',
    description:
      'Das SDK hat den Fehlercode {code} gemeldet, den dieser Katalog noch nicht kennt. Möglicherweise wurde er in einer neueren SDK-Version hinzugefügt.',
    userMessage:
      'Etwas ist schiefgelaufen (Fehler {code}). Versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an {supportContact}.',
    causes: [
      'Das SDK hat einen Code gemeldet, den dieser Katalog nicht auflistet, daher kann der Katalog nicht sagen, was er bedeutet.',
      'Die App verwendet möglicherweise eine neuere SDK-Version, als dieser Katalog abdeckt. Prüfen Sie die SDK-Version und die Version des Katalogs.',
      'Die Meldung, die mit dem Fehler kam, sagt möglicherweise mehr. Prüfen Sie sie in den Logs der App.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an {supportContact}.',
      },
      {
        by: 'app',
        text: 'Lesen Sie in den Logs der App die Meldung, die mit dem Fehler kam, und notieren Sie die SDK-Version, die die App verwendet.',
      },
      {
        by: 'app',
        text: 'Aktualisieren Sie diesen Katalog auf seine neueste Version, die den Code möglicherweise auflistet.',
      },
      {
        by: 'support',
        text: 'Wenn der Code weiterhin unbekannt ist, wenden Sie sich mit dem Code, der Meldung und der SDK-Version an den VideoSDK-Support.',
      },
    ],
  },
  labels: {
    categories: {
      auth: 'Authentifizierung',
      account: 'Konto',
      session: 'Meeting und Beitritt',
      limit: 'Limits',
      connection: 'Verbindung',
      'media-device': 'Kamera und Mikrofon',
      screenshare: 'Bildschirmfreigabe',
      stream: 'Audio- und Videostreams',
      'participant-control': 'Teilnehmersteuerung',
      recording: 'Aufzeichnung',
      livestream: 'Livestream (RTMP)',
      hls: 'HLS-Übertragung',
      transcription: 'Transkription',
      translation: 'Echtzeitübersetzung',
      whiteboard: 'Whiteboard',
      pubsub: 'Nachrichten (PubSub)',
      'realtime-store': 'Echtzeitspeicher',
      'media-relay': 'Medienweiterleitung',
      data: 'Daten und Dateien',
      usage: 'API-Nutzung',
    },
    severities: {
      fatal: 'Schwerwiegend',
      error: 'Fehler',
      warning: 'Warnung',
    },
    sources: {
      client: 'Client',
      server: 'Server',
    },
    features: {
      recording: 'Aufzeichnung',
      livestream: 'Livestream (RTMP)',
      hls: 'HLS-Übertragung',
      transcription: 'Transkription',
      'participant-recording': 'Teilnehmeraufzeichnung',
      'track-recording': 'Spuraufzeichnung',
      'composite-recording': 'Composite-Aufzeichnung',
      translation: 'Echtzeitübersetzung',
      whiteboard: 'Whiteboard',
      pubsub: 'Nachrichten (PubSub)',
      'realtime-store': 'Echtzeitspeicher',
      'media-relay': 'Medienweiterleitung',
    },
    platforms: {
      web: 'Web (JavaScript, React)',
      'react-native': 'React Native',
      ios: 'iOS (Swift)',
      'flutter-1': 'Flutter 1.2.x',
      'flutter-3': 'Flutter 3.x',
    },
    actors: {
      app: 'App-Entwickler',
      user: 'Endnutzer',
      dashboard: 'Kontoinhaber (Dashboard)',
      support: 'VideoSDK-Support',
    },
    supportTeam: 'den Support dieser App',
  },
};
