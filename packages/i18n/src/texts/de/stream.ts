import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'stream'> = {
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
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um Adaptive Subscription für das Konto aktivieren zu lassen oder zu erfahren, warum sie nicht verfügbar ist.',
      },
      {
        by: 'app',
        text: 'Rufen Sie enableAdaptiveSubscription() und disableAdaptiveSubscription() nicht auf, bis sie aktiviert ist.',
      },
    ],
  },
  'codec-not-supported': {
    title: 'Remote-Video-Codec nicht unterstützt',
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
    variants: {
      app: {
        userMessage:
          'Dieses Gerät kann das Video dieses Teilnehmers nicht anzeigen. Es kann helfen, die App zu aktualisieren.',
        fixes: [
          {
            by: 'app',
            text: 'Prüfen Sie, welchen Codec der Remote-Teilnehmer sendet und welche Video-Codecs dieses Gerät unterstützt.',
          },
          {
            by: 'app',
            text: 'Lassen Sie Teilnehmer Video in einem Codec senden, den jedes von Ihnen unterstützte Gerät dekodieren kann.',
          },
          {
            by: 'user',
            text: 'Aktualisieren Sie die App oder treten Sie über ein anderes Gerät bei.',
          },
        ],
      },
    },
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
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID, dem Zeitpunkt und der Fehlermeldung an den VideoSDK-Support.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Audio oder Video einer Person im Meeting wurde nicht geladen. Wenn es weiterhin fehlt, verlassen Sie das Meeting und treten Sie erneut bei.',
        fixes: [
          {
            by: 'app',
            text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung und die Logs der App, und notieren Sie, welcher Remote-Teilnehmer betroffen ist.',
          },
          {
            by: 'user',
            text: 'Wenn Audio oder Video einer Person weiterhin fehlt, verlassen Sie das Meeting und treten Sie erneut bei.',
          },
          {
            by: 'support',
            text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID, dem Zeitpunkt und der Fehlermeldung an den VideoSDK-Support.',
          },
        ],
      },
    },
  },
  'multistream-not-supported': {
    title: 'Multistream für Codec nicht unterstützt',
    userTitle: 'Videoqualität eingeschränkt',
    description: 'Multistream wird für diesen Codec nicht unterstützt.',
    userMessage:
      'Ihr Video funktioniert weiterhin, aber nur in einer Qualitätsstufe. Sie müssen nichts weiter tun.',
    causes: [
      'Die App hat Multistream mit einem Codec angefordert, mit dem das SDK es nicht verwenden kann: VP9 oder AV1, oder H264 in React Native.',
      'Das SDK schaltet Multistream aus und sendet einen einzigen Videostream.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verwenden Sie VP8, wenn Sie Multistream brauchen, oder schalten Sie Multistream aus, wenn Sie VP9 oder AV1 verwenden.',
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
};
