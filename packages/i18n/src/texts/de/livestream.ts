import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'livestream'> = {
  'invalid-livestream-config': {
    title: 'Ungültige Livestream-Einstellungen',
    userTitle: 'Livestream-Einstellungen ungültig',
    description: 'Die Konfiguration der Livestream-Ausgaben (outputs) ist ungültig.',
    userMessage:
      'Die Livestream-Einstellungen sind ungültig. Prüfen Sie die Livestream-Adresse und den Streamschlüssel und versuchen Sie es dann erneut.',
    causes: [
      'Die beim Starten des Livestreams übergebenen Ausgaben (outputs) sind ungültig. Jede Ausgabe braucht eine RTMP-URL und einen Streamschlüssel.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie jeden Eintrag von outputs: Er braucht die RTMP-URL und den Streamschlüssel der Zielplattform.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie die Werte, bevor Sie den Livestream starten, und zeigen Sie dem Nutzer, welcher Wert falsch ist.',
      },
      {
        by: 'user',
        text: 'Kopieren Sie die Livestream-Adresse und den Streamschlüssel erneut von der Plattform, auf die Sie streamen, zum Beispiel YouTube, und versuchen Sie es dann erneut.',
      },
    ],
  },
  'livestream-failed': {
    title: 'Livestream beendet',
    userTitle: 'Livestream beendet',
    description: 'Der Livestream wurde aufgrund eines unbekannten Fehlers beendet.',
    userMessage: 'Der Livestream wurde unerwartet beendet. Sie können ihn erneut starten.',
    causes: [
      'Der Livestream ist fehlgeschlagen, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und ob die Zielplattform, zum Beispiel YouTube, auf ihrer Seite einen Fehler gemeldet hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Bieten Sie an, den Livestream erneut zu starten.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie das Live-Dashboard der Zielplattform auf Fehler, zum Beispiel einen Streamschlüssel, der nicht mehr gültig ist.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Der Livestream wurde unerwartet beendet. Der Organisator kann ihn erneut starten.',
      },
    },
  },
  'prev-rtmp-recording-processing': {
    title: 'Vorheriger Livestream wird noch verarbeitet',
    userTitle: 'Livestream wird noch verarbeitet',
    description:
      'Der vorherige RTMP-Livestream wird noch verarbeitet. Versuchen Sie es in einigen Sekunden erneut.',
    userMessage:
      'Der letzte Livestream wird noch verarbeitet. Versuchen Sie es in einigen Sekunden erneut.',
    causes: [
      'Ein neuer Livestream wurde angefordert, während der Server den vorherigen RTMP-Livestream noch verarbeitet hat. Die Meldung nennt ihn eine RTMP-Aufzeichnung.',
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
  'start-livestream-failed': {
    title: 'Livestream nicht gestartet',
    userTitle: 'Livestream nicht gestartet',
    description:
      'Die Anfrage zum Starten des Livestreams ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Der Livestream konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte den Livestream nicht starten, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und ob RTMP-URL und Streamschlüssel jeder Ausgabe noch gültig sind.',
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
  'stop-livestream-failed': {
    title: 'Livestream nicht beendet',
    userTitle: 'Livestream nicht beendet',
    description:
      'Die Anfrage zum Beenden des Livestreams ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Der Livestream konnte nicht beendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte den Livestream nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und prüfen Sie, ob der Livestream noch läuft, bevor Sie es erneut versuchen.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
};
