import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'recording'> = {
  'participant-recording-failed': {
    title: 'Teilnehmeraufzeichnung fehlgeschlagen',
    userTitle: 'Aufzeichnung beendet',
    description: 'Die Teilnehmeraufzeichnung wurde aufgrund eines unbekannten Fehlers beendet.',
    userMessage:
      'Die Aufzeichnung eines Teilnehmers wurde unerwartet beendet. Sie können sie erneut starten.',
    causes: [
      'Eine Teilnehmeraufzeichnung (die separate Aufzeichnung eines einzelnen Teilnehmers) wurde auf den Servern von VideoSDK beendet, nachdem sie begonnen hatte.',
      'Der Server nennt keinen Grund für das Beenden. Die Anfrage selbst wurde nicht abgelehnt, daher kann ein neuer Start gelingen.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Starten Sie die Aufzeichnung erneut.',
      },
      {
        by: 'app',
        text: 'Teilen Sie den Personen im Meeting mit, dass die Aufzeichnung beendet wurde, und bieten Sie an, die Teilnehmeraufzeichnung erneut zu starten.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID, der Teilnehmer-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Die Aufzeichnung eines Teilnehmers wurde unerwartet beendet. Der Organisator kann sie erneut starten.',
        userSteps: ['Bitten Sie den Organisator, die Aufzeichnung erneut zu starten.'],
      },
    },
  },
  'prev-recording-processing': {
    title: 'Vorherige Aufzeichnung wird noch verarbeitet',
    userTitle: 'Aufzeichnung wird noch gespeichert',
    description:
      'Die vorherige Aufzeichnung wird noch verarbeitet. Versuchen Sie es in einigen Sekunden erneut.',
    userMessage:
      'Die letzte Aufzeichnung wird noch gespeichert. Versuchen Sie es in einigen Sekunden erneut.',
    causes: [
      'Eine neue Aufzeichnung wurde angefordert, während der Server die vorherige noch verarbeitet hat.',
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
  'recording-failed': {
    title: 'Aufzeichnung beendet',
    userTitle: 'Aufzeichnung beendet',
    description: 'Die Aufzeichnung wurde aufgrund eines unbekannten Fehlers beendet.',
    userMessage: 'Die Aufzeichnung wurde unerwartet beendet. Sie können sie erneut starten.',
    causes: [
      'Die Aufzeichnung ist auf dem Server fehlgeschlagen, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Bieten Sie an, die Aufzeichnung erneut zu starten.',
      },
      {
        by: 'dashboard',
        text: 'Prüfen Sie die Details des Meetings und seiner Aufzeichnungen im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Die Aufzeichnung wurde unerwartet beendet. Der Organisator kann sie erneut starten.',
      },
    },
  },
  'start-composite-recording-failed': {
    title: 'Composite-Aufzeichnung nicht gestartet',
    userTitle: 'Aufzeichnung nicht gestartet',
    description:
      'Die Anfrage zum Starten der Composite-Aufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Aufzeichnung konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Composite-Aufzeichnung nicht starten, und der Doku-Kommentar des SDK nennt keinen Grund.',
      'js-sdk 1.1.1 löst diesen Code nicht selbst aus. Es gibt weiter, was der Server meldet, prüfen Sie daher den Grund des Servers in der Fehlermeldung.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Wiederholung an und zeigen Sie die Aufzeichnung erst als aktiv an, wenn der Server ihren Start bestätigt.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: 'Teilnehmeraufzeichnung nicht gestartet',
    userTitle: 'Aufzeichnung nicht gestartet',
    description:
      'Die Anfrage zum Starten der Aufzeichnung des Teilnehmers ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage:
      'Die Aufzeichnung dieses Teilnehmers konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Teilnehmeraufzeichnung nicht starten, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob der Teilnehmer noch im Meeting ist, bieten Sie eine Schaltfläche zum Wiederholen an und protokollieren Sie die Details der fehlgeschlagenen Anfrage.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'start-recording-failed': {
    title: 'Aufzeichnung nicht gestartet',
    userTitle: 'Aufzeichnung nicht gestartet',
    description:
      'Die Anfrage zum Starten der Aufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Aufzeichnung konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Aufzeichnung nicht starten, und die Meldung nennt keinen Grund.',
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
  'start-track-recording-failed': {
    title: 'Spuraufzeichnung nicht gestartet',
    userTitle: 'Aufzeichnung nicht gestartet',
    description:
      'Die Anfrage zum Starten der Aufzeichnung der Spur ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage:
      'Die Aufzeichnung dieses Audios oder Videos konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Aufzeichnung der Audio- oder Videospur nicht starten, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die Spur noch gesendet wird, bieten Sie eine Schaltfläche zum Wiederholen an und protokollieren Sie die Details der fehlgeschlagenen Anfrage.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'stop-composite-recording-failed': {
    title: 'Composite-Aufzeichnung nicht beendet',
    userTitle: 'Aufzeichnung nicht beendet',
    description:
      'Die Anfrage zum Beenden der Composite-Aufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Aufzeichnung konnte nicht beendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Composite-Aufzeichnung nicht beenden, und der Doku-Kommentar des SDK nennt keinen Grund.',
      'js-sdk 1.1.1 löst diesen Code nicht selbst aus. Es gibt weiter, was der Server meldet, prüfen Sie daher den Grund des Servers in der Fehlermeldung.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie die Aufzeichnung weiterhin als aktiv an, bis der Server bestätigt, dass sie beendet ist, und bieten Sie eine Wiederholung an.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: 'Teilnehmeraufzeichnung nicht beendet',
    userTitle: 'Aufzeichnung nicht beendet',
    description:
      'Die Anfrage zum Beenden der Aufzeichnung des Teilnehmers ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage:
      'Die Aufzeichnung dieses Teilnehmers konnte nicht beendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Teilnehmeraufzeichnung nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und prüfen Sie, ob die Teilnehmeraufzeichnung noch läuft, bevor Sie es erneut versuchen.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'stop-recording-failed': {
    title: 'Aufzeichnung nicht beendet',
    userTitle: 'Aufzeichnung nicht beendet',
    description:
      'Die Anfrage zum Beenden der Aufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Aufzeichnung konnte nicht beendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Aufzeichnung nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und prüfen Sie, ob die Aufzeichnung noch läuft, bevor Sie es erneut versuchen.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: 'Spuraufzeichnung nicht beendet',
    userTitle: 'Aufzeichnung nicht beendet',
    description:
      'Die Anfrage zum Beenden der Aufzeichnung der Spur ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage:
      'Die Aufzeichnung dieses Audios oder Videos konnte nicht beendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Aufzeichnung der Audio- oder Videospur nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und prüfen Sie, ob die Spuraufzeichnung noch läuft, bevor Sie es erneut versuchen.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'track-recording-failed': {
    title: 'Spuraufzeichnung fehlgeschlagen',
    userTitle: 'Aufzeichnung beendet',
    description: 'Die Spuraufzeichnung wurde aufgrund eines unbekannten Fehlers beendet.',
    userMessage:
      'Die Aufzeichnung des Audios oder Videos eines Teilnehmers wurde unerwartet beendet. Sie können sie erneut starten.',
    causes: [
      'Eine Spuraufzeichnung (die Aufzeichnung einer einzelnen Audio- oder Videospur eines Teilnehmers) wurde auf den Servern von VideoSDK beendet, nachdem sie begonnen hatte.',
      'Der Server nennt keinen Grund für das Beenden. Die Anfrage selbst wurde nicht abgelehnt, daher kann ein neuer Start gelingen.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Starten Sie die Aufzeichnung erneut.',
      },
      {
        by: 'app',
        text: 'Teilen Sie den Personen im Meeting mit, dass die Aufzeichnung beendet wurde, und bieten Sie an, die Spuraufzeichnung erneut zu starten.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID, der Teilnehmer-ID, der Art der Spur und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Die Aufzeichnung des Audios oder Videos eines Teilnehmers wurde unerwartet beendet. Der Organisator kann sie erneut starten.',
        userSteps: ['Bitten Sie den Organisator, die Aufzeichnung erneut zu starten.'],
      },
    },
  },
};
