import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'realtime-store'> = {
  'failed-to-get-value': {
    title: 'Realtime-Store-Wert nicht gelesen',
    userTitle: 'Meeting-Daten nicht geladen',
    description: 'Der Wert aus dem Realtime Store konnte nicht abgerufen werden.',
    userMessage: 'Einige Informationen zum Meeting wurden nicht geladen. Versuchen Sie es erneut.',
    causes: [
      'Die Leseanfrage von meeting.realtimeStore.getValue() ist auf dem Server oder im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung und den angefragten Schlüssel.',
      },
      {
        by: 'app',
        text: 'Rufen Sie getValue() erneut auf, sobald die Verbindung zum Meeting stabil ist, und behalten Sie bis dahin den letzten bekannten Wert.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'failed-to-observe-value': {
    title: 'Beobachten im Realtime Store fehlgeschlagen',
    userTitle: 'Live-Aktualisierung nicht gestartet',
    description: 'Das Beobachten des Werts im Realtime Store konnte nicht gestartet werden.',
    userMessage:
      'Einige Informationen zum Meeting werden möglicherweise nicht automatisch aktualisiert. Laden Sie die Seite neu, um sie zu aktualisieren.',
    causes: [
      'Die Abonnementanfrage von meeting.realtimeStore.observe() ist auf dem Server oder im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung und den Schlüssel, den Sie beobachten wollten.',
      },
      {
        by: 'app',
        text: 'Rufen Sie observe() erneut auf, sobald die Verbindung zum Meeting stabil ist, und lesen Sie bis dahin den aktuellen Wert mit getValue().',
      },
      {
        by: 'user',
        text: 'Laden Sie die Seite neu, wenn die Informationen veraltet bleiben.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Einige Informationen zum Meeting werden möglicherweise nicht automatisch aktualisiert. Verlassen Sie das Meeting und treten Sie erneut bei, um sie zu aktualisieren.',
        fixes: [
          {
            by: 'app',
            text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung und den Schlüssel, den Sie beobachten wollten.',
          },
          {
            by: 'app',
            text: 'Rufen Sie observe() erneut auf, sobald die Verbindung zum Meeting stabil ist, und lesen Sie bis dahin den aktuellen Wert mit getValue().',
          },
          {
            by: 'user',
            text: 'Verlassen Sie das Meeting und treten Sie erneut bei, wenn die Informationen veraltet bleiben.',
          },
        ],
      },
    },
  },
  'failed-to-set-value': {
    title: 'Realtime-Store-Wert nicht gespeichert',
    userTitle: 'Änderung nicht gespeichert',
    description: 'Der Wert im Realtime Store konnte nicht gesetzt werden.',
    userMessage: 'Ihre Änderung wurde nicht gespeichert. Versuchen Sie es erneut.',
    causes: [
      'Die Schreibanfrage von meeting.realtimeStore.setValue() ist auf dem Server oder im Netzwerk fehlgeschlagen.',
      'Ungültige Schlüssel, ungültige Werte und Werte über 1 KB lösen andere Codes aus, bevor die Anfrage gesendet wird. Der Server lehnt außerdem neue Schlüssel ab, sobald das Meeting 100 Schlüssel enthält. Prüfen Sie den Grund des Servers in der Fehlermeldung.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Behalten Sie den vorherigen Wert in der Oberfläche, bis setValue() gelingt, und bieten Sie eine Wiederholung an.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'failed-to-stop-observing-value': {
    title: 'Beenden des Beobachtens im Realtime Store fehlgeschlagen',
    userTitle: 'Live-Aktualisierung nicht beendet',
    description: 'Das Beobachten des Werts im Realtime Store konnte nicht beendet werden.',
    userMessage:
      'Einige Informationen zum Meeting werden möglicherweise weiter aktualisiert. Sie müssen nichts weiter tun.',
    causes: [
      'Die Abmeldeanfrage von meeting.realtimeStore.stopObserving() ist auf dem Server oder im Netzwerk fehlgeschlagen.',
      'In js-sdk 1.1.1 wirft stopObserving() diesen Code nicht: Der Fehler wird nur über den Tracer des SDK protokolliert, und die Methode kehrt normal zurück.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'stopObserving() meldet diesen Fehler nicht an die App. Um ihn zu sehen, erhöhen Sie mit VideoSDK.setLogLevel() die Protokollstufe des SDK und lesen Sie die Konsole.',
      },
      {
        by: 'app',
        text: 'Ignorieren Sie Aktualisierungen für Schlüssel, die die App nicht mehr beobachtet, damit eine verspätete Aktualisierung keinen Schaden anrichtet.',
      },
    ],
  },
};
