import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'transcription'> = {
  'start-transcription-failed': {
    title: 'Transkription nicht gestartet',
    userTitle: 'Transkription nicht gestartet',
    description:
      'Die Anfrage zum Starten der Transkription ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Transkription konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Transkription nicht starten, und die Meldung nennt keinen Grund.',
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
  'stop-transcription-failed': {
    title: 'Transkription nicht beendet',
    userTitle: 'Transkription nicht beendet',
    description:
      'Die Anfrage zum Beenden der Transkription ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Transkription konnte nicht beendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Transkription nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und prüfen Sie, ob die Transkription noch läuft, bevor Sie es erneut versuchen.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'transcription-failed': {
    title: 'Transkription beendet',
    userTitle: 'Transkription beendet',
    description: 'Die Transkription wurde aufgrund eines unbekannten Fehlers beendet.',
    userMessage: 'Die Transkription wurde unerwartet beendet. Sie können sie erneut starten.',
    causes: [
      'Die Transkription ist auf dem Server fehlgeschlagen, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Bieten Sie an, die Transkription erneut zu starten.',
      },
      {
        by: 'dashboard',
        text: 'Prüfen Sie die Details des Meetings und seiner Transkription im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Die Transkription wurde unerwartet beendet. Der Organisator kann sie erneut starten.',
      },
    },
  },
};
