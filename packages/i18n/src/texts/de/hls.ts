import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'hls'> = {
  'hls-failed': {
    title: 'HLS-Übertragung beendet',
    userTitle: 'Übertragung beendet',
    description: 'Die HLS-Übertragung wurde aufgrund eines unbekannten Fehlers beendet.',
    userMessage:
      'Die Übertragung an die Zuschauer wurde unerwartet beendet. Sie können sie erneut starten.',
    causes: [
      'Die HLS-Übertragung ist auf dem Server fehlgeschlagen, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Bieten Sie an, die HLS-Übertragung erneut zu starten.',
      },
      {
        by: 'dashboard',
        text: 'Prüfen Sie die Details des Meetings und seiner HLS-Übertragung im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Die Übertragung an die Zuschauer wurde unerwartet beendet. Das Meeting läuft weiter, und der Organisator kann die Übertragung erneut starten.',
      },
      viewer: {
        userMessage:
          'Die Übertragung wurde unerwartet beendet. Der Organisator kann sie erneut starten. Sie müssen nichts weiter tun.',
      },
    },
  },
  'prev-hls-streaming-processing': {
    title: 'Vorherige HLS-Übertragung wird noch verarbeitet',
    userTitle: 'Übertragung wird noch verarbeitet',
    description:
      'Die vorherige HLS-Übertragung wird noch verarbeitet. Versuchen Sie es in einigen Sekunden erneut.',
    userMessage:
      'Die letzte Übertragung wird noch verarbeitet. Versuchen Sie es in einigen Sekunden erneut.',
    causes: [
      'Eine neue HLS-Übertragung wurde angefordert, während der Server die vorherige noch verarbeitet hat.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Wiederholen Sie den Start nach einigen Sekunden automatisch, mit einer Obergrenze für die Anzahl der Wiederholungen.',
      },
    ],
  },
  'start-hls-failed': {
    title: 'HLS-Übertragung nicht gestartet',
    userTitle: 'Übertragung nicht gestartet',
    description:
      'Die Anfrage zum Starten der HLS-Übertragung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage:
      'Die Übertragung an die Zuschauer konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die HLS-Übertragung nicht starten, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und protokollieren Sie die Details der fehlgeschlagenen Anfrage.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'stop-hls-failed': {
    title: 'HLS-Übertragung nicht beendet',
    userTitle: 'Übertragung nicht beendet',
    description:
      'Die Anfrage zum Beenden der HLS-Übertragung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage:
      'Die Übertragung an die Zuschauer konnte nicht beendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die HLS-Übertragung nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und prüfen Sie, ob die HLS-Übertragung noch läuft, bevor Sie es erneut versuchen.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
};
