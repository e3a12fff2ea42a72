import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-device'> = {
  'audio-track-creation-failed': {
    title: 'Audiospur nicht erstellt',
    userTitle: 'Audio konnte nicht gestartet werden',
    description:
      'Ein Fehler ist aufgetreten, und die Audiospur konnte nicht erstellt werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihr Audio konnte nicht gestartet werden. Prüfen Sie Ihr Mikrofon und versuchen Sie es dann erneut.',
    causes: [
      'Das SDK konnte keine Audiospur aus dem Mikrofon erstellen.',
      'Die Meldung sagt nicht, warum. Prüfen Sie die Logs der App auf den zugrunde liegenden Gerätefehler.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihr Mikrofon angeschlossen ist und keine andere App es verwendet, und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Protokollieren Sie den zugrunde liegenden Fehler und bieten Sie eine Schaltfläche zum Wiederholen an.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Teilnehmer ohne Audio im Meeting, solange das Problem besteht.',
      },
    ],
  },
  'camera-access': {
    title: 'Kein Zugriff auf die Kamera möglich',
    userTitle: 'Kamera konnte nicht verwendet werden',
    description: 'Etwas ist schiefgelaufen. Auf die Kamera konnte nicht zugegriffen werden.',
    userMessage:
      'Diese App konnte Ihre Kamera nicht verwenden. Versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, starten Sie diese App neu.',
    causes: [
      'Das SDK konnte die Kamera nicht öffnen, und die Meldung sagt nicht, warum.',
      'Eine verweigerte Berechtigung und eine belegte Kamera haben eigene Codes. Prüfen Sie die Logs der App auf den zugrunde liegenden Fehler.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn sich die Kamera weiterhin nicht verwenden lässt, starten Sie diese App neu und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Lassen Sie die Kamera ausgeschaltet, lassen Sie den Teilnehmer im Meeting und ermöglichen Sie ihm, die Kamera später wieder einzuschalten.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, prüfen Sie die Logs der App aus dem Zeitpunkt, als sie die Kamera eingeschaltet hat, zusammen mit Gerätemodell und Betriebssystemversion.',
      },
    ],
  },
  'camera-access-denied': {
    title: 'Kamerazugriff auf dem Gerät verweigert',
    userTitle: 'Kamerazugriff ist deaktiviert',
    description:
      'Der Kamerazugriff wurde verweigert oder die Anfrage wurde geschlossen. Erteilen Sie den Zugriff in den Geräteeinstellungen, um fortzufahren.',
    userMessage:
      'Diese App kann Ihre Kamera nicht verwenden. Erlauben Sie dieser App den Kamerazugriff in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
    causes: [
      'Der Nutzer hat die Abfrage zum Kamerazugriff abgelehnt oder geschlossen oder den Zugriff zuvor in den Geräteeinstellungen deaktiviert.',
      'Nach einer Ablehnung fragt das Betriebssystem möglicherweise nicht noch einmal, daher lässt sich der Zugriff nur in den Geräteeinstellungen wieder aktivieren.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung der Kamera und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Erklären Sie, wofür die App die Kamera braucht, bevor das System fragt, und bieten Sie eine direkte Verknüpfung zur Seite der App in den Geräteeinstellungen an.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die App die Kameranutzung deklariert: NSCameraUsageDescription unter iOS und die Berechtigung CAMERA unter Android.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.',
      },
    ],
  },
  'camera-access-denied-or-dismissed': {
    title: 'Kamerazugriff verweigert',
    userTitle: 'Kamera ist blockiert',
    description:
      'Der Kamerazugriff wurde verweigert oder die Anfrage wurde geschlossen. Erteilen Sie den Zugriff in den Browser- oder Geräteeinstellungen, um fortzufahren.',
    userMessage:
      'Der Kamerazugriff ist für diese Seite blockiert. Erlauben Sie die Kamera in Ihren Browsereinstellungen und laden Sie die Seite dann neu.',
    causes: [
      'Der Nutzer hat die Abfrage zum Kamerazugriff abgelehnt oder geschlossen.',
      'Der Kamerazugriff wurde möglicherweise auch schon früher für diese Website oder App blockiert.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Erlauben Sie die Kamera für diese Website in Ihren Browsereinstellungen und laden Sie die Seite dann neu.',
      },
      {
        by: 'app',
        text: 'Erklären Sie, wofür die App die Kamera braucht, bevor der Browser fragt, und zeigen Sie, wie man sie in den Browsereinstellungen erlaubt.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Diese App darf Ihre Kamera nicht verwenden. Erlauben Sie dieser App den Kamerazugriff in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung der Kamera und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Erklären Sie, wofür die App die Kamera braucht, bevor das System fragt, und bieten Sie eine direkte Verknüpfung zur Seite der App in den Geräteeinstellungen an.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.',
          },
        ],
      },
    },
  },
  'camera-access-unavailable': {
    title: 'Kamerazugriff nicht verfügbar',
    userTitle: 'Kamera nicht verfügbar',
    description:
      'Der Kamerazugriff ist nicht verfügbar. Stellen Sie sicher, dass das Gerät kompatibel ist und die Seite über eine sichere Verbindung (https://) bereitgestellt wird.',
    userMessage:
      'Ihre Kamera kann gerade nicht verwendet werden. Prüfen Sie, ob Ihr Gerät eine funktionierende Kamera hat, und versuchen Sie es dann erneut.',
    causes: [
      'Der Browser oder das Gerät stellt keinen Kamerazugriff bereit, zum Beispiel weil keine kompatible Kamera vorhanden ist.',
      'Browser erlauben die Kamera nur auf sicheren Seiten (https:// oder localhost), daher erhält eine Seite, die über einfaches http:// bereitgestellt wird, keine Kamera.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Stellen Sie die App über https:// bereit. Für die Entwicklung ist auch localhost erlaubt.',
      },
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihre Kamera angeschlossen ist und funktioniert, oder verwenden Sie einen anderen Browser oder ein anderes Gerät.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Der Browser oder das Gerät stellt keinen Kamerazugriff bereit, zum Beispiel weil keine kompatible Kamera vorhanden ist.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Prüfen Sie, ob Ihr Gerät eine funktionierende Kamera hat, und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie, ob das Gerät eine Kamera hat, die die App verwenden kann, und protokollieren Sie den zugrunde liegenden Fehler.',
          },
          {
            by: 'app',
            text: 'Wenn die App auch in einem Browser läuft, stellen Sie sie über https:// bereit.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.',
          },
        ],
      },
    },
  },
  'camera-device-incompatible': {
    title: 'Kamera nicht kompatibel',
    userTitle: 'Kamera liefert kein Bild',
    description:
      'Das Kameragerät kann kein Video erzeugen: Der Videostream konnte nicht erstellt werden. Stellen Sie sicher, dass das Gerät kompatibel ist.',
    userMessage:
      'Diese App erhält kein Bild von Ihrer Kamera. Verwenden Sie eine andere Kamera oder ein anderes Gerät.',
    causes: [
      'Das SDK konnte aus der ausgewählten Kamera keinen Videostream erstellen, daher meldet es die Kamera als nicht kompatibel.',
      'Die Meldung sagt nicht, warum die Kamera versagt hat. Prüfen Sie die Logs der App, das Gerätemodell und die Version des Betriebssystems.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verwenden Sie eine andere Kamera oder nutzen Sie diese App auf einem anderen Gerät.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Teilnehmer ohne Video im Meeting und bieten Sie eine Kameraauswahl an, wenn das Gerät mehr als eine Kamera hat.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie in den Logs der App Gerätemodell, Betriebssystemversion und Kamera, und testen Sie die App auf derselben Art von Gerät.',
      },
    ],
  },
  'camera-in-use': {
    title: 'Kamera wird bereits verwendet',
    userTitle: 'Kamera ist belegt',
    description:
      'Die Kamera wird von einer anderen Anwendung verwendet. Schließen Sie alle Programme, die die Kamera nutzen, etwa Videokonferenz-Tools, Software zur Bildschirmaufzeichnung oder andere Browser, starten Sie den Browser neu und versuchen Sie es erneut.',
    userMessage:
      'Eine andere App oder ein anderer Browser verwendet Ihre Kamera. Schließen Sie die App oder den Browser und versuchen Sie es dann erneut.',
    causes: [
      'Eine andere Anwendung oder ein anderer Browser belegt die Kamera. Vor allem unter Windows lässt sich eine belegte Kamera kein zweites Mal öffnen.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Schließen Sie andere Apps oder Browser, die die Kamera verwenden, und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Eine andere App verwendet Ihre Kamera. Schließen Sie diese App und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Schließen Sie andere Apps, die die Kamera verwenden, und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.',
          },
        ],
      },
    },
  },
  'camera-not-found': {
    title: 'Kamera nicht gefunden',
    userTitle: 'Keine Kamera gefunden',
    description:
      'Stellen Sie sicher, dass Ihre Kamera angeschlossen und eingeschaltet ist und dass der Kameratreiber installiert und aktuell ist.',
    userMessage:
      'Wir können Ihre Kamera nicht finden. Prüfen Sie, ob sie angeschlossen und eingeschaltet ist, und versuchen Sie es dann erneut.',
    causes: [
      'Der Browser hat gemeldet, dass er für die Anfrage keine Kamera gefunden hat, daher konnte die Kamera nicht gestartet werden.',
      'Wie die Meldung sagt, ist die Kamera möglicherweise nicht angeschlossen oder ausgeschaltet, oder ihr Treiber fehlt oder ist veraltet.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihre Kamera angeschlossen und eingeschaltet ist, und versuchen Sie es dann erneut.',
      },
      {
        by: 'user',
        text: 'Wenn die Kamera weiterhin nicht gefunden wird, aktualisieren Sie ihren Treiber oder starten Sie Ihr Gerät neu, und laden Sie die Seite dann neu.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer ohne Video beitreten und lassen Sie ihn eine andere Kamera aus der Geräteliste auswählen.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät hat gemeldet, dass es für die Anfrage keine Kamera gefunden hat, daher konnte die Kamera nicht gestartet werden.',
          'Wie die Meldung sagt, ist die Kamera möglicherweise nicht angeschlossen oder ausgeschaltet, oder ihr Treiber fehlt oder ist veraltet.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Prüfen Sie, ob Ihre Kamera angeschlossen und eingeschaltet ist, und versuchen Sie es dann erneut.',
          },
          {
            by: 'user',
            text: 'Wenn die Kamera weiterhin nicht gefunden wird, starten Sie Ihr Gerät neu und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer ohne Video beitreten und lassen Sie ihn eine andere Kamera aus der Geräteliste auswählen.',
          },
        ],
      },
    },
  },
  'camera-permission-denied-by-os': {
    title: 'Kamera vom System blockiert',
    userTitle: 'Kamera durch Einstellungen blockiert',
    description:
      'Die Einstellungen des Betriebssystems verweigern die Kameraberechtigung. Prüfen Sie die Systemeinstellungen und erteilen Sie diesem Browser die Berechtigung.',
    userMessage:
      'Die Datenschutzeinstellungen Ihres Geräts blockieren die Kamera für diesen Browser. Erlauben Sie diesem Browser die Verwendung der Kamera in Ihren Systemeinstellungen und laden Sie die Seite dann neu.',
    causes: [
      'Das Betriebssystem verweigert dem Browser oder der App den Kamerazugriff, zum Beispiel in den Datenschutzeinstellungen von macOS oder Windows.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Öffnen Sie die Datenschutzeinstellungen Ihres Geräts, erlauben Sie diesem Browser die Verwendung der Kamera und laden Sie die Seite dann neu.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie kurze Schritte für das Betriebssystem des Nutzers an und lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Die Datenschutzeinstellungen Ihres Geräts blockieren die Kamera für diese App. Erlauben Sie dieser App die Verwendung der Kamera in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung der Kamera und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Zeigen Sie kurze Schritte für das Betriebssystem des Nutzers an und lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.',
          },
        ],
      },
    },
  },
  'camera-permission-or-autoplay-issue': {
    title: 'Problem mit Kameraberechtigung oder Autoplay',
    userTitle: 'Kamera ist blockiert',
    description:
      'Es scheint ein Problem mit der Kameraberechtigung oder mit der automatischen Videowiedergabe (Autoplay) zu geben. Details finden Sie unter https://tinyurl.com/autoplay-issue (ein Kurzlink eines Drittanbieters aus der Meldung des SDK).',
    userMessage:
      'Ihr Browser hat die Kamera nicht erlaubt. Erlauben Sie die Kamera für diese Seite in Ihren Browsereinstellungen und laden Sie die Seite dann neu.',
    causes: [
      'Der Browser hat den Kamerazugriff mit einem NotAllowedError verweigert, der besagt, dass der User Agent die Anfrage nicht erlaubt. Laut SDK meldet Firefox eine verweigerte Berechtigung auf diese Weise.',
      'Die Meldung verweist auch auf die Autoplay-Regeln des Browsers, die Video blockieren können, das ohne Aktion des Nutzers startet.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Erlauben Sie die Kamera für diese Seite in Ihren Browsereinstellungen und laden Sie die Seite dann neu.',
      },
      {
        by: 'app',
        text: 'Starten Sie Kamera und Videowiedergabe aus einer Aktion des Nutzers heraus, etwa einem Klick, damit der Browser sie erlaubt.',
      },
      {
        by: 'app',
        text: 'Die Hinweise des SDK zu diesem Problem finden Sie unter https://tinyurl.com/autoplay-issue (ein Kurzlink eines Drittanbieters aus der Meldung des SDK).',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Betriebssystem hat der App den Kamerazugriff verweigert: Der Nutzer hat die Berechtigung abgelehnt oder in den Einstellungen des Geräts deaktiviert, oder die App deklariert die Kameranutzung nicht.',
        ],
        userMessage:
          'Diese App darf Ihre Kamera nicht verwenden. Erlauben Sie dieser App den Kamerazugriff in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung der Kamera und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie, ob die App die Kameranutzung deklariert: NSCameraUsageDescription unter iOS und die Berechtigung CAMERA unter Android.',
          },
          {
            by: 'app',
            text: 'Die Hinweise des SDK zu diesem Problem finden Sie unter https://tinyurl.com/autoplay-issue (ein Kurzlink eines Drittanbieters aus der Meldung des SDK).',
          },
        ],
      },
    },
  },
  'capture-image-failed': {
    title: 'Bildaufnahme fehlgeschlagen',
    userTitle: 'Bild konnte nicht aufgenommen werden',
    description: 'Das Bild konnte nicht aufgenommen werden. Versuchen Sie es erneut.',
    userMessage: 'Wir konnten das Bild nicht aufnehmen. Versuchen Sie es erneut.',
    causes: [
      'Der Browser konnte für captureImage() kein Einzelbild aus dem Video des Teilnehmers zeichnen oder kodieren.',
      'Die Fehlermeldung enthält den Grund des Browsers.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die Kamera des Teilnehmers eingeschaltet ist und sein Video abgespielt wird, bevor Sie ein Bild aufnehmen.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, prüfen Sie den Grund in der Fehlermeldung und die Logs der App.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät konnte für captureImage() kein Einzelbild aus dem Video des Teilnehmers zeichnen oder kodieren.',
          'Die Fehlermeldung enthält den Grund der Plattform.',
        ],
      },
    },
  },
  'change-webcam': {
    title: 'Kamera konnte nicht gewechselt werden',
    userTitle: 'Kamerawechsel fehlgeschlagen',
    description:
      'Etwas ist schiefgelaufen, und die Kamera konnte nicht gewechselt werden. Versuchen Sie es erneut.',
    userMessage: 'Wir konnten Ihre Kamera nicht wechseln. Versuchen Sie es erneut.',
    causes: [
      'Der Wechsel zu einer anderen Kamera (changeCam) ist fehlgeschlagen, und die Meldung sagt nicht, warum.',
      'Die gewählte Kamera wurde möglicherweise getrennt oder wird von einer anderen App verwendet. Prüfen Sie die Logs der App auf den zugrunde liegenden Fehler.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn die Kamera weiterhin nicht wechselt, schalten Sie Ihre Kamera aus und wieder ein.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie den tatsächlichen Zustand der Kamera an (nach dem fehlgeschlagenen Wechsel ist sie möglicherweise aus) und bieten Sie eine Schaltfläche zum Wiederholen an.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, prüfen Sie die Logs der App aus dem Zeitpunkt, als sie changeCam aufgerufen hat, zusammen mit der gewählten Kamera, dem Gerätemodell und der Betriebssystemversion.',
      },
    ],
  },
  'custom-audio-track-disposed': {
    title: 'Benutzerdefinierte Audiospur beendet',
    userTitle: 'Zum Standardmikrofon gewechselt',
    description:
      'Die bereitgestellte benutzerdefinierte Audiospur wurde verworfen (disposed) und befindet sich jetzt im beendeten Zustand. Das SDK kehrt zur Standard-Audiospur zurück.',
    userMessage: 'Ihr Audio verwendet wieder das Standardmikrofon. Sie müssen nichts weiter tun.',
    causes: [
      'Die benutzerdefinierte Audiospur, die die App dem SDK übergeben hat, wurde verworfen (disposed), daher wurde die Spur beendet.',
      'Das SDK ist zu seiner Standard-Audiospur gewechselt, daher läuft das Audio des Teilnehmers weiter.',
      'Prüfen Sie, wo die App oder eine von ihr verwendete Bibliothek die benutzerdefinierte Spur verwirft, während das Meeting sie noch verwendet.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Halten Sie die benutzerdefinierte Audiospur aktiv, solange das Meeting sie verwendet, und geben Sie sie erst frei, wenn das SDK sie nicht mehr verwendet.',
      },
      {
        by: 'app',
        text: 'Um wieder eine benutzerdefinierte Spur zu verwenden, erstellen Sie eine neue (zum Beispiel mit createMicrophoneAudioTrack) und übergeben Sie sie an unmuteMic.',
      },
    ],
  },
  'custom-audio-track-ended': {
    title: 'Benutzerdefinierte Audiospur beendet',
    userTitle: 'Zum Standardmikrofon gewechselt',
    description:
      'Die bereitgestellte benutzerdefinierte Audiospur wurde beendet. Prüfen Sie den Zustand der Audiospur und versuchen Sie es dann erneut.',
    userMessage: 'Ihr Audio verwendet jetzt das Standardmikrofon. Sie können weitersprechen.',
    causes: [
      'Die App hat eine benutzerdefinierte Audiospur übergeben, die bereits beendet war, zum Beispiel weil sie gestoppt wurde oder ihre Quelle weggefallen ist.',
      'Das SDK kann keine beendete Spur verwenden, daher verwendet es stattdessen das Standardmikrofon.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie, ob der readyState der benutzerdefinierten Spur live ist, bevor Sie sie übergeben, und erstellen Sie eine neue Spur, wenn sie beendet ist.',
      },
      {
        by: 'app',
        text: 'Stoppen Sie eine benutzerdefinierte Spur nicht, solange das Meeting sie noch verwendet.',
      },
    ],
  },
  'custom-screen-share-track-disposed': {
    title: 'Benutzerdefinierte Spur für die Bildschirmfreigabe verworfen',
    userTitle: 'Bildschirmfreigabe konnte nicht gestartet werden',
    description:
      'Die bereitgestellte benutzerdefinierte Spur wurde verworfen (disposed). Versuchen Sie es mit einer neuen benutzerdefinierten Spur erneut.',
    userMessage: 'Die Bildschirmfreigabe konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Die App hat eine benutzerdefinierte Spur für die Bildschirmfreigabe übergeben, die die App selbst oder eine von ihr verwendete Bibliothek bereits verworfen hatte.',
      'Eine verworfene Spur lässt sich nicht wieder verwenden, daher startet die Bildschirmfreigabe nicht.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn Ihr Gerät fragt, ob Sie Ihren Bildschirm freigeben möchten, erlauben Sie es.',
      },
      {
        by: 'app',
        text: 'Erstellen Sie für jeden Versuch eine neue Spur (zum Beispiel mit VideoSDK.createScreenShareVideoTrack) und übergeben Sie sie sofort an enableScreenShare.',
      },
      {
        by: 'app',
        text: 'Verwerfen Sie eine benutzerdefinierte Spur für die Bildschirmfreigabe erst, nachdem die Bildschirmfreigabe mit ihr beendet ist, und übergeben Sie sie danach nie wieder an das SDK.',
      },
    ],
  },
  'custom-screen-share-track-ended': {
    title: 'Benutzerdefinierte Spur für die Bildschirmfreigabe beendet',
    userTitle: 'Bildschirmfreigabe konnte nicht gestartet werden',
    description:
      'Die bereitgestellte benutzerdefinierte Spur befindet sich im beendeten Zustand. Versuchen Sie es mit einer neuen benutzerdefinierten Spur erneut.',
    userMessage: 'Die Bildschirmfreigabe konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Die App hat eine benutzerdefinierte Spur für die Bildschirmfreigabe übergeben, die bereits beendet war, zum Beispiel weil ihre Bildschirmerfassung beendet wurde.',
      'Mit einer beendeten Spur kann das SDK den Bildschirm nicht freigeben, daher startet die Bildschirmfreigabe nicht.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn Ihr Gerät fragt, ob Sie Ihren Bildschirm freigeben möchten, erlauben Sie es.',
      },
      {
        by: 'app',
        text: 'Erstellen Sie für jeden Versuch eine neue Spur (zum Beispiel mit VideoSDK.createScreenShareVideoTrack) und übergeben Sie sie sofort an enableScreenShare.',
      },
      {
        by: 'app',
        text: 'Heben Sie eine benutzerdefinierte Spur für die Bildschirmfreigabe nicht für später auf: Sobald ihre Erfassung endet, lässt sich die Spur nicht mehr verwenden.',
      },
    ],
  },
  'custom-video-track-disposed': {
    title: 'Benutzerdefinierte Videospur beendet',
    userTitle: 'Zur Standardkamera gewechselt',
    description:
      'Die bereitgestellte benutzerdefinierte Videospur wurde verworfen (disposed) und befindet sich jetzt im beendeten Zustand. Das SDK kehrt zur Standard-Videospur zurück.',
    userMessage: 'Ihr Video verwendet wieder die Standardkamera. Sie müssen nichts weiter tun.',
    causes: [
      'Die benutzerdefinierte Videospur, die die App dem SDK übergeben hat, wurde verworfen (disposed), daher wurde die Spur beendet.',
      'Das SDK ist zu seiner Standard-Videospur gewechselt, daher läuft das Video des Teilnehmers weiter.',
      'Prüfen Sie, wo die App oder eine von ihr verwendete Bibliothek die benutzerdefinierte Spur verwirft, während das Meeting sie noch verwendet.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Halten Sie die benutzerdefinierte Videospur aktiv, solange das Meeting sie verwendet, und geben Sie sie erst frei, wenn das SDK sie nicht mehr verwendet.',
      },
      {
        by: 'app',
        text: 'Um wieder eine benutzerdefinierte Spur zu verwenden, erstellen Sie eine neue (zum Beispiel mit createCameraVideoTrack) und übergeben Sie sie an enableCam.',
      },
    ],
  },
  'custom-video-track-ended': {
    title: 'Benutzerdefinierte Videospur beendet',
    userTitle: 'Zur Standardkamera gewechselt',
    description:
      'Die bereitgestellte benutzerdefinierte Videospur wurde beendet. Prüfen Sie den Zustand der Videospur und versuchen Sie es dann erneut.',
    userMessage: 'Ihr Video verwendet jetzt die Standardkamera. Sie können einfach weitermachen.',
    causes: [
      'Die App hat eine benutzerdefinierte Videospur übergeben, die bereits beendet war, zum Beispiel weil sie gestoppt wurde oder ihre Quelle weggefallen ist.',
      'Das SDK kann keine beendete Spur verwenden, daher verwendet es stattdessen die Standardkamera.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie, ob der readyState der benutzerdefinierten Spur live ist, bevor Sie sie übergeben, und erstellen Sie eine neue Spur, wenn sie beendet ist.',
      },
      {
        by: 'app',
        text: 'Stoppen Sie eine benutzerdefinierte Spur nicht, solange das Meeting sie noch verwendet.',
      },
    ],
  },
  'get-audio-media': {
    title: 'Audioaufnahme nicht unterstützt',
    userTitle: 'Mikrofon nicht unterstützt',
    description: 'Ihr Browser oder Gerät unterstützt kein Audio.',
    userMessage:
      'Ihr Browser oder Gerät kann für dieses Meeting kein Mikrofon verwenden. Verwenden Sie einen anderen Browser oder ein anderes Gerät.',
    causes: [
      'Der Browser oder das Gerät hat gemeldet, dass er bzw. es kein Audio erfassen kann.',
      'SDK 1.1.1 deklariert diesen Code, löst ihn aber nicht aus. Prüfen Sie daher die Logs der App auf den eigenen Fehler des Browsers.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aktualisieren Sie Ihren Browser oder verwenden Sie einen anderen Browser oder ein anderes Gerät.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob navigator.mediaDevices verfügbar ist, bevor Sie das Mikrofon einschalten, und stellen Sie die Seite über https:// bereit.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer ohne Audio beitreten.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Der Browser oder das Gerät hat gemeldet, dass er bzw. es kein Audio erfassen kann.',
          'SDK 1.1.1 deklariert diesen Code, löst ihn aber nicht aus. Prüfen Sie daher die Logs der App auf den eigenen Fehler der Plattform.',
        ],
        userMessage:
          'Dieses Gerät kann für dieses Meeting kein Mikrofon verwenden. Aktualisieren Sie die App oder verwenden Sie ein anderes Gerät.',
        fixes: [
          {
            by: 'user',
            text: 'Aktualisieren Sie die App oder verwenden Sie ein anderes Gerät.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie, ob die App die Mikrofonnutzung deklariert: NSMicrophoneUsageDescription unter iOS und die Berechtigung RECORD_AUDIO unter Android.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer ohne Audio beitreten.',
          },
        ],
      },
    },
  },
  'get-audio-media-permission-denied': {
    title: 'Mikrofonberechtigung verweigert',
    userTitle: 'Mikrofon ist blockiert',
    description: 'Die Berechtigung zur Audioaufnahme wurde verweigert.',
    userMessage:
      'Ihr Browser hat das Mikrofon blockiert. Erlauben Sie das Mikrofon für diese Seite in Ihren Browsereinstellungen und laden Sie die Seite dann neu.',
    causes: [
      'Der Browser hat den Mikrofonzugriff mit einem NotAllowedError verweigert, den das SDK keinem spezifischeren Fall zuordnen konnte, etwa einer geschlossenen Abfrage oder einer Sperre durch das Betriebssystem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Erlauben Sie das Mikrofon für diese Seite in Ihren Browsereinstellungen und laden Sie die Seite dann neu.',
      },
      {
        by: 'user',
        text: 'Wenn es weiterhin blockiert ist, prüfen Sie, ob die Datenschutzeinstellungen Ihres Computers diesem Browser die Verwendung des Mikrofons erlauben.',
      },
      {
        by: 'app',
        text: 'Fragen Sie erst nach einer Aktion des Nutzers nach dem Mikrofon, und erklären Sie vorher, wofür das Meeting es braucht.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät hat den Mikrofonzugriff mit einem NotAllowedError verweigert, den das SDK keinem spezifischeren Fall zuordnen konnte, etwa einer geschlossenen Abfrage oder einer Sperre durch das Betriebssystem.',
        ],
        userMessage:
          'Diese App darf Ihr Mikrofon nicht verwenden. Erlauben Sie dieser App den Mikrofonzugriff in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung des Mikrofons und versuchen Sie es dann erneut.',
          },
          {
            by: 'user',
            text: 'Wenn es weiterhin blockiert ist, prüfen Sie, ob die Datenschutzeinstellungen Ihres Geräts dieser App die Verwendung des Mikrofons erlauben.',
          },
          {
            by: 'app',
            text: 'Fragen Sie erst nach einer Aktion des Nutzers nach dem Mikrofon, und erklären Sie vorher, wofür das Meeting es braucht.',
          },
        ],
      },
    },
  },
  'get-video-media': {
    title: 'Videoaufnahme nicht unterstützt',
    userTitle: 'Kamera konnte nicht gestartet werden',
    description: 'Ihr Browser oder Gerät unterstützt kein Video.',
    userMessage:
      'Ihr Browser oder Gerät konnte die Kamera nicht starten. Verwenden Sie einen anderen Browser oder ein anderes Gerät.',
    causes: [
      'Der Browser konnte die Kamera nicht mit den angeforderten Einstellungen öffnen, und zwar aus einem anderen Grund als einer verweigerten Berechtigung.',
      'In SDK 1.1.1 passiert das, wenn das SDK die Kamera erneut öffnet, um ihre Auflösung zu ändern. Prüfen Sie die Logs der App auf den Fehler des Browsers.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aktualisieren Sie Ihren Browser oder verwenden Sie einen anderen Browser oder ein anderes Gerät.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die Kamera die angeforderte Auflösung unterstützt, und weichen Sie auf eine niedrigere aus.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät konnte die Kamera nicht mit den angeforderten Einstellungen öffnen, und zwar aus einem anderen Grund als einer verweigerten Berechtigung.',
          'In SDK 1.1.1 passiert das, wenn das SDK die Kamera erneut öffnet, um ihre Auflösung zu ändern. Prüfen Sie die Logs der App auf den Fehler der Plattform.',
        ],
        userMessage:
          'Dieses Gerät konnte die Kamera nicht starten. Aktualisieren Sie die App oder verwenden Sie ein anderes Gerät.',
        fixes: [
          {
            by: 'user',
            text: 'Aktualisieren Sie die App oder verwenden Sie ein anderes Gerät.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie, ob die Kamera die angeforderte Auflösung unterstützt, und weichen Sie auf eine niedrigere aus.',
          },
        ],
      },
    },
  },
  'get-video-media-permission-denied': {
    title: 'Kameraberechtigung verweigert',
    userTitle: 'Kamera ist blockiert',
    description: 'Die Berechtigung zur Videoaufnahme wurde verweigert.',
    userMessage:
      'Ihr Browser hat die Kamera blockiert. Erlauben Sie die Kamera für diese Seite in Ihren Browsereinstellungen und laden Sie die Seite dann neu.',
    causes: [
      'Der Browser hat den Kamerazugriff mit einem NotAllowedError verweigert, den das SDK keinem spezifischeren Fall zuordnen konnte, etwa einer geschlossenen Abfrage oder einer Sperre durch das Betriebssystem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Erlauben Sie die Kamera für diese Seite in Ihren Browsereinstellungen und laden Sie die Seite dann neu.',
      },
      {
        by: 'user',
        text: 'Wenn sie weiterhin blockiert ist, prüfen Sie, ob die Datenschutzeinstellungen Ihres Computers diesem Browser die Verwendung der Kamera erlauben.',
      },
      {
        by: 'app',
        text: 'Fragen Sie erst nach einer Aktion des Nutzers nach der Kamera, und erklären Sie vorher, wofür das Meeting sie braucht.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät hat den Kamerazugriff mit einem NotAllowedError verweigert, den das SDK keinem spezifischeren Fall zuordnen konnte, etwa einer geschlossenen Abfrage oder einer Sperre durch das Betriebssystem.',
        ],
        userMessage:
          'Diese App darf Ihre Kamera nicht verwenden. Erlauben Sie dieser App den Kamerazugriff in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung der Kamera und versuchen Sie es dann erneut.',
          },
          {
            by: 'user',
            text: 'Wenn sie weiterhin blockiert ist, prüfen Sie, ob die Datenschutzeinstellungen Ihres Geräts dieser App die Verwendung der Kamera erlauben.',
          },
          {
            by: 'app',
            text: 'Fragen Sie erst nach einer Aktion des Nutzers nach der Kamera, und erklären Sie vorher, wofür das Meeting sie braucht.',
          },
        ],
      },
    },
  },
  'invalid-custom-audio-track': {
    title: 'Ungültige benutzerdefinierte Audiospur',
    userTitle: 'Standardmikrofon wird verwendet',
    description:
      'Die bereitgestellte benutzerdefinierte Audiospur ist ungültig, daher wird stattdessen die Standard-Audiospur verwendet. Stellen Sie sicher, dass die Audiospur die erforderlichen Spezifikationen erfüllt.',
    userMessage: 'Ihr Audio verwendet jetzt das Standardmikrofon. Sie müssen nichts weiter tun.',
    causes: [
      'Die App hat eine benutzerdefinierte Audiospur übergeben, die das SDK nicht lesen konnte, zum Beispiel etwas, das kein MediaStream mit einer aktiven (live) Audiospur ist.',
      'Das SDK verwendet stattdessen das Standardmikrofon.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Übergeben Sie einen MediaStream, der eine aktive (live) Audiospur enthält, zum Beispiel eine mit createMicrophoneAudioTrack() erstellte.',
      },
    ],
  },
  'invalid-custom-track-config': {
    title: 'Ungültige Konfiguration der benutzerdefinierten Spur',
    userTitle: 'Gerät konnte nicht eingerichtet werden',
    description: 'Die Konfiguration der benutzerdefinierten Spur ist ungültig.',
    userMessage:
      'Wir konnten Ihre Kamera, Ihr Mikrofon oder die Bildschirmfreigabe mit den gewählten Einstellungen nicht einrichten. Wählen Sie ein anderes Gerät und versuchen Sie es dann erneut.',
    causes: [
      'Die App hat Einstellungen übergeben, mit denen das SDK keine benutzerdefinierte Spur erstellen kann: einen nicht unterstützten Codec, eine Kamera- oder Mikrofon-ID, die zu keinem Gerät passt, oder eine unbekannte encoderConfig.',
      'Die Fehlermeldung nennt die Einstellung.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lesen Sie die Einstellung, die die Fehlermeldung nennt, und übergeben Sie einen unterstützten Codec und eine unterstützte encoderConfig.',
      },
      {
        by: 'app',
        text: 'Nehmen Sie Kamera- und Mikrofon-IDs aus der aktuellen Geräteliste, denn sie können sich ändern, wenn Geräte angeschlossen oder entfernt werden.',
      },
      {
        by: 'user',
        text: 'Wählen Sie eine andere Kamera oder ein anderes Mikrofon und versuchen Sie es dann erneut.',
      },
    ],
  },
  'invalid-custom-video-track': {
    title: 'Ungültige benutzerdefinierte Videospur',
    userTitle: 'Standardkamera wird verwendet',
    description:
      'Die bereitgestellte benutzerdefinierte Videospur ist ungültig, daher wird stattdessen die Standard-Videospur verwendet. Stellen Sie sicher, dass die Videospur die erforderlichen Spezifikationen erfüllt.',
    userMessage: 'Ihr Video verwendet jetzt die Standardkamera. Sie müssen nichts weiter tun.',
    causes: [
      'Die App hat eine benutzerdefinierte Videospur übergeben, die das SDK nicht lesen konnte, zum Beispiel etwas, das kein MediaStream mit einer aktiven (live) Videospur ist.',
      'Das SDK verwendet stattdessen die Standardkamera.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Übergeben Sie einen MediaStream, der eine aktive (live) Videospur enthält, zum Beispiel eine mit createCameraVideoTrack() erstellte.',
      },
    ],
  },
  'media-device-not-initialized': {
    title: 'Mediengerät nicht initialisiert',
    userTitle: 'Audio und Video nicht bereit',
    description: 'Das Mediengerät wurde nicht initialisiert.',
    userMessage:
      'Audio und Video sind noch nicht bereit. Warten Sie einen Moment und versuchen Sie es erneut, oder laden Sie die Seite neu.',
    causes: [
      'Das interne Mediengerät des SDK, das es beim Beitritt oder beim Moduswechsel erstellt, existiert nicht, daher können Kamera, Mikrofon oder Bildschirmfreigabe nicht starten.',
      'Prüfen Sie die Logs der App auf einen früheren Fehler beim Beitritt oder beim Moduswechsel.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einen Moment und versuchen Sie es dann erneut. Wenn das Problem weiterhin auftritt, laden Sie die Seite neu und treten Sie erneut bei.',
      },
      {
        by: 'app',
        text: 'Schalten Sie Kamera, Mikrofon oder Bildschirmfreigabe erst nach dem Ereignis meeting-joined ein.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie die Logs der App auf einen früheren Fehler beim Beitritt oder beim Moduswechsel.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Audio und Video sind noch nicht bereit. Warten Sie einen Moment und versuchen Sie es erneut, oder verlassen Sie das Meeting und treten Sie erneut bei.',
        fixes: [
          {
            by: 'user',
            text: 'Warten Sie einen Moment und versuchen Sie es dann erneut. Wenn das Problem weiterhin auftritt, verlassen Sie das Meeting und treten Sie erneut bei.',
          },
          {
            by: 'app',
            text: 'Schalten Sie Kamera, Mikrofon oder Bildschirmfreigabe erst nach dem Ereignis meeting-joined ein.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie die Logs der App auf einen früheren Fehler beim Beitritt oder beim Moduswechsel.',
          },
        ],
      },
    },
  },
  'media-device-not-loaded': {
    title: 'Mediengerät nicht geladen',
    userTitle: 'Noch in Vorbereitung',
    description: 'Das Mediengerät ist noch nicht geladen. Versuchen Sie es gleich erneut.',
    userMessage: 'Audio und Video werden noch vorbereitet. Versuchen Sie es gleich erneut.',
    causes: [
      'Das interne Mediengerät des SDK existiert, hat aber die Medienfähigkeiten des Servers noch nicht fertig geladen. Das geschieht beim Beitritt oder beim Moduswechsel.',
      'Das SDK lehnt den Methodenaufruf ab und löst keinen Meeting-Fehler aus.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Warten Sie auf das Ereignis meeting-joined oder darauf, dass ein Moduswechsel abgeschlossen ist, bevor Sie Medien einschalten.',
      },
      {
        by: 'app',
        text: 'Wiederholen Sie den Aufruf nach einer kurzen Verzögerung.',
      },
    ],
  },
  'mic-access-denied': {
    title: 'Mikrofonzugriff auf dem Gerät verweigert',
    userTitle: 'Mikrofonzugriff ist deaktiviert',
    description:
      'Der Mikrofonzugriff wurde verweigert oder die Anfrage wurde geschlossen. Erteilen Sie den Zugriff in den Geräteeinstellungen, um fortzufahren.',
    userMessage:
      'Diese App kann Ihr Mikrofon nicht verwenden. Erlauben Sie dieser App den Mikrofonzugriff in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
    causes: [
      'Der Nutzer hat die Abfrage zum Mikrofonzugriff abgelehnt oder geschlossen oder den Zugriff zuvor in den Geräteeinstellungen deaktiviert.',
      'Nach einer Ablehnung fragt das Betriebssystem möglicherweise nicht noch einmal, daher lässt sich der Zugriff nur in den Geräteeinstellungen wieder aktivieren.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung des Mikrofons und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Erklären Sie, wofür die App das Mikrofon braucht, bevor das System fragt, und bieten Sie eine direkte Verknüpfung zur Seite der App in den Geräteeinstellungen an.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die App die Mikrofonnutzung deklariert: NSMicrophoneUsageDescription unter iOS und die Berechtigung RECORD_AUDIO unter Android.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.',
      },
    ],
  },
  'microphone-access-denied-or-dismissed': {
    title: 'Mikrofonzugriff verweigert',
    userTitle: 'Mikrofon ist blockiert',
    description:
      'Der Mikrofonzugriff wurde verweigert oder die Anfrage wurde geschlossen. Erteilen Sie den Zugriff in den Browser- oder Geräteeinstellungen, um fortzufahren.',
    userMessage:
      'Der Mikrofonzugriff ist für diese Seite blockiert. Erlauben Sie das Mikrofon in Ihren Browsereinstellungen und laden Sie die Seite dann neu.',
    causes: [
      'Der Nutzer hat die Abfrage zum Mikrofonzugriff abgelehnt oder geschlossen.',
      'Der Mikrofonzugriff wurde möglicherweise auch schon früher für diese Website oder App blockiert.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Erlauben Sie das Mikrofon für diese Website in Ihren Browsereinstellungen und laden Sie die Seite dann neu.',
      },
      {
        by: 'app',
        text: 'Erklären Sie, wofür die App das Mikrofon braucht, bevor der Browser fragt, und zeigen Sie, wie man es in den Browsereinstellungen erlaubt.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Diese App darf Ihr Mikrofon nicht verwenden. Erlauben Sie dieser App den Mikrofonzugriff in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung des Mikrofons und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Erklären Sie, wofür die App das Mikrofon braucht, bevor das System fragt, und bieten Sie eine direkte Verknüpfung zur Seite der App in den Geräteeinstellungen an.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.',
          },
        ],
      },
    },
  },
  'microphone-access-unavailable': {
    title: 'Mikrofonzugriff nicht verfügbar',
    userTitle: 'Mikrofon nicht verfügbar',
    description:
      'Der Mikrofonzugriff ist nicht verfügbar. Stellen Sie sicher, dass das Gerät kompatibel ist und die Seite über eine sichere Verbindung (https://) bereitgestellt wird.',
    userMessage:
      'Ihr Mikrofon kann gerade nicht verwendet werden. Prüfen Sie, ob Ihr Gerät ein funktionierendes Mikrofon hat, und versuchen Sie es dann erneut.',
    causes: [
      'Der Browser oder das Gerät stellt keinen Mikrofonzugriff bereit, zum Beispiel weil kein kompatibles Mikrofon vorhanden ist.',
      'Browser erlauben das Mikrofon nur auf sicheren Seiten (https:// oder localhost), daher erhält eine Seite, die über einfaches http:// bereitgestellt wird, kein Mikrofon.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Stellen Sie die App über https:// bereit. Für die Entwicklung ist auch localhost erlaubt.',
      },
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihr Mikrofon angeschlossen ist und funktioniert, oder verwenden Sie einen anderen Browser oder ein anderes Gerät.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Der Browser oder das Gerät stellt keinen Mikrofonzugriff bereit, zum Beispiel weil kein kompatibles Mikrofon vorhanden ist.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Prüfen Sie, ob Ihr Gerät ein funktionierendes Mikrofon hat, und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie, ob das Gerät ein Mikrofon hat, das die App verwenden kann, und protokollieren Sie den zugrunde liegenden Fehler.',
          },
          {
            by: 'app',
            text: 'Wenn die App auch in einem Browser läuft, stellen Sie sie über https:// bereit.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.',
          },
        ],
      },
    },
  },
  'microphone-close-producer-failed': {
    title: 'Ausschalten des Mikrofons fehlgeschlagen',
    userTitle: 'Mikrofon konnte nicht ausgeschaltet werden',
    description: 'Das Mikrofon konnte nicht ausgeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten Ihr Mikrofon nicht ausschalten, es ist also weiterhin eingeschaltet. Versuchen Sie es erneut.',
    causes: [
      'Der Meeting-Server hat nicht bestätigt, dass er den Empfang des Mikrofons beendet hat, daher lässt das SDK das Mikrofon unverändert eingeschaltet.',
      'Prüfen Sie die Fehlermeldung und die Logs der App auf den Grund.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie das Mikrofon weiterhin als eingeschaltet an und lassen Sie den Nutzer den Vorgang wiederholen.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, prüfen Sie die Verbindung zum Meeting in den Logs der App.',
      },
    ],
  },
  'microphone-device-incompatible': {
    title: 'Mikrofon nicht kompatibel',
    userTitle: 'Mikrofon liefert keinen Ton',
    description:
      'Das Mikrofongerät kann kein Audio erzeugen: Der Audiostream konnte nicht erstellt werden. Stellen Sie sicher, dass das Gerät kompatibel ist.',
    userMessage:
      'Diese App erhält keinen Ton von Ihrem Mikrofon. Verwenden Sie ein anderes Mikrofon oder ein anderes Gerät.',
    causes: [
      'Das SDK konnte aus dem ausgewählten Mikrofon keinen Audiostream erstellen, daher meldet es das Mikrofon als nicht kompatibel.',
      'Die Meldung sagt nicht, warum das Mikrofon versagt hat. Prüfen Sie die Logs der App, das Gerätemodell und die Version des Betriebssystems.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verwenden Sie ein anderes Mikrofon, etwa ein Headset, oder nutzen Sie diese App auf einem anderen Gerät.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Teilnehmer ohne Audio im Meeting und bieten Sie eine Mikrofonauswahl an, wenn das Gerät mehr als ein Mikrofon hat.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie in den Logs der App Gerätemodell, Betriebssystemversion und Mikrofon, und testen Sie die App auf derselben Art von Gerät.',
      },
    ],
  },
  'microphone-in-use': {
    title: 'Mikrofon wird bereits verwendet',
    userTitle: 'Mikrofon ist belegt',
    description:
      'Das Mikrofon wird von einer anderen Anwendung verwendet. Schließen Sie alle Programme, die das Mikrofon nutzen, etwa Videokonferenz-Tools, Software zur Bildschirmaufzeichnung oder andere Browser, starten Sie den Browser neu und versuchen Sie es erneut.',
    userMessage:
      'Eine andere App oder ein anderer Browser verwendet Ihr Mikrofon. Schließen Sie die App oder den Browser und versuchen Sie es dann erneut.',
    causes: [
      'Eine andere Anwendung oder ein anderer Browser belegt das Mikrofon. Vor allem unter Windows lässt sich ein belegtes Mikrofon kein zweites Mal öffnen.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Schließen Sie andere Apps oder Browser, die das Mikrofon verwenden, und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Eine andere App verwendet Ihr Mikrofon. Schließen Sie diese App und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Schließen Sie andere Apps, die das Mikrofon verwenden, und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.',
          },
        ],
      },
    },
  },
  'microphone-not-found': {
    title: 'Mikrofon nicht gefunden',
    userTitle: 'Kein Mikrofon gefunden',
    description: 'Stellen Sie sicher, dass Ihr Mikrofon angeschlossen und eingeschaltet ist.',
    userMessage:
      'Wir können Ihr Mikrofon nicht finden. Prüfen Sie, ob es angeschlossen und eingeschaltet ist, und versuchen Sie es dann erneut.',
    causes: [
      'Der Browser hat gemeldet, dass er für die Anfrage kein Mikrofon gefunden hat, daher konnte das Mikrofon nicht gestartet werden.',
      'Wie die Meldung sagt, ist das Mikrofon möglicherweise nicht angeschlossen oder ausgeschaltet.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihr Mikrofon angeschlossen und eingeschaltet ist, und versuchen Sie es dann erneut.',
      },
      {
        by: 'user',
        text: 'Wenn es weiterhin nicht gefunden wird, prüfen Sie die Toneinstellungen Ihres Geräts und laden Sie die Seite dann neu.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer ohne Audio beitreten und lassen Sie ihn ein anderes Mikrofon aus der Geräteliste auswählen.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät hat gemeldet, dass es für die Anfrage kein Mikrofon gefunden hat, daher konnte das Mikrofon nicht gestartet werden.',
          'Wie die Meldung sagt, ist das Mikrofon möglicherweise nicht angeschlossen oder ausgeschaltet.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Prüfen Sie, ob Ihr Mikrofon angeschlossen und eingeschaltet ist, und versuchen Sie es dann erneut.',
          },
          {
            by: 'user',
            text: 'Wenn es weiterhin nicht gefunden wird, prüfen Sie die Toneinstellungen Ihres Geräts und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer ohne Audio beitreten und lassen Sie ihn ein anderes Mikrofon aus der Geräteliste auswählen.',
          },
        ],
      },
    },
  },
  'microphone-permission-denied-by-os': {
    title: 'Mikrofon vom System blockiert',
    userTitle: 'Mikrofon durch Einstellungen blockiert',
    description:
      'Die Einstellungen des Betriebssystems verweigern die Mikrofonberechtigung. Prüfen Sie die Systemeinstellungen und erteilen Sie diesem Browser die Berechtigung.',
    userMessage:
      'Die Datenschutzeinstellungen Ihres Geräts blockieren das Mikrofon für diesen Browser. Erlauben Sie diesem Browser die Verwendung des Mikrofons in Ihren Systemeinstellungen und laden Sie die Seite dann neu.',
    causes: [
      'Das Betriebssystem verweigert dem Browser oder der App den Mikrofonzugriff, zum Beispiel in den Datenschutzeinstellungen von macOS oder Windows.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Öffnen Sie die Datenschutzeinstellungen Ihres Geräts, erlauben Sie diesem Browser die Verwendung des Mikrofons und laden Sie die Seite dann neu.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie kurze Schritte für das Betriebssystem des Nutzers an und lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Die Datenschutzeinstellungen Ihres Geräts blockieren das Mikrofon für diese App. Erlauben Sie dieser App die Verwendung des Mikrofons in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung des Mikrofons und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Zeigen Sie kurze Schritte für das Betriebssystem des Nutzers an und lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.',
          },
        ],
      },
    },
  },
  'microphone-produce-failed': {
    title: 'Veröffentlichen des Mikrofons fehlgeschlagen',
    userTitle: 'Mikrofon konnte nicht gestartet werden',
    description:
      'Die Mikrofonspur wurde erstellt, konnte aber nicht im Meeting veröffentlicht werden.',
    userMessage:
      'Ihr Mikrofon funktioniert, aber wir konnten seinen Ton nicht an das Meeting senden. Laden Sie die Seite neu und treten Sie erneut bei.',
    causes: [
      'Das SDK hat das Mikrofon geöffnet, konnte sein Audio aber nicht auf dem Medienserver des Meetings veröffentlichen.',
      'Die Fehlermeldung enthält den zugrunde liegenden Grund, sofern es einen gibt.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Laden Sie die Seite neu und treten Sie erneut bei.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den Grund in der Fehlermeldung und den Zustand der Medienverbindung in den Logs der App.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Ihr Mikrofon funktioniert, aber wir konnten seinen Ton nicht an das Meeting senden. Verlassen Sie das Meeting und treten Sie erneut bei.',
        fixes: [
          {
            by: 'user',
            text: 'Verlassen Sie das Meeting und treten Sie erneut bei.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie den Grund in der Fehlermeldung und den Zustand der Medienverbindung in den Logs der App.',
          },
        ],
      },
    },
  },
  'microphone-track-ended': {
    title: 'Mikrofonspur beendet',
    userTitle: 'Mikrofon getrennt',
    description:
      'Die Mikrofonspur wurde beendet oder das Mikrofon ist getrennt. Prüfen Sie die Verbindung Ihres Mikrofons und versuchen Sie es erneut.',
    userMessage:
      'Ihr Mikrofon wurde gestoppt oder getrennt. Prüfen Sie, ob es angeschlossen ist, und schalten Sie es dann wieder ein.',
    causes: [
      'Der Browser hat die Mikrofonspur beendet, zum Beispiel weil das Mikrofon getrennt wurde.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihr Mikrofon angeschlossen ist, und schalten Sie es dann wieder ein.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie das Mikrofon als ausgeschaltet an und lassen Sie den Nutzer es wieder einschalten oder ein anderes Mikrofon wählen.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät hat die Mikrofonspur beendet, zum Beispiel weil das Mikrofon getrennt wurde.',
        ],
      },
    },
  },
  'no-microphone-device-found': {
    title: 'Kein Mikrofongerät gefunden',
    userTitle: 'Kein Mikrofon gefunden',
    description:
      'Kein Mikrofon gefunden: Wir konnten Ihr Mikrofon nicht finden. Ist es angeschlossen und eingeschaltet? Falls ja, starten Sie Ihren Computer neu oder prüfen Sie Ihre Geräteeinstellungen. Stellen Sie außerdem sicher, dass Sie sich auf einer sicheren Website (https://) befinden.',
    userMessage:
      'Wir können kein Mikrofon finden. Prüfen Sie, ob es angeschlossen und eingeschaltet ist, und laden Sie die Seite dann neu.',
    causes: [
      'In der Geräteliste des Browsers erscheint kein Mikrofon, daher hat das SDK keines, das es verwenden kann.',
      'Wie die Meldung sagt, ist das Mikrofon möglicherweise nicht angeschlossen oder ausgeschaltet, oder die Seite befindet sich nicht auf einer sicheren Website (https://).',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihr Mikrofon angeschlossen und eingeschaltet ist, und laden Sie die Seite dann neu.',
      },
      {
        by: 'user',
        text: 'Wenn es weiterhin nicht gefunden wird, prüfen Sie die Toneinstellungen Ihres Geräts oder starten Sie Ihren Computer neu.',
      },
      {
        by: 'app',
        text: 'Stellen Sie die Seite über https:// bereit und lassen Sie den Nutzer ohne Audio beitreten.',
      },
    ],
    variants: {
      app: {
        causes: [
          'In der Geräteliste des Systems erscheint kein Mikrofon, daher hat das SDK keines, das es verwenden kann.',
          'Wie die Meldung sagt, ist das Mikrofon möglicherweise nicht angeschlossen oder ausgeschaltet.',
        ],
        userMessage:
          'Wir können Ihr Mikrofon nicht finden. Prüfen Sie, ob es angeschlossen und eingeschaltet ist, und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Prüfen Sie, ob Ihr Mikrofon angeschlossen und eingeschaltet ist, und versuchen Sie es dann erneut.',
          },
          {
            by: 'user',
            text: 'Wenn es weiterhin nicht gefunden wird, prüfen Sie die Toneinstellungen Ihres Geräts oder starten Sie Ihr Gerät neu.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer ohne Audio beitreten.',
          },
        ],
      },
    },
  },
  'no-supported-video-codec': {
    title: 'Kein unterstützter Video-Codec',
    userTitle: 'Video nicht unterstützt',
    description: 'Auf diesem Gerät ist kein unterstützter Video-Codec verfügbar.',
    userMessage:
      'Ihr Browser kann in diesem Meeting kein Video senden. Aktualisieren Sie Ihren Browser oder verwenden Sie einen anderen Browser oder ein anderes Gerät.',
    causes: [
      'Der Browser unterstützt zum Senden von Video weder den angeforderten Video-Codec noch VP8, die Ausweichlösung.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aktualisieren Sie Ihren Browser oder verwenden Sie einen anderen Browser oder ein anderes Gerät.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer ohne Video beitreten und protokollieren Sie die Version des Browsers, um herauszufinden, welche Browser betroffen sind.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät unterstützt zum Senden von Video weder den angeforderten Video-Codec noch VP8, die Ausweichlösung.',
        ],
        userMessage:
          'Dieses Gerät kann in diesem Meeting kein Video senden. Aktualisieren Sie die App oder verwenden Sie ein anderes Gerät.',
        fixes: [
          {
            by: 'user',
            text: 'Aktualisieren Sie die App oder verwenden Sie ein anderes Gerät.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer ohne Video beitreten und protokollieren Sie Gerätemodell und Betriebssystemversion, um herauszufinden, welche Geräte betroffen sind.',
          },
        ],
      },
    },
  },
  'no-webcam-device-found': {
    title: 'Kein Kameragerät gefunden',
    userTitle: 'Keine Kamera gefunden',
    description:
      'Keine Webcam gefunden: Wir konnten Ihre Kamera nicht finden. Ist sie angeschlossen und eingeschaltet? Falls ja, starten Sie Ihren Computer neu oder prüfen Sie Ihre Geräteeinstellungen. Hilfe bietet die Fehlerbehebung unter https://test.8x8.vc/ (eine Seite eines Drittanbieters, auf die die Meldung des SDK verweist). Stellen Sie außerdem sicher, dass Sie sich auf einer sicheren Website (https://) befinden.',
    userMessage:
      'Wir können keine Kamera finden. Prüfen Sie, ob sie angeschlossen und eingeschaltet ist, und laden Sie die Seite dann neu.',
    causes: [
      'In der Geräteliste des Browsers erscheint keine Kamera, daher hat das SDK keine, die es verwenden kann.',
      'Wie die Meldung sagt, ist die Kamera möglicherweise nicht angeschlossen oder ausgeschaltet, oder die Seite befindet sich nicht auf einer sicheren Website (https://).',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihre Kamera angeschlossen und eingeschaltet ist, und laden Sie die Seite dann neu.',
      },
      {
        by: 'user',
        text: 'Wenn sie weiterhin nicht gefunden wird, prüfen Sie die Kameraeinstellungen Ihres Geräts oder starten Sie Ihren Computer neu.',
      },
      {
        by: 'app',
        text: 'Stellen Sie die Seite über https:// bereit und lassen Sie den Nutzer ohne Video beitreten.',
      },
    ],
    variants: {
      app: {
        causes: [
          'In der Geräteliste des Systems erscheint keine Kamera, daher hat das SDK keine, die es verwenden kann.',
          'Wie die Meldung sagt, ist die Kamera möglicherweise nicht angeschlossen oder ausgeschaltet.',
        ],
        userMessage:
          'Wir können Ihre Kamera nicht finden. Prüfen Sie, ob sie angeschlossen und eingeschaltet ist, und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Prüfen Sie, ob Ihre Kamera angeschlossen und eingeschaltet ist, und versuchen Sie es dann erneut.',
          },
          {
            by: 'user',
            text: 'Wenn sie weiterhin nicht gefunden wird, prüfen Sie die Kameraeinstellungen Ihres Geräts oder starten Sie Ihr Gerät neu.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer ohne Video beitreten.',
          },
        ],
      },
    },
  },
  'rn-camera-access-denied-or-dismissed': {
    title: 'Kamerazugriff verweigert (React Native)',
    userTitle: 'Kamerazugriff ist deaktiviert',
    description:
      'Der Kamerazugriff wurde verweigert oder die Anfrage wurde geschlossen. Erteilen Sie den Zugriff in den App-Einstellungen, um fortzufahren.',
    userMessage:
      'Diese App kann Ihre Kamera nicht verwenden. Erlauben Sie dieser App den Kamerazugriff in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
    causes: [
      'Die Kameraberechtigung wurde verweigert oder die Abfrage geschlossen, daher hat das Betriebssystem der App die Kamera nicht freigegeben.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung der Kamera und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Erklären Sie vor der Abfrage, wofür die App die Kamera braucht, und öffnen Sie die Einstellungsseite der App, wenn der Zugriff ausgeschaltet ist.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die App die Kameranutzung deklariert: NSCameraUsageDescription unter iOS und die Berechtigung CAMERA unter Android.',
      },
    ],
  },
  'rn-camera-access-unavailable': {
    title: 'Kamera nicht verfügbar (React Native)',
    userTitle: 'Kamera nicht verfügbar',
    description:
      'Der Kamerazugriff ist nicht verfügbar. Stellen Sie sicher, dass Ihr Gerät kompatibel ist.',
    userMessage:
      'Diese App kann auf Ihrem Gerät keine Kamera verwenden. Versuchen Sie, von einem anderen Gerät aus beizutreten.',
    causes: [
      'Die Medien-Engine des SDK meldet, dass sie auf diesem Gerät kein Video senden kann, daher kann die Kamera im Meeting nicht verwendet werden.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie, von einem anderen Gerät aus beizutreten.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie Gerätemodell und Betriebssystemversion in den Logs der App und lassen Sie den Nutzer ohne Video beitreten.',
      },
    ],
  },
  'rn-camera-not-found': {
    title: 'Kamera nicht gefunden (React Native)',
    userTitle: 'Keine Kamera gefunden',
    description: 'Stellen Sie sicher, dass Ihre Kamera angeschlossen und eingeschaltet ist.',
    userMessage:
      'Diese App kann auf Ihrem Gerät keine Kamera finden. Prüfen Sie, ob die Kamera eingeschaltet und nicht gesperrt ist, und versuchen Sie es dann erneut.',
    causes: [
      'Das Erstellen der Kameraspur ist mit einer DOMException fehlgeschlagen, die das SDK als fehlende Kamera meldet.',
      'Prüfen Sie die Logs der App auf den zugrunde liegenden Fehler.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihre Kamera eingeschaltet ist und keine andere App sie verwendet, und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den zugrunde liegenden Fehler in den Logs der App und lassen Sie den Nutzer ohne Video beitreten.',
      },
    ],
  },
  'rn-camera-track-ended': {
    title: 'Kameraspur beendet (React Native)',
    userTitle: 'Kamera gestoppt',
    description:
      'Die Kameraspur wurde beendet. Stellen Sie sicher, dass Ihre Kamera eingeschaltet ist, oder starten Sie sie neu.',
    userMessage:
      'Ihre Kamera wurde gestoppt. Schalten Sie sie wieder ein, oder schließen Sie diese App und öffnen Sie sie erneut.',
    causes: [
      'Das Betriebssystem hat die Kameraspur beendet. Wie die Meldung andeutet, wurde die Kamera möglicherweise ausgeschaltet.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Schalten Sie Ihre Kamera wieder ein. Wenn sie weiterhin nicht funktioniert, schließen Sie diese App und öffnen Sie sie erneut.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie die Kamera als ausgeschaltet an und lassen Sie den Nutzer sie wieder einschalten.',
      },
    ],
  },
  'rn-mic-access-denied-or-dismissed': {
    title: 'Mikrofonzugriff verweigert (React Native)',
    userTitle: 'Mikrofonzugriff ist deaktiviert',
    description:
      'Der Mikrofonzugriff wurde verweigert oder die Anfrage wurde geschlossen. Erteilen Sie den Zugriff in den App-Einstellungen, um fortzufahren.',
    userMessage:
      'Diese App kann Ihr Mikrofon nicht verwenden. Erlauben Sie dieser App den Mikrofonzugriff in den Einstellungen Ihres Geräts und versuchen Sie es dann erneut.',
    causes: [
      'Die Mikrofonberechtigung wurde verweigert oder die Abfrage geschlossen, daher hat das Betriebssystem der App das Mikrofon nicht freigegeben.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung des Mikrofons und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Erklären Sie vor der Abfrage, wofür die App das Mikrofon braucht, und öffnen Sie die Einstellungsseite der App, wenn der Zugriff ausgeschaltet ist.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die App die Mikrofonnutzung deklariert: NSMicrophoneUsageDescription unter iOS und die Berechtigung RECORD_AUDIO unter Android.',
      },
    ],
  },
  'rn-mic-access-unavailable': {
    title: 'Mikrofon nicht verfügbar (React Native)',
    userTitle: 'Mikrofon nicht verfügbar',
    description:
      'Der Mikrofonzugriff ist nicht verfügbar. Stellen Sie sicher, dass Ihr Gerät kompatibel ist.',
    userMessage:
      'Diese App kann auf Ihrem Gerät kein Mikrofon verwenden. Versuchen Sie, von einem anderen Gerät aus beizutreten.',
    causes: [
      'Die Medien-Engine des SDK meldet, dass sie auf diesem Gerät kein Audio senden kann, daher kann das Mikrofon im Meeting nicht verwendet werden.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie, von einem anderen Gerät aus beizutreten.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie Gerätemodell und Betriebssystemversion in den Logs der App und lassen Sie den Nutzer ohne Audio beitreten.',
      },
    ],
  },
  'rn-mic-not-found': {
    title: 'Mikrofon nicht gefunden (React Native)',
    userTitle: 'Kein Mikrofon gefunden',
    description: 'Stellen Sie sicher, dass Ihr Mikrofon angeschlossen und eingeschaltet ist.',
    userMessage:
      'Diese App kann auf Ihrem Gerät kein Mikrofon finden. Prüfen Sie, ob es angeschlossen und nicht gesperrt ist, und versuchen Sie es dann erneut.',
    causes: [
      'Das Erstellen der Mikrofonspur ist mit einer DOMException fehlgeschlagen, die das SDK als fehlendes Mikrofon meldet.',
      'Prüfen Sie die Logs der App auf den zugrunde liegenden Fehler.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihr Mikrofon oder Headset angeschlossen ist und keine andere App es verwendet, und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den zugrunde liegenden Fehler in den Logs der App und lassen Sie den Nutzer ohne Audio beitreten.',
      },
    ],
  },
  'rn-mic-track-ended': {
    title: 'Mikrofonspur beendet (React Native)',
    userTitle: 'Mikrofon getrennt',
    description:
      'Die Mikrofonspur wurde beendet oder das Mikrofon ist getrennt. Prüfen Sie die Verbindung Ihres Mikrofons und versuchen Sie es erneut.',
    userMessage:
      'Ihr Mikrofon wurde gestoppt oder getrennt. Prüfen Sie, ob es angeschlossen ist, und schalten Sie es dann wieder ein.',
    causes: [
      'Das Betriebssystem hat die Mikrofonspur beendet, zum Beispiel weil ein Headset getrennt wurde.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihr Mikrofon oder Headset angeschlossen ist, und schalten Sie das Mikrofon dann wieder ein.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie das Mikrofon als ausgeschaltet an und lassen Sie den Nutzer es wieder einschalten.',
      },
    ],
  },
  'set-webcam-quality-failed': {
    title: 'Festlegen der Webcam-Qualität fehlgeschlagen',
    userTitle: 'Videoqualität konnte nicht geändert werden',
    description: 'Die Webcam-Qualität konnte nicht festgelegt werden.',
    userMessage:
      'Wir konnten Ihre Videoqualität nicht ändern. Sie können das Meeting weiter nutzen.',
    causes: [
      'Das SDK konnte die angeforderte Qualität nicht auf das gesendete Kameravideo anwenden.',
      'Die Fehlermeldung enthält den Grund.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund in der Fehlermeldung und die Logs der App.',
      },
      {
        by: 'app',
        text: 'Ändern Sie die Qualität nur, solange die Kamera eingeschaltet und mit dem Meeting verbunden ist.',
      },
    ],
  },
  'starting-audio': {
    title: 'Mikrofon konnte nicht gestartet werden',
    userTitle: 'Mikrofon konnte nicht eingeschaltet werden',
    description:
      'Etwas ist schiefgelaufen, und das Mikrofon konnte nicht aktiviert werden. Versuchen Sie es erneut.',
    userMessage: 'Ihr Mikrofon konnte nicht eingeschaltet werden. Versuchen Sie es erneut.',
    causes: [
      'Das Einschalten des Mikrofons (unmuteMic) ist fehlgeschlagen, und die Meldung sagt nicht, warum.',
      'Berechtigungsprobleme und ein belegtes Mikrofon haben eigene Codes. Prüfen Sie die Logs der App auf den zugrunde liegenden Fehler.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn sich das Mikrofon weiterhin nicht einschaltet, starten Sie diese App neu und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Lassen Sie das Mikrofon ausgeschaltet, lassen Sie den Teilnehmer im Meeting und bieten Sie eine Schaltfläche zum Wiederholen an.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, prüfen Sie die Logs der App aus dem Zeitpunkt, als sie unmuteMic aufgerufen hat, zusammen mit Gerätemodell und Betriebssystemversion.',
      },
    ],
  },
  'starting-video': {
    title: 'Kamera konnte nicht gestartet werden',
    userTitle: 'Kamera konnte nicht eingeschaltet werden',
    description:
      'Etwas ist schiefgelaufen, und die Kamera konnte nicht aktiviert werden. Versuchen Sie es erneut.',
    userMessage: 'Ihre Kamera konnte nicht eingeschaltet werden. Versuchen Sie es erneut.',
    causes: [
      'Das Einschalten der Kamera (enableCam) ist fehlgeschlagen, und die Meldung sagt nicht, warum.',
      'Berechtigungsprobleme und eine belegte Kamera haben eigene Codes. Prüfen Sie die Logs der App auf den zugrunde liegenden Fehler.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn sich die Kamera weiterhin nicht einschaltet, starten Sie diese App neu und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Lassen Sie die Kamera ausgeschaltet, lassen Sie den Teilnehmer im Meeting und bieten Sie eine Schaltfläche zum Wiederholen an.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, prüfen Sie die Logs der App aus dem Zeitpunkt, als sie enableCam aufgerufen hat, zusammen mit Gerätemodell und Betriebssystemversion.',
      },
    ],
  },
  'video-produce-codec-not-supported': {
    title: 'Video-Codec zum Senden nicht unterstützt',
    userTitle: 'Video angepasst',
    description:
      'Der angegebene Codec wird zum Senden von Video auf diesem Gerät nicht unterstützt. Es wird auf VP8 ausgewichen.',
    userMessage:
      'Ihr Video wurde angepasst, damit es auf diesem Gerät funktioniert. Sie müssen nichts weiter tun.',
    causes: [
      'Der Browser kann kein Video mit dem Codec senden, den die App angefordert hat, daher verwendet das SDK stattdessen VP8.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Fordern Sie einen Codec an, den der Browser unterstützt, oder VP8, um das Ausweichen zu vermeiden.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie mit RTCRtpSender.getCapabilities() für Video, mit welchen Codecs der Browser senden kann.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät kann kein Video mit dem Codec senden, den die App angefordert hat, daher verwendet das SDK stattdessen VP8.',
        ],
        fixes: [
          {
            by: 'app',
            text: 'Fordern Sie einen Codec an, den das Gerät unterstützt, oder VP8, um das Ausweichen zu vermeiden.',
          },
          {
            by: 'app',
            text: 'Protokollieren Sie Gerätemodell und Betriebssystemversion, um herauszufinden, welchen Geräten der Codec fehlt.',
          },
        ],
      },
    },
  },
  'video-source-initiation-failed': {
    title: 'Videoquelle konnte nicht gestartet werden',
    userTitle: 'Kamera konnte nicht gestartet werden',
    description:
      'Die Videoquelle kann nicht gestartet werden. Prüfen Sie die Browsereinstellungen für Videoberechtigungen.',
    userMessage:
      'Ihre Kamera konnte nicht gestartet werden. Prüfen Sie, ob Ihre Browsereinstellungen die Kamera erlauben, und laden Sie die Seite dann neu.',
    causes: [
      'Der Browser konnte nicht von der Kamera lesen: Er hat einen NotReadableError gemeldet, bei dem es sich nicht um den Fall einer belegten Kamera handelt.',
      'Die Meldung verweist auf die Kameraeinstellungen des Browsers. Prüfen Sie die Logs der App auf den eigenen Fehler des Browsers.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihre Browsereinstellungen die Kamera für diese Seite erlauben, und laden Sie die Seite dann neu.',
      },
      {
        by: 'user',
        text: 'Wenn sie weiterhin nicht startet, schließen Sie andere Apps, die die Kamera verwenden, und starten Sie Ihren Browser neu.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Nutzer ohne Video beitreten und bieten Sie eine Schaltfläche zum Wiederholen an.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät konnte nicht von der Kamera lesen: Es hat einen NotReadableError gemeldet, bei dem es sich nicht um den Fall einer belegten Kamera handelt.',
          'Die Meldung verweist auf die Kameraeinstellungen des Geräts. Prüfen Sie die Logs der App auf den eigenen Fehler der Plattform.',
        ],
        userMessage:
          'Ihre Kamera konnte nicht gestartet werden. Prüfen Sie in den Einstellungen Ihres Geräts, ob diese App die Kamera verwenden darf, und versuchen Sie es dann erneut.',
        fixes: [
          {
            by: 'user',
            text: 'Öffnen Sie die Einstellungen Ihres Geräts, erlauben Sie dieser App die Verwendung der Kamera und versuchen Sie es dann erneut.',
          },
          {
            by: 'user',
            text: 'Schließen Sie andere Apps, die die Kamera verwenden, und versuchen Sie es dann erneut.',
          },
          {
            by: 'app',
            text: 'Lassen Sie den Nutzer ohne Video beitreten und bieten Sie eine Schaltfläche zum Wiederholen an.',
          },
        ],
      },
    },
  },
  'video-track-creation-failed': {
    title: 'Videospur nicht erstellt',
    userTitle: 'Video konnte nicht gestartet werden',
    description:
      'Ein Fehler ist aufgetreten, und die Videospur konnte nicht erstellt werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihr Video konnte nicht gestartet werden. Prüfen Sie Ihre Kamera und versuchen Sie es dann erneut.',
    causes: [
      'Das SDK konnte keine Videospur aus der Kamera erstellen.',
      'Die Meldung sagt nicht, warum. Prüfen Sie die Logs der App auf den zugrunde liegenden Gerätefehler.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihre Kamera angeschlossen ist und keine andere App sie verwendet, und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Protokollieren Sie den zugrunde liegenden Fehler und bieten Sie eine Schaltfläche zum Wiederholen an.',
      },
      {
        by: 'app',
        text: 'Lassen Sie den Teilnehmer ohne Video im Meeting, solange das Problem besteht.',
      },
    ],
  },
  'webcam-close-producer-failed': {
    title: 'Ausschalten der Kamera fehlgeschlagen',
    userTitle: 'Kamera konnte nicht ausgeschaltet werden',
    description: 'Die Kamera konnte nicht ausgeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten Ihre Kamera nicht ausschalten, sie ist also weiterhin eingeschaltet. Versuchen Sie es erneut.',
    causes: [
      'Der Meeting-Server hat nicht bestätigt, dass er den Empfang der Kamera beendet hat, daher lässt das SDK die Kamera unverändert eingeschaltet.',
      'Prüfen Sie die Fehlermeldung und die Logs der App auf den Grund.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie die Kamera weiterhin als eingeschaltet an und lassen Sie den Nutzer den Vorgang wiederholen.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, prüfen Sie die Verbindung zum Meeting in den Logs der App.',
      },
    ],
  },
  'webcam-not-enabled': {
    title: 'Webcam nicht aktiviert',
    userTitle: 'Kamera ist ausgeschaltet',
    description:
      'Die Webcam ist nicht aktiviert. Aktivieren Sie sie, bevor Sie die Qualität festlegen.',
    userMessage:
      'Ihre Kamera ist ausgeschaltet. Schalten Sie sie ein und versuchen Sie es dann erneut.',
    causes: [
      'Die App hat versucht, die Webcam-Qualität festzulegen oder ein Bild aufzunehmen, während die Kamera ausgeschaltet ist.',
      'Das SDK lehnt den Methodenaufruf ab und löst keinen Meeting-Fehler aus.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Schalten Sie Ihre Kamera ein und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die Kamera eingeschaltet ist, bevor Sie setWebcamQuality() oder captureImage() verwenden, und deaktivieren Sie diese Steuerelemente, solange sie ausgeschaltet ist.',
      },
    ],
  },
  'webcam-produce-failed': {
    title: 'Veröffentlichen der Kamera fehlgeschlagen',
    userTitle: 'Kamera konnte nicht gestartet werden',
    description:
      'Die Kameraspur wurde erstellt, konnte aber nicht im Meeting veröffentlicht werden.',
    userMessage:
      'Ihre Kamera funktioniert, aber wir konnten ihr Video nicht an das Meeting senden. Laden Sie die Seite neu und treten Sie erneut bei.',
    causes: [
      'Das SDK hat die Kamera geöffnet, konnte ihr Video aber nicht auf dem Medienserver des Meetings veröffentlichen.',
      'Die Fehlermeldung enthält den zugrunde liegenden Grund, sofern es einen gibt.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Laden Sie die Seite neu und treten Sie erneut bei.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den Grund in der Fehlermeldung und den Zustand der Medienverbindung in den Logs der App.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Ihre Kamera funktioniert, aber wir konnten ihr Video nicht an das Meeting senden. Verlassen Sie das Meeting und treten Sie erneut bei.',
        fixes: [
          {
            by: 'user',
            text: 'Verlassen Sie das Meeting und treten Sie erneut bei.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie den Grund in der Fehlermeldung und den Zustand der Medienverbindung in den Logs der App.',
          },
        ],
      },
    },
  },
  'webcam-track-ended': {
    title: 'Webcam-Spur beendet',
    userTitle: 'Kamera getrennt',
    description:
      'Die Webcam-Spur wurde beendet oder die Webcam ist getrennt. Stellen Sie sicher, dass Ihre Webcam richtig angeschlossen ist, und starten Sie sie neu.',
    userMessage:
      'Ihre Kamera wurde gestoppt oder getrennt. Prüfen Sie, ob sie angeschlossen ist, und schalten Sie sie dann wieder ein.',
    causes: [
      'Der Browser hat die Kameraspur beendet, zum Beispiel weil die Kamera getrennt wurde.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie, ob Ihre Kamera angeschlossen ist, und schalten Sie sie dann wieder ein.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie die Kamera als ausgeschaltet an und lassen Sie den Nutzer sie wieder einschalten oder eine andere Kamera wählen.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät hat die Kameraspur beendet, zum Beispiel weil die Kamera getrennt wurde.',
        ],
      },
    },
  },
};
