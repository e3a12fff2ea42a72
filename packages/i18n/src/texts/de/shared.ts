import type { SharedMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<SharedMeaningId> = {
  'account-deactivated': {
    title: 'Konto deaktiviert',
    userTitle: 'Meetings nicht verfügbar',
    description:
      'Das Konto wurde offenbar von VideoSDK deaktiviert. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support.',
    userMessage:
      'Meetings sind in dieser App derzeit nicht verfügbar. Wenden Sie sich an {supportContact}.',
    causes: [
      'VideoSDK hat das Konto deaktiviert, dem der API-Schlüssel gehört. Die Meldung nennt keinen Grund.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Melden Sie sich im VideoSDK-Dashboard an und prüfen Sie den Status des Kontos.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um zu erfahren, warum das Konto deaktiviert wurde und wie es wiederhergestellt werden kann.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie Endnutzern eine verständliche Meldung und einen Kontakt für Hilfe, bis das Konto wieder aktiv ist.',
      },
    ],
  },
  'account-discontinued': {
    title: 'Konto geschlossen',
    userTitle: 'Meetings nicht verfügbar',
    description:
      'Das Konto wurde geschlossen. Der Server sendet eine spezifische Meldung mit den Details. Wenden Sie sich für weitere Details an den Support.',
    userMessage:
      'Meetings sind in dieser App derzeit nicht verfügbar. Wenden Sie sich an {supportContact}.',
    causes: [
      'Das Konto, dem der API-Schlüssel gehört, wurde geschlossen.',
      'Prüfen Sie den Grund des Servers in der Fehlermeldung: Der Server sendet mit diesem Fehler die genauen Details.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Protokollieren Sie die Meldung des Servers, die mit diesem Fehler kommt, denn sie nennt den genauen Grund.',
      },
      {
        by: 'dashboard',
        text: 'Prüfen Sie Status und Tarif des Kontos im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich mit der Meldung des Servers unter support@videosdk.live an den VideoSDK-Support, um weitere Details zu erhalten.',
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
  'add-on-services-disabled': {
    title: 'Add-on-Dienste deaktiviert',
    userTitle: 'Funktion nicht verfügbar',
    description:
      'Add-on-Dienste sind für das Konto deaktiviert. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support.',
    userMessage:
      'Diese Funktion ist in dieser App derzeit nicht verfügbar. Wenden Sie sich an {supportContact}.',
    causes: [
      'Add-on-Dienste sind für das Konto, dem der API-Schlüssel gehört, ausgeschaltet, daher hat der Server die angeforderte Funktion abgelehnt.',
      'Die Meldung nennt die Funktion nicht. Prüfen Sie, welche Funktion die App angefordert hat, als der Fehler eintraf.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie die Add-ons und den Tarif des Kontos im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um Add-on-Dienste für das Konto einzuschalten.',
      },
      {
        by: 'app',
        text: 'Blenden Sie die Funktion in der App aus oder deaktivieren Sie sie, bis Add-on-Dienste verfügbar sind.',
      },
    ],
  },
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
      { by: 'app', text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.' },
    ],
    variants: {
      flutter: {
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
          { by: 'app', text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.' },
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
      { by: 'app', text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.' },
    ],
    variants: {
      flutter: {
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
          { by: 'app', text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.' },
        ],
      },
    },
  },
  'camera-in-use': {
    title: 'Kamera wird bereits verwendet',
    userTitle: 'Kamera ist belegt',
    description:
      'Die Kamera wird von einer anderen Anwendung verwendet. Schließen Sie alle Programme, die die Kamera nutzen, etwa Videokonferenz-Tools, Software zur Bildschirmaufzeichnung oder andere Browser, starten Sie den Browser neu und versuchen Sie es erneut.',
    userMessage:
      'Eine andere App oder ein anderer Browser-Tab verwendet Ihre Kamera. Schließen Sie die App oder den Tab und versuchen Sie es dann erneut.',
    causes: [
      'Eine andere Anwendung oder ein anderer Browser-Tab belegt die Kamera, und das Betriebssystem lässt jeweils nur eine Anwendung darauf zugreifen.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Schließen Sie andere Apps oder Browser-Tabs, die die Kamera verwenden, und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und lassen Sie den Nutzer in der Zwischenzeit ohne Video beitreten.',
      },
    ],
    variants: {
      flutter: {
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
      flutter: {
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
      flutter: {
        userMessage:
          'Sie sind diesem Meeting über ein anderes Gerät beigetreten, daher wurde die Verbindung auf diesem Gerät getrennt.',
        fixes: [
          { by: 'user', text: 'Setzen Sie das Meeting auf Ihrem anderen Gerät fort.' },
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
  'hls-duration-limit-reached': {
    title: 'Zeitlimit der HLS-Übertragung erreicht',
    userTitle: 'Zeitlimit der Übertragung erreicht',
    description:
      'Das System hat die HLS-Übertragung automatisch beendet, weil sie die maximale Dauer von 2 Stunden für eine einzelne HLS-Übertragung erreicht hat.',
    userMessage:
      'Die Übertragung an die Zuschauer wurde beendet, weil sie ihr Limit von 2 Stunden erreicht hat. Das Meeting läuft weiter, und Sie können eine neue Übertragung starten.',
    causes: [
      'Eine einzelne HLS-Übertragung kann höchstens 2 Stunden laufen. Der Server hat diese beendet, als sie dieses Limit erreicht hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Reagieren Sie auf diese Warnung und bieten Sie an, eine neue HLS-Übertragung zu starten.',
      },
      {
        by: 'app',
        text: 'Planen Sie lange Veranstaltungen als mehrere HLS-Übertragungen von jeweils bis zu 2 Stunden.',
      },
    ],
  },
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
      { by: 'app', text: 'Bieten Sie an, die HLS-Übertragung erneut zu starten.' },
      {
        by: 'dashboard',
        text: 'Prüfen Sie die Details des Meetings und seiner HLS-Übertragung im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'invalid-api-key': {
    title: 'Ungültiger API-Schlüssel',
    userTitle: 'Beitritt derzeit nicht möglich',
    description:
      'Der API-Schlüssel (apikey) im Token ist leer oder ungültig. Überprüfen Sie ihn im Dashboard.',
    userMessage:
      'Diese App ist nicht richtig eingerichtet, daher können Sie dem Meeting gerade nicht beitreten. Wenden Sie sich an {supportContact}.',
    causes: [
      'Der Wert apikey im Token fehlt oder ist falsch, oder er nennt einen API-Schlüssel, der gelöscht oder ausgeschaltet wurde.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie im VideoSDK-Dashboard, ob der API-Schlüssel existiert und aktiv ist.',
      },
      {
        by: 'app',
        text: 'Tragen Sie auf dem Token-Server diesen API-Schlüssel in das Feld apikey ein und signieren Sie das Token mit dem Secret desselben API-Schlüssels.',
      },
      {
        by: 'app',
        text: 'Dekodieren Sie ein Token, das die App erhalten hat, und prüfen Sie seinen Wert apikey.',
      },
    ],
  },
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
        text: 'Kopieren Sie die Livestream-Adresse und den Streamschlüssel erneut von der Plattform, auf der Sie den Livestream zeigen, zum Beispiel YouTube, und versuchen Sie es dann erneut.',
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
  'invalid-permissions': {
    title: 'Ungültige Token-Berechtigungen',
    userTitle: 'Beitritt derzeit nicht möglich',
    description:
      'Die Berechtigungen im Token sind ungültig. Kombinieren Sie allow_join oder allow_mod nicht mit ask_join.',
    userMessage:
      'Diese App ist nicht richtig eingerichtet, daher können Sie dem Meeting gerade nicht beitreten. Wenden Sie sich an {supportContact}.',
    causes: [
      'Die Berechtigungsliste im Token kombiniert ask_join mit allow_join oder allow_mod oder ist auf andere Weise ungültig.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verwenden Sie auf dem Token-Server entweder ask_join (der Teilnehmer bittet um Beitritt) oder allow_join, optional mit allow_mod. Kombinieren Sie ask_join nie mit den anderen beiden.',
      },
      {
        by: 'app',
        text: 'Dekodieren Sie ein Token, das die App erhalten hat, und prüfen Sie seine Berechtigungsliste.',
      },
    ],
  },
  'invalid-token': {
    title: 'Ungültiges Token',
    userTitle: 'Zugang ungültig',
    description: 'Das Token ist leer oder ungültig, oder es ist möglicherweise abgelaufen.',
    userMessage:
      'Ihr Zugang zu diesem Meeting ist abgelaufen oder ungültig. Treten Sie dem Meeting erneut bei.',
    causes: [
      'Das Token fehlt, ist kein gültiges, mit dem Secret des API-Schlüssels signiertes Token, oder seine Ablaufzeit ist überschritten.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Holen Sie unmittelbar vor jedem Beitritt ein neues Token vom Token-Server, statt ein altes zu speichern.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob der Token-Server mit dem Secret des im Token genannten API-Schlüssels signiert, und prüfen Sie die Ablaufzeit des Tokens.',
      },
      { by: 'user', text: 'Treten Sie dem Meeting erneut bei.' },
    ],
    variants: {
      web: {
        userMessage:
          'Ihr Zugang zu diesem Meeting ist abgelaufen oder ungültig. Laden Sie die Seite neu und treten Sie dem Meeting dann erneut bei.',
        fixes: [
          {
            by: 'app',
            text: 'Holen Sie unmittelbar vor jedem Beitritt ein neues Token vom Token-Server, statt ein altes zu speichern.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie, ob der Token-Server mit dem Secret des im Token genannten API-Schlüssels signiert, und prüfen Sie die Ablaufzeit des Tokens.',
          },
          {
            by: 'user',
            text: 'Laden Sie die Seite neu und treten Sie dem Meeting dann erneut bei.',
          },
        ],
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: 'Zeitlimit des Livestreams erreicht',
    userTitle: 'Zeitlimit des Livestreams erreicht',
    description:
      'Das System hat den Livestream automatisch beendet, weil er die maximale Dauer von 2 Stunden für einen einzelnen RTMP-Livestream erreicht hat.',
    userMessage:
      'Der Livestream wurde beendet, weil er sein Limit von 2 Stunden erreicht hat. Das Meeting läuft weiter, und Sie können einen neuen Livestream starten.',
    causes: [
      'Ein einzelner RTMP-Livestream kann höchstens 2 Stunden laufen. Der Server hat diesen beendet, als er dieses Limit erreicht hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Reagieren Sie auf diese Warnung und bieten Sie an, einen neuen Livestream zu starten.',
      },
      {
        by: 'app',
        text: 'Planen Sie lange Veranstaltungen als mehrere Livestreams von jeweils bis zu 2 Stunden.',
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
      { by: 'app', text: 'Bieten Sie an, den Livestream erneut zu starten.' },
      {
        by: 'app',
        text: 'Prüfen Sie das Live-Dashboard der Zielplattform auf Fehler, zum Beispiel einen Streamschlüssel, der nicht mehr gültig ist.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'max-hls-limit-reached-on-organization': {
    title: 'Limit für HLS-Übertragungen der Organisation erreicht',
    userTitle: 'Übertragung nicht verfügbar',
    description:
      'Die Organisation hat die maximale Anzahl an HLS-Übertragungen erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Die Übertragung an die Zuschauer kann gerade nicht starten, weil ein Limit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'Die Organisation hat die maximale Anzahl an HLS-Übertragungen erreicht, die ihr Konto erlaubt.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Limit und die Nutzung der HLS-Übertragungen der Organisation im VideoSDK-Dashboard.',
      },
      {
        by: 'app',
        text: 'Beenden Sie HLS-Übertragungen, die nicht mehr benötigt werden, und versuchen Sie es dann erneut.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: 'Livestream-Limit der Organisation erreicht',
    userTitle: 'Livestream nicht verfügbar',
    description:
      'Die Organisation hat die maximale Anzahl an Livestreams erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Der Livestream kann gerade nicht starten, weil ein Limit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'Die Organisation hat die maximale Anzahl an Livestreams erreicht, die ihr Konto erlaubt.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Livestream-Limit und die Nutzung der Organisation im VideoSDK-Dashboard.',
      },
      {
        by: 'app',
        text: 'Beenden Sie Livestreams, die nicht mehr benötigt werden, und versuchen Sie es dann erneut.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-participant-reached': {
    title: 'Meeting ist voll',
    userTitle: 'Das Meeting ist voll',
    description:
      'Das Meeting hat die maximale Anzahl an Teilnehmern erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Dieses Meeting ist voll, daher können Sie gerade nicht beitreten. Versuchen Sie es später erneut oder bitten Sie den Organisator um Hilfe.',
    causes: ['Die Anzahl der Teilnehmer im Meeting hat das Limit des Kontos erreicht.'],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es später erneut oder bitten Sie den Organisator um Hilfe.',
      },
      {
        by: 'app',
        text: 'Teilen Sie dem Nutzer mit, dass das Meeting voll ist, und bieten Sie an, es später erneut zu versuchen.',
      },
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Teilnehmerlimit des Tarifs im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: 'Aufzeichnungslimit der Organisation erreicht',
    userTitle: 'Aufzeichnung nicht verfügbar',
    description:
      'Die Organisation hat die maximale Anzahl an Aufzeichnungen erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Die Aufzeichnung kann gerade nicht starten, weil ein Limit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'Die Organisation hat die maximale Anzahl an Aufzeichnungen erreicht, die ihr Konto erlaubt.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Aufzeichnungslimit und die Nutzung der Organisation im VideoSDK-Dashboard.',
      },
      {
        by: 'app',
        text: 'Beenden Sie Aufzeichnungen, die nicht mehr benötigt werden, und versuchen Sie es dann erneut.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: 'Sprecherlimit der Organisation erreicht',
    userTitle: 'Zu viele Sprecher',
    description:
      'Die Organisation hat die maximale Anzahl an Sprechern erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Sie können gerade nicht beitreten, weil das Sprecherlimit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'In der gesamten Organisation hat die Anzahl der Teilnehmer, die als Sprecher beigetreten sind, das Limit des Kontos erreicht.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Sprecherlimit und die Nutzung der Organisation im VideoSDK-Dashboard.',
      },
      {
        by: 'app',
        text: 'Lassen Sie Teilnehmer, die nur zuschauen, als Zuschauer statt als Sprecher beitreten.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-speaker-reached': {
    title: 'Sprecherlimit des Meetings erreicht',
    userTitle: 'Sprecherlimit erreicht',
    description:
      'Das Meeting hat die maximale Anzahl an Sprechern erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Dieses Meeting hat sein Sprecherlimit erreicht, daher können Sie gerade nicht beitreten. Versuchen Sie es später erneut oder bitten Sie den Organisator um Hilfe.',
    causes: ['Die Anzahl der Sprecher im Meeting hat das Limit des Kontos erreicht.'],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es später erneut oder bitten Sie den Organisator um Hilfe.',
      },
      {
        by: 'app',
        text: 'Lassen Sie Teilnehmer, die nur zuschauen, als Zuschauer statt als Sprecher beitreten.',
      },
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Sprecherlimit des Tarifs im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: 'Zuschauerlimit der Organisation erreicht',
    userTitle: 'Zu viele Zuschauer',
    description:
      'Die Organisation hat die maximale Anzahl an Zuschauern erreicht, also an Teilnehmern, die im Modus VIEWER oder SIGNALING_ONLY beitreten. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Sie können gerade nicht beitreten, weil das Zuschauerlimit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'In der gesamten Organisation hat die Anzahl der Teilnehmer, die im Modus VIEWER oder SIGNALING_ONLY beigetreten sind, das Limit des Kontos erreicht.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Zuschauerlimit und die Nutzung der Organisation im VideoSDK-Dashboard.',
      },
      {
        by: 'app',
        text: 'Teilen Sie dem Nutzer mit, dass das Meeting gerade keine weiteren Zuschauer aufnehmen kann, und bieten Sie an, es später erneut zu versuchen.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
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
      { by: 'app', text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.' },
    ],
    variants: {
      flutter: {
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
          { by: 'app', text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.' },
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
      { by: 'app', text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.' },
    ],
    variants: {
      flutter: {
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
          { by: 'app', text: 'Lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.' },
        ],
      },
    },
  },
  'microphone-in-use': {
    title: 'Mikrofon wird bereits verwendet',
    userTitle: 'Mikrofon ist belegt',
    description:
      'Das Mikrofon wird von einer anderen Anwendung verwendet. Schließen Sie alle Programme, die das Mikrofon nutzen, etwa Videokonferenz-Tools, Software zur Bildschirmaufzeichnung oder andere Browser, starten Sie den Browser neu und versuchen Sie es erneut.',
    userMessage:
      'Eine andere App oder ein anderer Browser-Tab verwendet Ihr Mikrofon. Schließen Sie die App oder den Tab und versuchen Sie es dann erneut.',
    causes: [
      'Eine andere Anwendung oder ein anderer Browser-Tab belegt das Mikrofon, und das Betriebssystem lässt jeweils nur eine Anwendung darauf zugreifen.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Schließen Sie andere Apps oder Browser-Tabs, die das Mikrofon verwenden, und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Bieten Sie eine Schaltfläche zum Wiederholen an und lassen Sie den Nutzer in der Zwischenzeit ohne Audio beitreten.',
      },
    ],
    variants: {
      flutter: {
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
      flutter: {
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
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
      {
        by: 'app',
        text: 'Wiederholen Sie den Start nach einigen Sekunden automatisch, mit einer Obergrenze für die Anzahl der Wiederholungen.',
      },
    ],
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
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
      {
        by: 'app',
        text: 'Wiederholen Sie den Start nach einigen Sekunden automatisch, mit einer Obergrenze für die Anzahl der Wiederholungen.',
      },
    ],
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
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
      {
        by: 'app',
        text: 'Wiederholen Sie den Start nach einigen Sekunden automatisch, mit einer Obergrenze für die Anzahl der Wiederholungen.',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: 'Zeitlimit der Aufzeichnung erreicht',
    userTitle: 'Zeitlimit der Aufzeichnung erreicht',
    description:
      'Das System hat die Aufzeichnung automatisch beendet, weil sie die maximale Dauer von 2 Stunden für eine einzelne Aufzeichnung erreicht hat.',
    userMessage:
      'Die Aufzeichnung wurde beendet, weil sie ihr Limit von 2 Stunden erreicht hat. Das Meeting läuft weiter, und Sie können eine neue Aufzeichnung starten.',
    causes: [
      'Eine einzelne Aufzeichnung kann höchstens 2 Stunden laufen. Der Server hat diese beendet, als sie dieses Limit erreicht hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Reagieren Sie auf diese Warnung und bieten Sie an, eine neue Aufzeichnung zu starten.',
      },
      {
        by: 'app',
        text: 'Planen Sie lange Meetings als mehrere Aufzeichnungen von jeweils bis zu 2 Stunden.',
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
      { by: 'app', text: 'Bieten Sie an, die Aufzeichnung erneut zu starten.' },
      {
        by: 'dashboard',
        text: 'Prüfen Sie die Details des Meetings und seiner Aufzeichnungen im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'screenshare-not-supported': {
    title: 'Bildschirmfreigabe nicht unterstützt',
    userTitle: 'Bildschirmfreigabe nicht möglich',
    description:
      'Die Bildschirmfreigabe wird in diesem Browser oder auf diesem Gerät nicht unterstützt: Der Stream für die Bildschirmfreigabe konnte nicht erstellt werden. Stellen Sie sicher, dass Gerät oder Browser kompatibel sind.',
    userMessage:
      'Die Bildschirmfreigabe ist in diesem Browser oder auf diesem Gerät nicht verfügbar. Verwenden Sie einen anderen Browser auf einem Computer.',
    causes: [
      'Der Browser oder das Gerät kann den Bildschirm nicht erfassen. Die meisten mobilen Browser unterstützen zum Beispiel keine Bildschirmfreigabe.',
      'Prüfen Sie in einer App, ob die Bildschirmfreigabe für diese Plattform so eingerichtet ist, wie es die Anleitung des SDK zur Bildschirmfreigabe beschreibt.',
    ],
    fixes: [
      { by: 'user', text: 'Verwenden Sie einen anderen Browser auf einem Computer.' },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die Bildschirmfreigabe unterstützt wird (navigator.mediaDevices.getDisplayMedia), und blenden Sie die Schaltfläche zum Freigeben aus, wo sie fehlt.',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          'Die Bildschirmfreigabe ist auf diesem Gerät nicht verfügbar. Verwenden Sie ein anderes Gerät oder fahren Sie ohne Bildschirmfreigabe fort.',
        fixes: [
          {
            by: 'user',
            text: 'Verwenden Sie ein anderes Gerät oder bleiben Sie ohne Bildschirmfreigabe im Meeting.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie, ob die Bildschirmfreigabe für jede Plattform, die die App unterstützt, so eingerichtet ist, wie es die Anleitung des SDK zur Bildschirmfreigabe beschreibt.',
          },
          {
            by: 'app',
            text: 'Blenden Sie die Schaltfläche zum Freigeben auf Geräten aus, die keine Bildschirmfreigabe unterstützen.',
          },
        ],
      },
    },
  },
  'screenshare-permission-denied': {
    title: 'Berechtigung zur Bildschirmfreigabe verweigert',
    userTitle: 'Bildschirmfreigabe nicht erlaubt',
    description:
      'Die Berechtigung zur Bildschirmfreigabe wurde verweigert. Um Ihren Bildschirm freizugeben, versuchen Sie es erneut und erteilen Sie die erforderlichen Berechtigungen.',
    userMessage:
      'Für die Bildschirmfreigabe ist Ihre Erlaubnis nötig. Versuchen Sie es erneut und erlauben Sie die Freigabe, wenn Sie gefragt werden.',
    causes: [
      'Der Nutzer hat die Abfrage zur Bildschirmfreigabe abgebrochen oder abgelehnt.',
      'Auf manchen Computern blockiert auch das Betriebssystem die Bildschirmaufzeichnung für den Browser oder die App, bis sie in den Datenschutzeinstellungen erlaubt wird.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut und wählen Sie einen Bildschirm, ein Fenster oder einen Tab zum Freigeben aus, wenn Sie gefragt werden.',
      },
      {
        by: 'user',
        text: 'Wenn Sie nicht gefragt werden, erlauben Sie diesem Browser die Bildschirmaufzeichnung in den Datenschutzeinstellungen Ihres Geräts.',
      },
      {
        by: 'app',
        text: 'Behandeln Sie eine abgebrochene Abfrage als normale Entscheidung und lassen Sie den Nutzer es erneut versuchen.',
      },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: 'Versuchen Sie es erneut und erlauben Sie die Bildschirmfreigabe, wenn Ihr Gerät danach fragt.',
          },
          {
            by: 'user',
            text: 'Wenn Sie nicht gefragt werden, erlauben Sie dieser App die Bildschirmaufzeichnung in den Einstellungen Ihres Geräts.',
          },
          {
            by: 'app',
            text: 'Behandeln Sie eine abgebrochene Abfrage als normale Entscheidung und lassen Sie den Nutzer es erneut versuchen.',
          },
        ],
      },
    },
  },
  'start-hls-failed': {
    title: 'HLS-Übertragung nicht gestartet',
    userTitle: 'Übertragung nicht gestartet',
    description:
      'Die Anfrage zum Starten der HLS-Übertragung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Übertragung an die Zuschauer wurde nicht gestartet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die HLS-Übertragung nicht starten, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
  'start-livestream-failed': {
    title: 'Livestream nicht gestartet',
    userTitle: 'Livestream nicht gestartet',
    description:
      'Die Anfrage zum Starten des Livestreams ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Der Livestream wurde nicht gestartet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte den Livestream nicht starten, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und ob RTMP-URL und Streamschlüssel jeder Ausgabe noch gültig sind.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
  'start-participant-recording-failed': {
    title: 'Teilnehmeraufzeichnung nicht gestartet',
    userTitle: 'Aufzeichnung nicht gestartet',
    description:
      'Die Anfrage zum Starten der Aufzeichnung des Teilnehmers ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage:
      'Die Aufzeichnung dieses Teilnehmers wurde nicht gestartet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Teilnehmeraufzeichnung nicht starten, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
    userMessage: 'Die Aufzeichnung wurde nicht gestartet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Aufzeichnung nicht starten, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
      'Die Aufzeichnung dieses Audios oder Videos wurde nicht gestartet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Aufzeichnung der Audio- oder Videospur nicht starten, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
  'start-transcription-failed': {
    title: 'Transkription nicht gestartet',
    userTitle: 'Transkription nicht gestartet',
    description:
      'Die Anfrage zum Starten der Transkription ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Transkription wurde nicht gestartet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Transkription nicht starten, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
    userMessage: 'Die Übertragung an die Zuschauer wurde nicht beendet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die HLS-Übertragung nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
  'stop-livestream-failed': {
    title: 'Livestream nicht beendet',
    userTitle: 'Livestream nicht beendet',
    description:
      'Die Anfrage zum Beenden des Livestreams ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Der Livestream wurde nicht beendet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte den Livestream nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
  'stop-participant-recording-failed': {
    title: 'Teilnehmeraufzeichnung nicht beendet',
    userTitle: 'Aufzeichnung nicht beendet',
    description:
      'Die Anfrage zum Beenden der Aufzeichnung des Teilnehmers ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage:
      'Die Aufzeichnung dieses Teilnehmers wurde nicht beendet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Teilnehmeraufzeichnung nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
    userMessage: 'Die Aufzeichnung wurde nicht beendet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Aufzeichnung nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
      'Die Aufzeichnung dieses Audios oder Videos wurde nicht beendet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Aufzeichnung der Audio- oder Videospur nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
  'stop-transcription-failed': {
    title: 'Transkription nicht beendet',
    userTitle: 'Transkription nicht beendet',
    description:
      'Die Anfrage zum Beenden der Transkription ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Transkription wurde nicht beendet. Versuchen Sie es erneut.',
    causes: [
      'Der Server konnte die Transkription nicht beenden, und die Meldung nennt keinen Grund.',
      'Prüfen Sie die Logs der App und die Details des Meetings im VideoSDK-Dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.' },
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
      { by: 'app', text: 'Bieten Sie an, die Transkription erneut zu starten.' },
      {
        by: 'dashboard',
        text: 'Prüfen Sie die Details des Meetings und seiner Transkription im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
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
  'unauthorized-meeting-id': {
    title: 'Token für dieses Meeting ungültig',
    userTitle: 'Kein Zugang zu diesem Meeting',
    description: 'Das Token ist für die angegebene Meeting-ID nicht gültig.',
    userMessage:
      'Ihre Einladung gilt nicht für dieses Meeting. Prüfen Sie den Meeting-Link oder bitten Sie den Organisator um eine neue Einladung.',
    causes: [
      'Das Token wurde für ein anderes Meeting erstellt: Sein Wert roomId stimmt nicht mit der Meeting-ID überein, mit der beigetreten wurde.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Erstellen Sie das Token für das Meeting, dem beigetreten wird: Setzen Sie roomId auf diese Meeting-ID oder lassen Sie roomId weg.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die App dieselbe Meeting-ID an den Token-Server und an die Beitrittsmethode übergibt.',
      },
      {
        by: 'user',
        text: 'Prüfen Sie den Meeting-Link oder bitten Sie den Organisator um eine neue Einladung.',
      },
    ],
  },
  'unauthorized-participant-id': {
    title: 'Token für diesen Teilnehmer ungültig',
    userTitle: 'Einladung passt nicht',
    description: 'Das Token ist für die angegebene Teilnehmer-ID nicht gültig.',
    userMessage:
      'Ihre Einladung passt nicht zu Ihrem Konto. Treten Sie dem Meeting erneut bei oder wenden Sie sich an {supportContact}.',
    causes: [
      'Das Token wurde für einen anderen Teilnehmer erstellt: Sein Wert participantId stimmt nicht mit der Teilnehmer-ID überein, mit der beigetreten wurde.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Übergeben Sie dieselbe Teilnehmer-ID an den Token-Server und an die Beitrittsmethode.',
      },
      {
        by: 'app',
        text: 'Wenn das Token nicht an einen Teilnehmer gebunden sein muss, lassen Sie participantId darin weg.',
      },
      { by: 'user', text: 'Treten Sie dem Meeting erneut bei.' },
    ],
    variants: {
      web: {
        userMessage:
          'Ihre Einladung passt nicht zu Ihrem Konto. Laden Sie die Seite neu und treten Sie erneut bei, oder wenden Sie sich an {supportContact}.',
        fixes: [
          {
            by: 'app',
            text: 'Übergeben Sie dieselbe Teilnehmer-ID an den Token-Server und an die Beitrittsmethode.',
          },
          {
            by: 'app',
            text: 'Wenn das Token nicht an einen Teilnehmer gebunden sein muss, lassen Sie participantId darin weg.',
          },
          {
            by: 'user',
            text: 'Laden Sie die Seite neu und treten Sie dem Meeting dann erneut bei.',
          },
        ],
      },
    },
  },
  'unauthorized-request': {
    title: 'Anfrage nicht zulässig',
    userTitle: 'Beitritt derzeit nicht möglich',
    description: 'Die Anfrage entspricht nicht der Sicherheitskonfiguration.',
    userMessage:
      'Der Meeting-Dienst hat diese Anfrage aus Sicherheitsgründen nicht angenommen. Wenden Sie sich an {supportContact}.',
    causes: [
      'Die Anfrage entsprach nicht den Sicherheitseinstellungen des Kontos, daher hat der Server sie abgelehnt.',
      'Die Meldung sagt nicht, welche Einstellung betroffen ist. Prüfen Sie den Grund des Servers in der Fehlermeldung und die Logs der App.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie die Zugriffseinstellungen des API-Schlüssels im VideoSDK-Dashboard, etwa die Liste der erlaubten Domains.',
      },
      {
        by: 'app',
        text: 'Vergleichen Sie die Anfrage mit diesen Einstellungen, zum Beispiel die Domain, auf der die App läuft, und den Inhalt des Tokens.',
      },
      {
        by: 'support',
        text: 'Wenn die Einstellungen richtig aussehen, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'unauthorized-role': {
    title: 'Rolle nicht zulässig',
    userTitle: 'Beitritt zu diesem Meeting nicht möglich',
    description: 'Die Rolle im Token ist für den Beitritt zum Meeting nicht gültig.',
    userMessage:
      'Ihr Zugang erlaubt Ihnen nicht, diesem Meeting beizutreten. Wenden Sie sich an {supportContact}.',
    causes: [
      'Die Rollen im Token enthalten keine, die den Beitritt zu einem Meeting erlaubt, zum Beispiel bei einem Token, das nur für Aufrufe der Server-API erstellt wurde.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Dekodieren Sie ein Token, das die App erhalten hat, und prüfen Sie seinen Wert roles.',
      },
      {
        by: 'app',
        text: 'Erstellen Sie Beitritts-Tokens mit der Rolle, die den Beitritt zu Meetings erlaubt, wie es die Token-Dokumentation von VideoSDK beschreibt.',
      },
    ],
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
};
