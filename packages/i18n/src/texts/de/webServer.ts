import type { TextsOf, WebServerMeaningId } from '../../types.js';

export const texts: TextsOf<WebServerMeaningId> = {
  'adaptive-subscription-disable-failed': {
    title: 'Adaptive Subscription nicht deaktiviert',
    userTitle: 'Videoeinstellung unverändert',
    description: 'Adaptive Subscription ist bereits deaktiviert.',
    userMessage:
      'Die automatische Videoanpassung wurde nicht geändert. Das Meeting läuft wie gewohnt weiter.',
    causes: [
      'Die App hat meeting.disableAdaptiveSubscription() aufgerufen, während Adaptive Subscription bereits deaktiviert war, wie der Doku-Kommentar des SDK sagt.',
      'Das SDK löst diesen Code auch aus, wenn die Anfrage zum Deaktivieren auf dem Server oder im Netzwerk fehlschlägt. Die Fehlermeldung enthält dann den Grund.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verfolgen Sie, ob Adaptive Subscription eingeschaltet ist, und rufen Sie disableAdaptiveSubscription() nur auf, solange sie eingeschaltet ist.',
      },
      {
        by: 'app',
        text: 'Wenn Adaptive Subscription vor der Anfrage eingeschaltet war, prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
    ],
  },
  'adaptive-subscription-enable-failed': {
    title: 'Adaptive Subscription nicht aktiviert',
    userTitle: 'Videoeinstellung unverändert',
    description: 'Adaptive Subscription ist bereits aktiviert.',
    userMessage:
      'Die automatische Videoanpassung wurde nicht geändert. Das Meeting läuft wie gewohnt weiter.',
    causes: [
      'Die App hat meeting.enableAdaptiveSubscription() aufgerufen, während Adaptive Subscription bereits aktiviert war, wie der Doku-Kommentar des SDK sagt.',
      'Das SDK löst diesen Code auch aus, wenn die Anfrage zum Aktivieren auf dem Server oder im Netzwerk fehlschlägt. Die Fehlermeldung enthält dann den Grund.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verfolgen Sie, ob Adaptive Subscription eingeschaltet ist, und rufen Sie enableAdaptiveSubscription() nur auf, solange sie ausgeschaltet ist.',
      },
      {
        by: 'app',
        text: 'Wenn Adaptive Subscription vor der Anfrage ausgeschaltet war, prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
    ],
  },
  'adaptive-subscription-not-enabled-by-sdk': {
    title: 'Adaptive Subscription nicht verfügbar',
    userTitle: 'Videoanpassung nicht verfügbar',
    description:
      'Adaptive Subscription ist vom SDK nicht aktiviert. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support.',
    userMessage:
      'Die automatische Videoanpassung ist in diesem Meeting nicht verfügbar. Das Meeting läuft wie gewohnt weiter.',
    causes: [
      'Der Server meldet, dass Adaptive Subscription nicht aktiviert ist, daher kann sie weder ein- noch ausgeschaltet werden.',
      'Der Doku-Kommentar des SDK sagt nicht, warum. Der VideoSDK-Support kann es Ihnen sagen.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support und bitten Sie darum, Adaptive Subscription zu aktivieren.',
      },
      {
        by: 'app',
        text: 'Verwenden Sie enableAdaptiveSubscription() und disableAdaptiveSubscription() nicht, bis sie aktiviert ist.',
      },
      {
        by: 'support',
        text: 'Aktivieren Sie Adaptive Subscription oder erklären Sie, warum sie nicht verfügbar ist.',
      },
    ],
  },
  'apikey-deactivated': {
    title: 'API-Schlüssel deaktiviert',
    userTitle: 'Beitritt derzeit nicht möglich',
    description:
      'Der im Token angegebene API-Schlüssel ist deaktiviert. Überprüfen Sie ihn im Dashboard.',
    userMessage:
      'Meetings sind in dieser App derzeit nicht verfügbar, daher können Sie nicht beitreten. Wenden Sie sich an {supportContact}.',
    causes: [
      'Das Token enthält einen API-Schlüssel, der deaktiviert ist, daher lässt der Server den Teilnehmer nicht in das Meeting.',
      'Prüfen Sie den Status des Schlüssels im VideoSDK-Dashboard, um zu sehen, ob er dort deaktiviert wurde.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie den API-Schlüssel im VideoSDK-Dashboard und aktivieren Sie ihn wieder oder erstellen Sie einen neuen.',
      },
      {
        by: 'app',
        text: 'Sorgen Sie dafür, dass der Token-Server Tokens mit einem aktiven API-Schlüssel und dessen Secret erzeugt.',
      },
      {
        by: 'user',
        text: 'Wenden Sie sich an {supportContact}.',
      },
    ],
  },
  'change-mode-failed': {
    title: 'Moduswechsel fehlgeschlagen',
    userTitle: 'Modus nicht geändert',
    description: 'Der Meeting-Modus konnte nicht geändert werden. Versuchen Sie es erneut.',
    userMessage:
      'Der Wechsel Ihres Modus im Meeting hat nicht funktioniert. Versuchen Sie es erneut.',
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
  'change-translation-language-failed': {
    title: 'Übersetzungssprache nicht geändert',
    userTitle: 'Sprache nicht geändert',
    description:
      'Die Anfrage zum Ändern der Übersetzungssprache ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Übersetzungssprache wurde nicht geändert. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.changeTranslationLanguage() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Der Doku-Kommentar des SDK nennt keinen bestimmten Grund. Prüfen Sie den Grund des Servers in der Fehlermeldung.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung, und prüfen Sie, ob die Übersetzung läuft und die Sprache unterstützt wird.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie in der Oberfläche weiterhin die vorherige Sprache an, bis die Änderung gelingt.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'codec-not-supported': {
    title: 'Video-Codec nicht unterstützt',
    userTitle: 'Video kann nicht angezeigt werden',
    description: 'Ihre Plattform unterstützt den Video-Codec des Remote-Teilnehmers nicht.',
    userMessage:
      'Ihr Browser kann das Video dieses Teilnehmers nicht anzeigen. Es kann helfen, Ihren Browser zu aktualisieren oder einen anderen Browser zu verwenden.',
    causes: [
      'Der Remote-Teilnehmer sendet Video in einem Codec, den dieser Browser oder dieses Gerät nicht dekodieren kann.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie, welchen Codec der Remote-Teilnehmer sendet und welche Video-Codecs dieser Browser unterstützt.',
      },
      {
        by: 'app',
        text: 'Lassen Sie Teilnehmer Video in einem Codec senden, den jeder von Ihnen unterstützte Browser dekodieren kann.',
      },
      {
        by: 'user',
        text: 'Aktualisieren Sie Ihren Browser oder treten Sie über einen anderen Browser bei.',
      },
    ],
  },
  'consume-mic-streams-failed': {
    title: 'Mikrofonstream nicht empfangen (consume)',
    userTitle: 'Audio nicht geladen',
    description:
      'Die Mikrofonstreams des Teilnehmers konnten nicht empfangen (consume) werden. Versuchen Sie es erneut.',
    userMessage: 'Das Audio dieses Teilnehmers wurde nicht geladen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage abgelehnt, die participant.consumeMicStreams() für den Teilnehmer gesendet hat, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die App ruft diese Methode selbst auf, weil autoConsume in initMeeting() auf false steht.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Rufen Sie consumeMicStreams() erneut auf, sobald die Verbindung zum Meeting stabil ist.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'consume-webcam-streams-failed': {
    title: 'Webcam-Stream nicht empfangen (consume)',
    userTitle: 'Video nicht geladen',
    description:
      'Die Webcam-Streams des Teilnehmers konnten nicht empfangen (consume) werden. Versuchen Sie es erneut.',
    userMessage: 'Das Video dieses Teilnehmers wurde nicht geladen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage abgelehnt, die participant.consumeWebcamStreams() für den Teilnehmer gesendet hat, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die App ruft diese Methode selbst auf, weil autoConsume in initMeeting() auf false steht.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Rufen Sie consumeWebcamStreams() erneut auf, sobald die Verbindung zum Meeting stabil ist.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'create-consumer-failed': {
    title: 'Consumer nicht erstellt',
    userTitle: 'Audio oder Video nicht geladen',
    description: 'Ein Consumer konnte nicht erstellt werden.',
    userMessage:
      'Audio oder Video einer Person im Meeting wurde nicht geladen. Wenn es weiterhin fehlt, laden Sie die Seite neu.',
    causes: [
      'Der Server konnte keinen Consumer erstellen, daher empfängt dieser Teilnehmer einen der Remote-Medienstreams nicht.',
      'Der Doku-Kommentar des SDK nennt keinen Grund. Prüfen Sie den Grund des Servers in der Fehlermeldung.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung und die Logs der App, und notieren Sie, welcher Remote-Teilnehmer betroffen ist.',
      },
      {
        by: 'user',
        text: 'Wenn Audio oder Video einer Person weiterhin fehlt, laden Sie die Seite neu und treten Sie erneut bei.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin auftritt, senden Sie die Meeting-ID, den Zeitpunkt und die Fehlermeldung an den VideoSDK-Support.',
      },
    ],
  },
  'disable-participant-mic-failed': {
    title: 'Mikrofon des Teilnehmers nicht ausgeschaltet',
    userTitle: 'Mikrofon-Anfrage fehlgeschlagen',
    description:
      'Das Mikrofon des Teilnehmers konnte nicht ausgeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Die Anfrage, das Mikrofon dieses Teilnehmers auszuschalten, ist nicht durchgegangen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.disableMic() für einen Remote-Teilnehmer abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung. Wenn er eine Berechtigung nennt, prüfen Sie die Berechtigungen im Token des lokalen Teilnehmers.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'disable-participant-webcam-failed': {
    title: 'Webcam des Teilnehmers nicht ausgeschaltet',
    userTitle: 'Kamera-Anfrage fehlgeschlagen',
    description:
      'Die Webcam des Teilnehmers konnte nicht ausgeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Die Anfrage, die Kamera dieses Teilnehmers auszuschalten, ist nicht durchgegangen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.disableWebcam() für einen Remote-Teilnehmer abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung. Wenn er eine Berechtigung nennt, prüfen Sie die Berechtigungen im Token des lokalen Teilnehmers.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'enable-participant-mic-failed': {
    title: 'Mikrofon des Teilnehmers nicht eingeschaltet',
    userTitle: 'Mikrofon-Anfrage fehlgeschlagen',
    description:
      'Das Mikrofon des Teilnehmers konnte nicht eingeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Die Anfrage, das Mikrofon dieses Teilnehmers einzuschalten, ist nicht durchgegangen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.enableMic() für einen Remote-Teilnehmer abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung. Wenn er eine Berechtigung nennt, prüfen Sie die Berechtigungen im Token des lokalen Teilnehmers.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'enable-participant-webcam-failed': {
    title: 'Webcam des Teilnehmers nicht eingeschaltet',
    userTitle: 'Kamera-Anfrage fehlgeschlagen',
    description:
      'Die Webcam des Teilnehmers konnte nicht eingeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Die Anfrage, die Kamera dieses Teilnehmers einzuschalten, ist nicht durchgegangen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.enableWebcam() für einen Remote-Teilnehmer abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung. Wenn er eine Berechtigung nennt, prüfen Sie die Berechtigungen im Token des lokalen Teilnehmers.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
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
  },
  'failed-to-set-value': {
    title: 'Realtime-Store-Wert nicht gespeichert',
    userTitle: 'Änderung nicht gespeichert',
    description: 'Der Wert im Realtime Store konnte nicht gesetzt werden.',
    userMessage: 'Ihre Änderung wurde nicht gespeichert. Versuchen Sie es erneut.',
    causes: [
      'Die Schreibanfrage von meeting.realtimeStore.setValue() ist auf dem Server oder im Netzwerk fehlgeschlagen.',
      'Ungültige Schlüssel, ungültige Werte und Werte über 1 KB lösen andere Codes aus, bevor die Anfrage gesendet wird. Prüfen Sie den Grund des Servers in der Fehlermeldung.',
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
      'Die Anfrage zum Abbestellen von meeting.realtimeStore.stopObserving() ist auf dem Server oder im Netzwerk fehlgeschlagen.',
      'In js-sdk 1.1.1 wirft stopObserving() diesen Code nicht: Der Fehler wird im Trace des SDK aufgezeichnet, und die Methode kehrt normal zurück.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung oder im Trace des SDK.',
      },
      {
        by: 'app',
        text: 'Ignorieren Sie Aktualisierungen für Schlüssel, die die App nicht mehr beobachtet, damit eine verspätete Aktualisierung keinen Schaden anrichtet.',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: 'RECV_ONLY-Limit der Organisation erreicht',
    userTitle: 'Zuschauerlimit erreicht',
    description:
      'Die Organisation hat die maximale Anzahl an Teilnehmern erreicht, die im Modus RECV_ONLY beitreten. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Dieser Dienst hat sein Limit für Zuschauer erreicht, daher können Sie gerade nicht beitreten. Versuchen Sie es später erneut.',
    causes: [
      'Ein Teilnehmer wollte im Modus RECV_ONLY beitreten, während die Organisation ihr Limit für RECV_ONLY-Teilnehmer erreicht hatte, daher kam der Teilnehmer nicht hinein.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das RECV_ONLY-Limit der Organisation zu erhöhen.',
      },
      {
        by: 'support',
        text: 'Erhöhen Sie das Limit der Organisation für RECV_ONLY-Teilnehmer.',
      },
      {
        by: 'app',
        text: 'Teilen Sie dem Nutzer mit, dass das Limit erreicht ist, und wiederholen Sie den Versuch nicht automatisch.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es später erneut.',
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
  'pause-all-streams-failed': {
    title: 'Pausieren aller Streams fehlgeschlagen',
    userTitle: 'Pausieren nicht möglich',
    description: 'Die Streams konnten nicht alle pausiert werden. Versuchen Sie es erneut.',
    userMessage:
      'Audio und Video der anderen konnten nicht pausiert werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.pauseAllStreams() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Lassen Sie die Oberfläche im vorherigen Zustand und rufen Sie pauseAllStreams() erneut auf, sobald die Verbindung zum Meeting stabil ist.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'pause-stream-failed': {
    title: 'Pausieren des Streams fehlgeschlagen',
    userTitle: 'Pausieren nicht möglich',
    description: 'Der Stream konnte nicht pausiert werden. Versuchen Sie es erneut.',
    userMessage:
      'Audio oder Video dieses Teilnehmers konnte nicht pausiert werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von stream.pause() für den Stream eines Remote-Teilnehmers abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie den Stream weiterhin als laufend an und bieten Sie eine Wiederholung an.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'pin-failed': {
    title: 'Anheften fehlgeschlagen',
    userTitle: 'Anheften hat nicht funktioniert',
    description: 'Der Teilnehmer konnte nicht angeheftet werden. Versuchen Sie es erneut.',
    userMessage: 'Dieser Teilnehmer konnte nicht angeheftet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.pin() zum Anheften des Teilnehmers abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Das SDK stellt den vorherigen Anheftstatus wieder her, wenn der Server ablehnt.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Aktualisieren Sie das Layout anhand des Ereignisses pin-state-changed, nicht allein anhand der Anfrage.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'pubsub-publish-failed': {
    title: 'PubSub-Veröffentlichung fehlgeschlagen',
    userTitle: 'Nachricht nicht gesendet',
    description:
      'Die Nachricht konnte nicht im PubSub-Topic veröffentlicht werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihre Nachricht wurde nicht gesendet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    causes: [
      'Die Veröffentlichungsanfrage von meeting.pubSub.publish() hat das Zeitlimit überschritten, oder der Server hat einen Fehler zurückgegeben.',
      'Die Fehlermeldung sagt, ob das Zeitlimit überschritten wurde, oder nennt den Grund des Servers.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Unterscheiden Sie anhand der Fehlermeldung eine Zeitüberschreitung von einem Serverfehler.',
      },
      {
        by: 'app',
        text: 'Behalten Sie die nicht gesendete Nachricht in der Oberfläche und lassen Sie den Nutzer sie erneut senden.',
      },
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'PubSub-Abonnement fehlgeschlagen',
    userTitle: 'Nachrichten werden nicht geladen',
    description: 'Das PubSub-Topic konnte nicht abonniert werden. Versuchen Sie es erneut.',
    userMessage:
      'Neue Nachrichten werden möglicherweise nicht angezeigt. Prüfen Sie Ihre Internetverbindung und laden Sie die Seite dann neu.',
    causes: [
      'Die Abonnementanfrage von meeting.pubSub.subscribe() hat das Zeitlimit überschritten, oder der Server hat einen Fehler zurückgegeben.',
      'Die Fehlermeldung enthält den Grund, sofern einer genannt wurde.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Unterscheiden Sie anhand der Fehlermeldung eine Zeitüberschreitung von einem Serverfehler.',
      },
      {
        by: 'app',
        text: 'Rufen Sie subscribe() erneut auf, sobald die Verbindung zum Meeting stabil ist.',
      },
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und laden Sie die Seite dann neu.',
      },
    ],
  },
  'pubsub-unsubscribe-failed': {
    title: 'PubSub-Abbestellung fehlgeschlagen',
    userTitle: 'Nachrichten nicht gestoppt',
    description: 'Das PubSub-Topic konnte nicht abbestellt werden. Versuchen Sie es erneut.',
    userMessage:
      'Möglicherweise erhalten Sie hier weiterhin einige Nachrichten. Sie müssen nichts weiter tun.',
    causes: [
      'Die Abbestellungsanfrage von meeting.pubSub.unsubscribe() hat das Zeitlimit überschritten, oder der Server hat einen Fehler zurückgegeben.',
      'Die Fehlermeldung enthält den Grund, sofern einer genannt wurde.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Unterscheiden Sie anhand der Fehlermeldung eine Zeitüberschreitung von einem Serverfehler.',
      },
      {
        by: 'app',
        text: 'Rufen Sie unsubscribe() erneut mit demselben Listener-Objekt auf und ignorieren Sie bis dahin Nachrichten zu diesem Topic.',
      },
    ],
  },
  'remove-participant-failed': {
    title: 'Teilnehmer nicht entfernt',
    userTitle: 'Teilnehmer konnte nicht entfernt werden',
    description: 'Der Teilnehmer konnte nicht entfernt werden. Versuchen Sie es erneut.',
    userMessage:
      'Dieser Teilnehmer konnte nicht aus dem Meeting entfernt werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.remove() zum Entfernen des Teilnehmers abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung. Wenn er eine Berechtigung nennt, prüfen Sie die Berechtigungen im Token des lokalen Teilnehmers.',
      },
      {
        by: 'app',
        text: 'Behalten Sie den Teilnehmer in der Liste, bis das Ereignis participant-left eintrifft.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'request-media-relay-failed': {
    title: 'Anfrage zur Medienweiterleitung fehlgeschlagen',
    userTitle: 'Senden an anderes Meeting nicht möglich',
    description:
      'Die Medienweiterleitung konnte nicht angefordert werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihr Audio und Video konnten nicht an das andere Meeting gesendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.requestMediaRelay() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Prüfen Sie den Grund des Servers in der Fehlermeldung, zum Beispiel zum Ziel-Meeting oder zu dessen Token.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie die Meeting-ID des Ziel-Meetings und das Token, das Sie für das Ziel-Meeting übergeben.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'respond-entry-failed': {
    title: 'Antwort auf Beitrittsanfrage fehlgeschlagen',
    userTitle: 'Antwort nicht gesendet',
    description:
      'Auf die Beitrittsanfrage konnte nicht geantwortet werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihre Antwort auf die Beitrittsanfrage ist nicht durchgegangen. Versuchen Sie es erneut.',
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
  'respond-media-relay-request-failed': {
    title: 'Antwort auf Weiterleitungsanfrage fehlgeschlagen',
    userTitle: 'Antwort nicht gesendet',
    description:
      'Auf die Anfrage zur Medienweiterleitung konnte nicht geantwortet werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihre Antwort auf die Anfrage aus dem anderen Meeting ist nicht durchgegangen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Antwort von accept() oder reject() des Ereignisses media-relay-request-received abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Lassen Sie die Weiterleitungsanfrage auf dem Bildschirm, damit der Organisator sie erneut beantworten kann.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'resume-all-streams-failed': {
    title: 'Fortsetzen aller Streams fehlgeschlagen',
    userTitle: 'Fortsetzen nicht möglich',
    description: 'Die Streams konnten nicht alle fortgesetzt werden. Versuchen Sie es erneut.',
    userMessage:
      'Audio und Video der anderen konnten nicht fortgesetzt werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.resumeAllStreams() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Lassen Sie die Oberfläche im vorherigen Zustand und rufen Sie resumeAllStreams() erneut auf, sobald die Verbindung zum Meeting stabil ist.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'resume-stream-failed': {
    title: 'Fortsetzen des Streams fehlgeschlagen',
    userTitle: 'Fortsetzen nicht möglich',
    description: 'Der Stream konnte nicht fortgesetzt werden. Versuchen Sie es erneut.',
    userMessage:
      'Audio oder Video dieses Teilnehmers konnte nicht fortgesetzt werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von stream.resume() für den Stream eines Remote-Teilnehmers abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie den Stream weiterhin als pausiert an und bieten Sie eine Wiederholung an.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'set-quality-failed': {
    title: 'Stream-Qualität nicht festgelegt',
    userTitle: 'Videoqualität unverändert',
    description: 'Die Stream-Qualität konnte nicht festgelegt werden. Versuchen Sie es erneut.',
    userMessage: 'Die Videoqualität wurde nicht geändert. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage abgelehnt, die participant.setQuality() oder participant.setScreenShareQuality() für den Teilnehmer gesendet hat, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie weiterhin die vorherige Qualität an und rufen Sie die Methode erneut auf, sobald die Verbindung zum Meeting stabil ist.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'something-went-wrong': {
    title: 'Etwas ist schiefgelaufen',
    userTitle: 'Ein Fehler ist aufgetreten',
    description: 'Etwas ist schiefgelaufen.',
    userMessage:
      'Im Meeting ist etwas schiefgelaufen. Versuchen Sie es erneut, und wenn das Problem weiterhin auftritt, wenden Sie sich an {supportContact}.',
    causes: [
      'Der Server hat einen Fehler ohne spezifischeren Code gemeldet.',
      'js-sdk 1.1.1 löst diesen Code nicht selbst aus. Prüfen Sie den Grund des Servers in der Fehlermeldung.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung und die Logs der App, und notieren Sie die Meeting-ID und den Zeitpunkt.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, laden Sie die Seite neu.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin auftritt, senden Sie die Meeting-ID, den Zeitpunkt und die Fehlermeldung an den VideoSDK-Support.',
      },
    ],
  },
  'start-composite-recording-failed': {
    title: 'Composite-Aufzeichnung nicht gestartet',
    userTitle: 'Aufzeichnung nicht gestartet',
    description:
      'Die Anfrage zum Starten der Composite-Aufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Aufzeichnung wurde nicht gestartet. Versuchen Sie es erneut.',
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
  'start-translation-failed': {
    title: 'Übersetzung nicht gestartet',
    userTitle: 'Übersetzung nicht gestartet',
    description:
      'Die Anfrage zum Starten der Übersetzung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Übersetzung wurde nicht gestartet. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.startTranslation() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Der Doku-Kommentar des SDK nennt keinen bestimmten Grund. Prüfen Sie den Grund des Servers in der Fehlermeldung.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung und die übergebene Konfiguration der Übersetzung.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie die Übersetzung erst als aktiv an, nachdem das Ereignis translation-state-changed ihren Start meldet.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'start-whiteboard-failed': {
    title: 'Whiteboard nicht gestartet',
    userTitle: 'Whiteboard nicht gestartet',
    description: 'Das Whiteboard konnte nicht gestartet werden. Versuchen Sie es erneut.',
    userMessage: 'Das Whiteboard wurde nicht gestartet. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.startWhiteboard() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie das Whiteboard erst nach dem Ereignis whiteboard-started an und bieten Sie eine Wiederholung an.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'stop-composite-recording-failed': {
    title: 'Composite-Aufzeichnung nicht beendet',
    userTitle: 'Aufzeichnung nicht beendet',
    description:
      'Die Anfrage zum Beenden der Composite-Aufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Aufzeichnung wurde nicht beendet. Versuchen Sie es erneut.',
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
  'stop-consuming-mic-streams-failed': {
    title: 'Beenden des Mikrofonempfangs fehlgeschlagen',
    userTitle: 'Audio nicht gestoppt',
    description:
      'Der Empfang (consume) der Mikrofonstreams des Teilnehmers konnte nicht beendet werden. Versuchen Sie es erneut.',
    userMessage:
      'Das Audio dieses Teilnehmers konnte nicht gestoppt werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage abgelehnt, die participant.stopConsumingMicStreams() für den Teilnehmer gesendet hat, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Rufen Sie stopConsumingMicStreams() erneut auf, sobald die Verbindung zum Meeting stabil ist.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'stop-consuming-webcam-streams-failed': {
    title: 'Beenden des Webcam-Empfangs fehlgeschlagen',
    userTitle: 'Video nicht gestoppt',
    description:
      'Der Empfang (consume) der Webcam-Streams des Teilnehmers konnte nicht beendet werden. Versuchen Sie es erneut.',
    userMessage:
      'Das Video dieses Teilnehmers konnte nicht gestoppt werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage abgelehnt, die participant.stopConsumingWebcamStreams() für den Teilnehmer gesendet hat, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Rufen Sie stopConsumingWebcamStreams() erneut auf, sobald die Verbindung zum Meeting stabil ist.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'stop-media-relay-failed': {
    title: 'Medienweiterleitung nicht beendet',
    userTitle: 'Senden an anderes Meeting läuft noch',
    description: 'Die Medienweiterleitung konnte nicht beendet werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihr Audio und Video werden weiterhin an das andere Meeting gesendet. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.stopMediaRelay() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung und die übergebene Meeting-ID des Ziel-Meetings.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie die Weiterleitung weiterhin als aktiv an, bis das Ereignis media-relay-stopped eintrifft.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'stop-translation-failed': {
    title: 'Übersetzung nicht beendet',
    userTitle: 'Übersetzung nicht beendet',
    description:
      'Die Anfrage zum Beenden der Übersetzung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Übersetzung wurde nicht beendet. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.stopTranslation() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Der Doku-Kommentar des SDK nennt keinen bestimmten Grund. Prüfen Sie den Grund des Servers in der Fehlermeldung.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie die Übersetzung weiterhin als aktiv an, bis das Ereignis translation-state-changed meldet, dass sie beendet ist.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: 'Whiteboard nicht beendet',
    userTitle: 'Whiteboard nicht beendet',
    description: 'Das Whiteboard konnte nicht beendet werden. Versuchen Sie es erneut.',
    userMessage: 'Das Whiteboard wurde nicht beendet. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.stopWhiteboard() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Lassen Sie das Whiteboard geöffnet, bis das Ereignis whiteboard-stopped eintrifft, und bieten Sie eine Wiederholung an.',
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
      'Der Server hat die Anfrage von participant.switchTo(), den Teilnehmer in einen anderen Raum zu verschieben, abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
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
  'translation-failed': {
    title: 'Übersetzung beendet',
    userTitle: 'Übersetzung beendet',
    description: 'Die Übersetzung wurde aufgrund eines internen Fehlers beendet.',
    userMessage: 'Die Übersetzung wurde unerwartet beendet. Sie können sie erneut starten.',
    causes: [
      'Die Übersetzung wurde wegen eines internen Serverfehlers beendet, wie der Doku-Kommentar des SDK sagt.',
      'Das SDK nennt keine weiteren Details. Prüfen Sie den Grund des Servers in der Fehlermeldung.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Aktualisieren Sie die Oberfläche anhand des Ereignisses translation-state-changed und lassen Sie den Nutzer die Übersetzung erneut starten.',
      },
      {
        by: 'user',
        text: 'Starten Sie die Übersetzung erneut.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin auftritt, senden Sie die Meeting-ID, den Zeitpunkt und die Fehlermeldung an den VideoSDK-Support.',
      },
    ],
  },
  'unpin-failed': {
    title: 'Lösen fehlgeschlagen',
    userTitle: 'Lösen hat nicht funktioniert',
    description: 'Der Teilnehmer konnte nicht gelöst werden. Versuchen Sie es erneut.',
    userMessage: 'Dieser Teilnehmer konnte nicht gelöst werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.unpin() zum Lösen des Teilnehmers abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Das SDK stellt den vorherigen Anheftstatus wieder her, wenn der Server ablehnt.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Aktualisieren Sie das Layout anhand des Ereignisses pin-state-changed, nicht allein anhand der Anfrage.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: 'Whiteboard-Vorgang läuft',
    userTitle: 'Whiteboard ist beschäftigt',
    description: 'Ein Whiteboard-Vorgang läuft bereits. Warten Sie, bis er abgeschlossen ist.',
    userMessage:
      'Das Whiteboard wird gerade gestartet oder beendet, bitte warten Sie einen Moment. Sie müssen nichts weiter tun.',
    causes: [
      'Die App hat meeting.startWhiteboard() oder meeting.stopWhiteboard() aufgerufen, während ein früherer Whiteboard-Vorgang noch lief, daher wurde die neue Anfrage abgelehnt.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Deaktivieren Sie die Whiteboard-Steuerelemente, solange ein Start oder Stopp aussteht, und warten Sie auf das Ereignis whiteboard-started oder whiteboard-stopped.',
      },
      {
        by: 'user',
        text: 'Warten Sie einen Moment, bis das Whiteboard bereit ist.',
      },
    ],
  },
};
