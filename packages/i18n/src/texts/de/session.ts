import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'session'> = {
  'action-not-supported-in-mode': {
    title: 'Aktion in diesem Modus nicht unterstützt',
    userTitle: 'Aktion nicht verfügbar',
    description: 'Diese Aktion wird im aktuellen Meeting-Modus nicht unterstützt.',
    userMessage:
      'Sie können in diesem Meeting gerade nur zusehen und zuhören, daher ist diese Aktion nicht verfügbar. Sie können dem Meeting weiter folgen.',
    causes: [
      'Die App hat versucht, Medien oder Daten zu senden, zum Beispiel Kamera oder Mikrofon einzuschalten, den Bildschirm freizugeben oder eine Nachricht zu senden, während sich der Teilnehmer in einem Modus befindet, der nicht senden kann, etwa RECV_ONLY oder SIGNALLING_ONLY.',
      'Das SDK lehnt den Methodenaufruf ab und löst keinen Meeting-Fehler aus.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Modus des Teilnehmers, bevor Sie Medien einschalten, und blenden Sie die Steuerelemente für Kamera, Mikrofon und Bildschirmfreigabe in Modi aus, die nicht senden können.',
      },
      {
        by: 'app',
        text: 'Damit der Teilnehmer Medien senden kann, wechseln Sie zuerst mit changeMode() in den Modus SEND_AND_RECV.',
      },
    ],
  },
  'action-performed-before-meeting-joined': {
    title: 'Aktion vor dem Beitritt',
    userTitle: 'Noch nicht im Meeting',
    description:
      'Etwas ist schiefgelaufen. Die Verbindung zum Meeting wurde noch aufgebaut, als eine Aktion versucht wurde, und die Aktion ist fehlgeschlagen. Versuchen Sie es erneut, nachdem Sie dem Meeting beigetreten sind.',
    userMessage:
      'Sie sind noch nicht im Meeting. Warten Sie, bis Sie beigetreten sind, und versuchen Sie es dann erneut.',
    causes: [
      'Die App hat eine Meeting-Aktion aufgerufen, während die Verbindung zum Meeting noch aufgebaut wurde, also bevor der Beitritt abgeschlossen war.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Warten Sie, bis das SDK meldet, dass dem Meeting beigetreten wurde, bevor Sie Meeting-Aktionen aufrufen, oder stellen Sie die Aktionen bis dahin in eine Warteschlange.',
      },
      {
        by: 'app',
        text: 'Deaktivieren Sie die Meeting-Steuerelemente in der Oberfläche, bis der Teilnehmer beigetreten ist.',
      },
      {
        by: 'user',
        text: 'Warten Sie, bis Sie dem Meeting beigetreten sind, und versuchen Sie es dann erneut.',
      },
    ],
  },
  'change-mode-failed': {
    title: 'Moduswechsel fehlgeschlagen',
    userTitle: 'Teilnahmeart konnte nicht gewechselt werden',
    description: 'Der Meeting-Modus konnte nicht geändert werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten Sie nicht zwischen Zuschauen und aktiver Teilnahme wechseln lassen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.changeMode() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie in der Oberfläche weiterhin den aktuellen Modus an und bieten Sie eine Wiederholung an.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'changing-mode': {
    title: 'Moduswechsel fehlgeschlagen',
    userTitle: 'Teilnahmeart konnte nicht gewechselt werden',
    description:
      'Etwas ist schiefgelaufen, und der Modus konnte nicht geändert werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten Sie nicht zwischen Zuschauen und aktiver Teilnahme wechseln lassen. Versuchen Sie es erneut.',
    causes: [
      'Eine Anfrage, den Modus des Teilnehmers im Meeting zu ändern (changeMode), war nicht erfolgreich.',
      'Die Meldung sagt nicht, warum. Prüfen Sie die Logs der App und den Netzwerkzustand zum Zeitpunkt der Anfrage.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es in einem Moment erneut.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Teilnehmer im aktuellen Modus, zeigen Sie, dass der Wechsel nicht stattgefunden hat, und bieten Sie eine Wiederholung an.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, prüfen Sie die Logs der App aus dem Zeitpunkt, als sie changeMode aufgerufen hat, und den Netzwerkzustand in diesem Moment.',
      },
    ],
  },
  'character-join-failed': {
    title: 'KI-Charakter konnte nicht beitreten',
    userTitle: 'KI-Teilnehmer konnte nicht beitreten',
    description:
      'Die Anfrage, den Charakter beitreten zu lassen, ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Der KI-Teilnehmer konnte dem Meeting nicht beitreten. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte den Charakter (den KI-Charakter von VideoSDK, der dem Meeting als Teilnehmer beitritt) nicht hinzufügen, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob das Meeting noch läuft, bieten Sie eine Schaltfläche zum Wiederholen an und protokollieren Sie die Details der fehlgeschlagenen Anfrage.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'character-leave-failed': {
    title: 'KI-Charakter konnte das Meeting nicht verlassen',
    userTitle: 'KI-Teilnehmer konnte das Meeting nicht verlassen',
    description:
      'Die Anfrage, mit der der Charakter das Meeting verlassen sollte, ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage:
      'Der KI-Teilnehmer konnte das Meeting nicht verlassen und ist möglicherweise noch anwesend. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte den Charakter (den KI-Charakter von VideoSDK) nicht aus dem Meeting entfernen, und die Meldung nennt keinen Grund.',
      'Der Charakter ist möglicherweise noch im Meeting. Prüfen Sie die Teilnehmerliste, bevor Sie ihn als gegangen anzeigen.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie an, ob der Charakter noch im Meeting ist, bieten Sie eine Schaltfläche zum Wiederholen an und protokollieren Sie die Details der fehlgeschlagenen Anfrage.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'duplicate-participant': {
    title: 'Von einem anderen Gerät beigetreten',
    userTitle: 'Meeting an anderer Stelle geöffnet',
    description:
      'Das Meeting wird verlassen, weil dieselbe Teilnehmer-ID von einem anderen Gerät aus beigetreten ist.',
    userMessage:
      'Sie sind diesem Meeting über ein anderes Gerät oder einen anderen Browser-Tab beigetreten, daher wurde die Verbindung in diesem Tab getrennt.',
    causes: [
      'Eine zweite Verbindung ist dem Meeting mit derselben Teilnehmer-ID beigetreten, daher hat der Server diese Verbindung entfernt.',
      'Das passiert auch, wenn die App zwei verschiedenen Personen dieselbe Teilnehmer-ID gibt.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Setzen Sie das Meeting auf Ihrem anderen Gerät oder in Ihrem anderen Browser-Tab fort.',
      },
      {
        by: 'app',
        text: 'Geben Sie jeder Person eine eindeutige Teilnehmer-ID, zum Beispiel die Konto-ID des Nutzers.',
      },
      {
        by: 'app',
        text: 'Teilen Sie dem Nutzer mit, dass das Meeting an anderer Stelle weiterläuft, statt einen allgemeinen Fehler anzuzeigen.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Sie sind diesem Meeting über ein anderes Gerät beigetreten, daher wurde die Verbindung auf diesem Gerät getrennt.',
        fixes: [
          {
            by: 'user',
            text: 'Setzen Sie das Meeting auf Ihrem anderen Gerät fort.',
          },
          {
            by: 'app',
            text: 'Geben Sie jeder Person eine eindeutige Teilnehmer-ID, zum Beispiel die Konto-ID des Nutzers.',
          },
          {
            by: 'app',
            text: 'Teilen Sie dem Nutzer mit, dass das Meeting an anderer Stelle weiterläuft, statt einen allgemeinen Fehler anzuzeigen.',
          },
        ],
      },
    },
  },
  'end-meeting-failed': {
    title: 'Beenden des Meetings fehlgeschlagen',
    userTitle: 'Meeting konnte nicht beendet werden',
    description: 'Das Meeting konnte nicht beendet werden. Versuchen Sie es erneut.',
    userMessage: 'Wir konnten das Meeting nicht für alle beenden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage zum Beenden des Meetings abgelehnt, oder die Anfrage ist fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen gesendet hat, zum Beispiel dass dieser Teilnehmer das Meeting nicht beenden darf.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Wenn der Teilnehmer das Meeting nicht beenden darf, zeigen Sie dieses Steuerelement nur Teilnehmern, die es dürfen.',
      },
    ],
  },
  'invalid-meeting-id': {
    title: 'Ungültige Meeting-ID',
    userTitle: 'Meeting nicht gefunden',
    description:
      'Die Meeting-ID ist leer oder ungültig. Überprüfen Sie sie oder erstellen Sie über die API eine neue Meeting-ID.',
    userMessage:
      'Dieses Meeting wurde nicht gefunden. Prüfen Sie den Meeting-Link oder bitten Sie den Organisator um einen neuen.',
    causes: [
      'Die beim Beitritt übergebene Meeting-ID ist leer oder keine gültige VideoSDK-Meeting-ID.',
      'Prüfen Sie, woher die App die Meeting-ID bezieht, zum Beispiel aus dem Meeting-Link oder vom Server der App.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Erstellen Sie Meetings mit der VideoSDK-API und übergeben Sie die zurückgegebene Meeting-ID unverändert an die Beitrittsmethode.',
      },
      {
        by: 'app',
        text: 'Protokollieren Sie die Meeting-ID, die die App beim Beitritt verwendet, und prüfen Sie, dass sie nicht leer oder abgeschnitten ist.',
      },
      {
        by: 'user',
        text: 'Prüfen Sie den Meeting-Link oder bitten Sie den Organisator um einen neuen.',
      },
    ],
  },
  'invalid-mode': {
    title: 'Ungültiger Meeting-Modus',
    userTitle: 'Einstellung konnte nicht geändert werden',
    description: 'Ein ungültiger Meeting-Modus wurde angefordert.',
    userMessage:
      'Diese App ist für diese Aktion nicht richtig eingerichtet. Versuchen Sie es später erneut oder wenden Sie sich an {supportContact}.',
    causes: [
      'Die App hat initMeeting() oder changeMode() einen Modus übergeben, der keiner der Modi des SDK ist, etwa SEND_AND_RECV, RECV_ONLY oder SIGNALLING_ONLY.',
      'Die Fehlermeldung nennt den ungültigen Wert.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Wert, den die Fehlermeldung nennt, zum Beispiel auf einen Tippfehler.',
      },
      {
        by: 'app',
        text: 'Verwenden Sie die Konstanten in VideoSDK.Constants.modes statt selbst getippter Zeichenketten.',
      },
    ],
  },
  'invalid-participant-id': {
    title: 'Ungültige Teilnehmer-ID',
    userTitle: 'Beitritt derzeit nicht möglich',
    description: 'Die Teilnehmer-ID ist leer oder ungültig. Sie darf keine Leerzeichen enthalten.',
    userMessage:
      'Diese App konnte Sie für dieses Meeting nicht identifizieren, daher können Sie gerade nicht beitreten. Wenden Sie sich an {supportContact}.',
    causes: [
      'Die beim Beitritt übergebene Teilnehmer-ID ist leer oder enthält Leerraum, zum Beispiel ein Anzeigename mit Leerzeichen.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Übergeben Sie eine Teilnehmer-ID ohne Leerzeichen, Tabulatoren oder Zeilenumbrüche, zum Beispiel eine Nutzer-ID.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den Wert vor dem Beitritt: Stellen Sie sicher, dass er nicht leer ist, und entfernen Sie jeden Leerraum.',
      },
    ],
  },
  'meeting-id-disabled': {
    title: 'Meeting-ID deaktiviert',
    userTitle: 'Meeting-Link funktioniert nicht mehr',
    description: 'Die Meeting-ID ist deaktiviert. Erzeugen Sie über die API eine neue Meeting-ID.',
    userMessage:
      'Dieser Meeting-Link funktioniert nicht mehr. Bitten Sie den Organisator um einen neuen.',
    causes: [
      'Die zum Beitritt verwendete Meeting-ID ist deaktiviert, daher kann der Teilnehmer diesem Meeting nicht beitreten.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Erstellen Sie mit der VideoSDK-API eine neue Meeting-ID und teilen Sie das neue Meeting mit den Teilnehmern.',
      },
      {
        by: 'app',
        text: 'Verwenden Sie die deaktivierte Meeting-ID nicht mehr in Links und gespeicherten Daten.',
      },
      {
        by: 'user',
        text: 'Bitten Sie den Organisator um einen neuen Meeting-Link.',
      },
    ],
  },
  'respond-entry-failed': {
    title: 'Antwort auf Beitrittsanfrage fehlgeschlagen',
    userTitle: 'Antwort nicht gesendet',
    description:
      'Auf die Beitrittsanfrage konnte nicht geantwortet werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihre Antwort auf die Beitrittsanfrage konnte nicht gesendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Antwort von meeting.respondEntry() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen. Die Funktionen allow() und deny() des Ereignisses entry-requested verwenden dieselbe Anfrage.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Lassen Sie die Beitrittsanfrage auf dem Bildschirm, damit der Organisator sie erneut beantworten kann.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'switch-meeting-failed': {
    title: 'Meeting-Wechsel fehlgeschlagen',
    userTitle: 'Meeting-Wechsel nicht möglich',
    description: 'Das Meeting konnte nicht gewechselt werden. Versuchen Sie es erneut.',
    userMessage:
      'Der Wechsel in das andere Meeting hat nicht funktioniert. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.switchTo() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Prüfen Sie den Grund des Servers in der Fehlermeldung, zum Beispiel zum Ziel-Meeting oder zu dessen Token.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie die Meeting-ID, zu der Sie wechseln, und das Token, das Sie dafür übergeben.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'switch-participant-room-failed': {
    title: 'Raumwechsel des Teilnehmers fehlgeschlagen',
    userTitle: 'Teilnehmer konnte nicht verschoben werden',
    description:
      'Der Raum des Teilnehmers konnte nicht gewechselt werden. Versuchen Sie es erneut.',
    userMessage:
      'Das Verschieben in das andere Meeting hat nicht funktioniert. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.switchTo() (nicht in den Typdeklarationen von 1.1.1), den Teilnehmer in einen anderen Raum zu verschieben, abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie die Meeting-ID des Zielraums und das Token, das Sie dafür übergeben.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'unable-to-join-meeting': {
    title: 'Beitritt zum Meeting fehlgeschlagen',
    userTitle: 'Beitritt zum Meeting nicht möglich',
    description:
      'Etwas ist schiefgelaufen, und dem Meeting konnte nicht beigetreten werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten Sie nicht mit dem Meeting verbinden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    causes: [
      'Der Beitritt zum Meeting ist fehlgeschlagen, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und den Zustand des Netzwerks zum Zeitpunkt des Fehlers.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und protokollieren Sie die Details des fehlgeschlagenen Beitritts.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'unknown-error': {
    title: 'Server hat einen unbekannten Fehler gemeldet',
    userTitle: 'Etwas ist schiefgelaufen',
    description: 'Ein unbekannter Fehler ist aufgetreten.',
    userMessage:
      'Im Meeting ist etwas schiefgelaufen. Wenn etwas nicht mehr funktioniert, verlassen Sie das Meeting und treten Sie ihm erneut bei. Wenn das Problem weiterhin auftritt, wenden Sie sich an {supportContact}.',
    causes: [
      'Der Server hat UNKNOWN_ERROR (4000) gesendet: Eine Anfrage ist fehlgeschlagen, und der Server hat keinen genaueren Grund genannt.',
      'Dies ist ein echter Code, den das SDK definiert, kein Code, den dieser Katalog nicht kennt. Er sagt nicht, welche Anfrage fehlgeschlagen ist.',
      'Prüfen Sie in den Logs der App, was die App unmittelbar vor dem Fehler getan hat.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wenn etwas nicht mehr funktioniert, verlassen Sie das Meeting und treten Sie ihm erneut bei. Wenn das Problem weiterhin auftritt, wenden Sie sich an {supportContact}.',
      },
      {
        by: 'app',
        text: 'Protokollieren Sie den Fehler zusammen mit dem, was die App gerade getan hat, der Meeting-ID und dem Zeitpunkt, und zeigen Sie dem Nutzer, was nicht funktioniert hat.',
      },
      {
        by: 'app',
        text: 'Wiederholen Sie dieselbe Anfrage nicht automatisch: Der Server nennt keinen Grund, daher kann sie auf dieselbe Weise wieder fehlschlagen.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID, dem Zeitpunkt und der SDK-Version an den VideoSDK-Support.',
      },
    ],
  },
};
