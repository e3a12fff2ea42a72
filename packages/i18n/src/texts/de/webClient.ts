import type { TextsOf, WebClientMeaningId } from '../../types.js';

export const texts: TextsOf<WebClientMeaningId> = {
  'action-not-supported': {
    title: 'Aktion hier nicht unterstützt',
    userTitle: 'Aktion nicht verfügbar',
    description: 'Diese Aktion wird hier nicht unterstützt.',
    userMessage: 'Diese Aktion ist hier nicht verfügbar. Sie können das Meeting weiter nutzen.',
    causes: [
      'Die App hat eine Methode auf einem Objekt verwendet, das sie nicht unterstützt, zum Beispiel die Qualität des eigenen Videos des lokalen Teilnehmers festgelegt oder einen Stream pausiert, der kein aktiver Remote-Stream ist.',
      'Die App hat in einem Browser, der das nicht kann, eine Prüfung der Kamera- oder Mikrofonberechtigung angefordert.',
      'Das SDK lehnt den Methodenaufruf ab und löst keinen Meeting-Fehler aus. Die Fehlermeldung nennt die Methode und den Grund.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lesen Sie Methode und Grund in der Fehlermeldung und verwenden Sie die Methode nur dort, wo sie unterstützt wird.',
      },
      {
        by: 'app',
        text: 'Blenden Sie das Steuerelement aus oder deaktivieren Sie es, wo die Aktion nicht unterstützt wird.',
      },
    ],
  },
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
  'already-in-requested-state': {
    title: 'Bereits im angeforderten Zustand',
    userTitle: 'Bereits erledigt',
    description: 'Der angeforderte Zustand ist bereits aktiv.',
    userMessage: 'Das ist bereits erledigt. Sie müssen nichts weiter tun.',
    causes: [
      'Die App hat einen Zustand angefordert, der bereits aktiv ist, zum Beispiel eine bereits eingeschaltete Kamera einzuschalten, zweimal beizutreten oder ein bereits verlassenes Meeting zu verlassen.',
      'Dies ist ein Code zum Zustand des Aufrufers: Das SDK lehnt den Methodenaufruf ab, löst ihn aber nicht als Meeting-Fehler aus. Die Fehlermeldung nennt die betroffene Ressource.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lesen Sie den aktuellen Zustand, bevor Sie ihn ändern, und überspringen Sie Anfragen, die nichts ändern.',
      },
      {
        by: 'app',
        text: 'Behandeln Sie diese Ablehnung als wirkungslosen Aufruf (No-op), nicht als Fehler, der dem Nutzer angezeigt wird.',
      },
    ],
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
  },
  'camera-permission-or-autoplay-issue': {
    title: 'Problem mit Kameraberechtigung oder Autoplay',
    userTitle: 'Kamera ist blockiert',
    description:
      'Es scheint ein Problem mit der Kameraberechtigung oder mit der automatischen Videowiedergabe (Autoplay) zu geben. Details finden Sie unter http://tinyurl.com/autoplay-issue.',
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
        text: 'Die Hinweise des SDK zu diesem Problem finden Sie unter http://tinyurl.com/autoplay-issue.',
      },
    ],
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
      { by: 'user', text: 'Warten Sie einen Moment und versuchen Sie es dann erneut.' },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die Kamera des Teilnehmers eingeschaltet ist und sein Video abgespielt wird, bevor Sie ein Bild aufnehmen.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, prüfen Sie den Grund in der Fehlermeldung und die Logs der App.',
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
      { by: 'user', text: 'Warten Sie einen Moment und versuchen Sie es dann erneut.' },
      { by: 'app', text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.' },
      {
        by: 'app',
        text: 'Wenn der Teilnehmer das Meeting nicht beenden darf, zeigen Sie dieses Steuerelement nur Teilnehmern, die es dürfen.',
      },
    ],
  },
  'file-fetch-failed': {
    title: 'Abrufen der Datei fehlgeschlagen',
    userTitle: 'Datei konnte nicht geladen werden',
    description: 'Die Datei konnte nicht abgerufen werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten die Datei nicht laden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    causes: [
      'Die HTTPS-Anfrage von fetchBase64File() ist fehlgeschlagen, oder der Server hat mit einem Fehlerstatus geantwortet.',
      'Die Fehlermeldung enthält den HTTP-Status und den Text des Servers, sofern einer zurückgegeben wurde.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den HTTP-Status und den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die URL eine ist, die uploadBase64File() zurückgegeben hat, und ob das Token gültig und nicht abgelaufen ist.',
      },
    ],
  },
  'file-upload-failed': {
    title: 'Hochladen der Datei fehlgeschlagen',
    userTitle: 'Datei konnte nicht hochgeladen werden',
    description: 'Die Datei konnte nicht hochgeladen werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten die Datei nicht hochladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    causes: [
      'Die HTTPS-Anfrage von uploadBase64File() ist fehlgeschlagen, der Server hat mit einem Fehlerstatus geantwortet, oder die Antwort enthielt keine Datei-URL.',
      'Die Fehlermeldung enthält den HTTP-Status und den Text des Servers, sofern einer zurückgegeben wurde.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den HTTP-Status und den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob das Token gültig und nicht abgelaufen ist und ob Dateidaten und Dateiname korrekt sind.',
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
      { by: 'app', text: 'Lassen Sie den Nutzer ohne Audio beitreten.' },
    ],
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
  },
  'get-video-media': {
    title: 'Videoaufnahme nicht unterstützt',
    userTitle: 'Kamera wurde nicht gestartet',
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
  'invalid-parameter': {
    title: 'Fehlender oder ungültiger Parameter',
    userTitle: 'Etwas ist schiefgelaufen',
    description:
      'Der angegebene Parameter fehlt oder ist ungültig. Prüfen Sie den Parameter und versuchen Sie es erneut.',
    userMessage:
      'Etwas hat nicht wie erwartet funktioniert. Versuchen Sie es erneut, oder wenden Sie sich an {supportContact}, wenn das Problem weiterhin auftritt.',
    causes: [
      'Die App hat einer Methode des SDK einen fehlenden oder falschen Wert übergeben, zum Beispiel einen leeren Schlüssel, eine Nachricht, die kein String ist, oder einen unbekannten Ereignisnamen.',
      'Das SDK lehnt den Methodenaufruf ab und löst keinen Meeting-Fehler aus. Die Fehlermeldung nennt den Parameter.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lesen Sie den Parameter, den die Fehlermeldung nennt, und korrigieren Sie den Wert, den die App übergibt.',
      },
      { by: 'app', text: 'Prüfen Sie Eingaben des Nutzers, bevor Sie sie an das SDK übergeben.' },
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
      { by: 'user', text: 'Warten Sie einen Moment und versuchen Sie es dann erneut.' },
      {
        by: 'app',
        text: 'Warten Sie auf das Ereignis meeting-joined oder darauf, dass ein Moduswechsel abgeschlossen ist, bevor Sie Medien einschalten.',
      },
      { by: 'app', text: 'Wiederholen Sie den Aufruf nach einer kurzen Verzögerung.' },
    ],
  },
  'media-not-ready': {
    title: 'Medienverbindung nicht bereit',
    userTitle: 'Verbindung noch nicht bereit',
    description:
      'Die Medienverbindung des Meetings ist noch nicht bereit. Versuchen Sie es gleich erneut.',
    userMessage:
      'Die Verbindung zum Meeting ist noch nicht bereit. Versuchen Sie es gleich erneut.',
    causes: [
      'Die App hat versucht, Medien oder Daten zu senden, bevor die Medienverbindung zum Meeting hergestellt war.',
      'Das SDK lehnt den Methodenaufruf ab und löst keinen Meeting-Fehler aus.',
    ],
    fixes: [
      { by: 'user', text: 'Warten Sie einen Moment und versuchen Sie es dann erneut.' },
      {
        by: 'app',
        text: 'Warten Sie, bis dem Meeting beigetreten wurde und seine Medienverbindung steht, oder wiederholen Sie den Aufruf nach einer kurzen Verzögerung.',
      },
    ],
  },
  'meeting-media-connection-failed': {
    title: 'Medienverbindung fehlgeschlagen',
    userTitle: 'Verbindungsproblem',
    description:
      'Es konnte keine Meeting- oder Medienverbindung hergestellt werden. Prüfen Sie Ihre Netzwerkverbindung, Firewall oder Sicherheitseinstellungen, und versuchen Sie es dann erneut oder verbinden Sie sich über ein anderes Netzwerk.',
    userMessage:
      'Wir konnten Ihr Audio und Video nicht mit dem Meeting verbinden. Prüfen Sie Ihre Internetverbindung oder verwenden Sie ein anderes Netzwerk.',
    causes: [
      'Die Medienverbindung zum Medienserver des Meetings ist fehlgeschlagen, daher können Audio und Video nicht übermittelt werden.',
      'Wie die Meldung sagt, können das Netzwerk, eine Firewall oder Sicherheitseinstellungen diese Verbindung blockieren.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      {
        by: 'user',
        text: 'Wenn Sie ein VPN oder ein Firmennetzwerk verwenden, versuchen Sie ein anderes Netzwerk, etwa einen mobilen Hotspot.',
      },
      {
        by: 'app',
        text: 'Das SDK versucht nach diesem Fehler, die Verbindung neu zu starten. Zeigen Sie an, dass sich das Meeting neu verbindet, und bieten Sie einen erneuten Beitritt an, wenn Audio und Video nicht zurückkommen.',
      },
    ],
  },
  'meeting-reconnecting': {
    title: 'Meeting verbindet sich neu',
    userTitle: 'Meeting verbindet sich neu',
    description:
      'Das Meeting verbindet sich neu. Versuchen Sie es erneut, sobald die Verbindung wiederhergestellt ist.',
    userMessage:
      'Das Meeting verbindet sich neu. Versuchen Sie es erneut, wenn die Verbindung wieder besteht.',
    causes: [
      'Die Verbindung zum Meeting-Server ist abgebrochen und das Meeting verbindet sich neu, daher kann die Methode jetzt nicht ausgeführt werden.',
      'Dies ist ein Code zum Zustand des Aufrufers: Das SDK lehnt den Methodenaufruf ab, löst ihn aber nicht als Meeting-Fehler aus. Die App erfährt von der Neuverbindung über den Zustand des Meetings.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verfolgen Sie den Zustand des Meetings und deaktivieren Sie die Meeting-Steuerelemente, solange es sich neu verbindet.',
      },
      {
        by: 'app',
        text: 'Wiederholen Sie den Aufruf, nachdem das Meeting wieder verbunden ist.',
      },
    ],
  },
  'microphone-close-producer-failed': {
    title: 'Ausschalten des Mikrofons fehlgeschlagen',
    userTitle: 'Mikrofon konnte nicht ausgeschaltet werden',
    description: 'Das Mikrofon konnte nicht ausgeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten Ihr Mikrofon nicht ausschalten, es ist also weiterhin an. Versuchen Sie es erneut.',
    causes: [
      'Der Meeting-Server hat nicht bestätigt, dass er den Empfang des Mikrofons beendet hat, daher lässt das SDK das Mikrofon unverändert eingeschaltet.',
      'Prüfen Sie die Fehlermeldung und die Logs der App auf den Grund.',
    ],
    fixes: [
      { by: 'user', text: 'Versuchen Sie es erneut.' },
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
  },
  'microphone-produce-failed': {
    title: 'Veröffentlichen des Mikrofons fehlgeschlagen',
    userTitle: 'Mikrofon wurde nicht gestartet',
    description:
      'Die Mikrofonspur wurde erstellt, konnte aber nicht im Meeting veröffentlicht werden.',
    userMessage:
      'Ihr Mikrofon funktioniert, aber wir konnten seinen Ton nicht an das Meeting senden. Laden Sie die Seite neu und treten Sie erneut bei.',
    causes: [
      'Das SDK hat das Mikrofon geöffnet, konnte sein Audio aber nicht auf dem Medienserver des Meetings veröffentlichen.',
      'Die Fehlermeldung enthält den zugrunde liegenden Grund, sofern es einen gibt.',
    ],
    fixes: [
      { by: 'user', text: 'Laden Sie die Seite neu und treten Sie erneut bei.' },
      {
        by: 'app',
        text: 'Prüfen Sie den Grund in der Fehlermeldung und den Zustand der Medienverbindung in den Logs der App.',
      },
    ],
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
  },
  'no-webcam-device-found': {
    title: 'Kein Kameragerät gefunden',
    userTitle: 'Keine Kamera gefunden',
    description:
      'Keine Webcam gefunden: Wir konnten Ihre Kamera nicht finden. Ist sie angeschlossen und eingeschaltet? Falls ja, starten Sie Ihren Computer neu oder prüfen Sie Ihre Geräteeinstellungen. Hilfe bietet die Fehlerbehebung unter https://test.8x8.vc/. Stellen Sie außerdem sicher, dass Sie sich auf einer sicheren Website (https://) befinden.',
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
  },
  'operation-aborted': {
    title: 'Vorgang abgebrochen',
    userTitle: 'Aktion abgebrochen',
    description: 'Der Vorgang wurde beendet, bevor er abgeschlossen war.',
    userMessage:
      'Diese Aktion wurde beendet, bevor sie abgeschlossen war. Versuchen Sie es erneut.',
    causes: [
      'In SDK 1.1.1 passiert das bei join(), wenn das Meeting verlassen oder geschlossen wird, während der Beitritt noch läuft. Die Fehlermeldung enthält den Grund für das Verlassen.',
      'Dies ist ein Code zum Zustand des Aufrufers: Das SDK lehnt den Methodenaufruf ab, löst ihn aber nicht als Meeting-Fehler aus.',
    ],
    fixes: [
      { by: 'app', text: 'Prüfen Sie den Grund für das Verlassen in der Fehlermeldung.' },
      {
        by: 'app',
        text: 'Verlassen Sie das Meeting nicht, solange join() noch läuft, es sei denn, der Nutzer hat sich für einen Abbruch entschieden.',
      },
      {
        by: 'app',
        text: 'Wenn der Nutzer nicht abgebrochen hat, bieten Sie einen erneuten Beitritt an.',
      },
    ],
  },
  'operation-in-progress': {
    title: 'Vorgang läuft bereits',
    userTitle: 'Läuft bereits',
    description: 'Der angeforderte Vorgang läuft bereits.',
    userMessage: 'Das läuft bereits. Sie müssen nichts weiter tun.',
    causes: [
      'Die App hat eine Anfrage gestartet, während dieselbe oder eine widersprüchliche Anfrage noch lief, zum Beispiel ein zweiter Klick auf die Kameraschaltfläche oder ein Moduswechsel.',
      'Dies ist ein Code zum Zustand des Aufrufers: Das SDK lehnt den Methodenaufruf ab, löst ihn aber nicht als Meeting-Fehler aus. Die Fehlermeldung nennt die Anfrage.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Deaktivieren Sie das Steuerelement, bis die laufende Anfrage abgeschlossen ist.',
      },
      {
        by: 'app',
        text: 'Behandeln Sie diese Ablehnung als wirkungslosen Aufruf (No-op), oder wiederholen Sie den Aufruf, nachdem die laufende Anfrage abgeschlossen ist.',
      },
    ],
  },
  'operation-timed-out': {
    title: 'Zeitüberschreitung der Anfrage',
    userTitle: 'Keine Antwort rechtzeitig',
    description:
      'Der Vorgang hat das Zeitlimit überschritten. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    userMessage:
      'Das Meeting hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    causes: [
      'Eine Anfrage an den Meeting-Server hat nicht rechtzeitig eine Antwort erhalten, oder die Verbindung ist abgebrochen, bevor die Antwort eintraf.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Wiederholen Sie den Aufruf, sobald das Meeting verbunden ist, und prüfen Sie die Logs der App auf Verbindungsprobleme.',
      },
    ],
  },
  'payload-too-large': {
    title: 'Nutzdaten zu groß',
    userTitle: 'Zu groß zum Senden',
    description: 'Die Nutzdaten (Payload) überschreiten die maximal zulässige Größe.',
    userMessage: 'Das ist zu groß zum Senden. Kürzen Sie es und versuchen Sie es dann erneut.',
    causes: [
      'Die an meeting.send() übergebenen Daten sind größer als 15 KiB, oder ein Wert für den Echtzeitspeicher (realtime store) ist größer als 1 KB. Die Fehlermeldung nennt die Größe.',
      'Das SDK lehnt den Methodenaufruf ab und löst keinen Meeting-Fehler aus.',
    ],
    fixes: [
      { by: 'user', text: 'Kürzen Sie die Nachricht und versuchen Sie es dann erneut.' },
      {
        by: 'app',
        text: 'Prüfen Sie die Größe vor dem Senden und teilen Sie große Daten in kleinere Nachrichten auf.',
      },
      {
        by: 'app',
        text: 'Laden Sie Dateien mit uploadBase64File() hoch und senden Sie nur die zurückgegebene URL.',
      },
    ],
  },
  'rn-camera-access-denied-or-dismissed': {
    title: 'Kamerazugriff verweigert (React Native)',
    userTitle: 'Kamerazugriff ist ausgeschaltet',
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
      { by: 'user', text: 'Versuchen Sie, von einem anderen Gerät aus beizutreten.' },
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
    userTitle: 'Mikrofonzugriff ist ausgeschaltet',
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
        text: 'Prüfen Sie, ob die App die Mikrofonnutzung deklariert: NSMicrophoneUsageDescription unter iOS und die Berechtigung RECORD_AUDIO (Audioaufzeichnung) unter Android.',
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
      { by: 'user', text: 'Versuchen Sie, von einem anderen Gerät aus beizutreten.' },
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
  'screenshare-close-producer-failed': {
    title: 'Beenden der Bildschirmfreigabe fehlgeschlagen',
    userTitle: 'Bildschirmfreigabe konnte nicht beendet werden',
    description: 'Die Bildschirmfreigabe konnte nicht beendet werden. Versuchen Sie es erneut.',
    userMessage: 'Wir konnten die Bildschirmfreigabe nicht beenden. Versuchen Sie es erneut.',
    causes: [
      'Die Anfrage zum Beenden der Bildschirmfreigabe ist fehlgeschlagen.',
      'SDK 1.1.1 deklariert diesen Code, löst ihn aber noch nicht aus. Prüfen Sie daher die Fehlermeldung und die Logs der App auf den Grund.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn Ihr Bildschirm weiterhin freigegeben ist, beenden Sie die Freigabe mit der eigenen Schaltfläche Ihres Browsers.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie die Bildschirmfreigabe weiterhin als aktiv an, bis sie beendet ist, und lassen Sie den Nutzer den Vorgang wiederholen.',
      },
    ],
  },
  'screenshare-produce-failed': {
    title: 'Starten der Bildschirmfreigabe fehlgeschlagen',
    userTitle: 'Bildschirmfreigabe nicht gestartet',
    description: 'Die Bildschirmfreigabe konnte nicht gestartet werden.',
    userMessage: 'Wir konnten die Bildschirmfreigabe nicht starten. Versuchen Sie es erneut.',
    causes: [
      'Das SDK konnte den freigegebenen Bildschirm nicht im Meeting veröffentlichen, oder die Freigabe wurde beendet, bevor der Start der Bildschirmfreigabe abgeschlossen war.',
      'Die Fehlermeldung enthält den Grund.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Starten Sie die Bildschirmfreigabe erneut und lassen Sie die Freigabe geöffnet, bis sie begonnen hat.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den Grund in der Fehlermeldung und den Zustand der Medienverbindung in den Logs der App.',
      },
    ],
  },
  'send-failed': {
    title: 'Senden der Daten fehlgeschlagen',
    userTitle: 'Nachricht nicht gesendet',
    description: 'Die Nachricht konnte nicht gesendet werden. Versuchen Sie es erneut.',
    userMessage: 'Wir konnten Ihre Nachricht nicht senden. Versuchen Sie es erneut.',
    causes: [
      'Das Senden von Daten an das Meeting mit meeting.send() ist fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den Grund in der Fehlermeldung und verwenden Sie den Modus RELIABLE für Nachrichten, die ankommen müssen.',
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
      { by: 'app', text: 'Prüfen Sie den Grund in der Fehlermeldung und die Logs der App.' },
      {
        by: 'app',
        text: 'Ändern Sie die Qualität nur, solange die Kamera eingeschaltet und mit dem Meeting verbunden ist.',
      },
    ],
  },
  'video-produce-codec-not-supported': {
    title: 'Video-Codec nicht unterstützt',
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
  },
  'video-source-initiation-failed': {
    title: 'Videoquelle konnte nicht gestartet werden',
    userTitle: 'Kamera wurde nicht gestartet',
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
  },
  'webcam-close-producer-failed': {
    title: 'Ausschalten der Kamera fehlgeschlagen',
    userTitle: 'Kamera konnte nicht ausgeschaltet werden',
    description: 'Die Kamera konnte nicht ausgeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten Ihre Kamera nicht ausschalten, sie ist also weiterhin an. Versuchen Sie es erneut.',
    causes: [
      'Der Meeting-Server hat nicht bestätigt, dass er den Empfang der Kamera beendet hat, daher lässt das SDK die Kamera unverändert eingeschaltet.',
      'Prüfen Sie die Fehlermeldung und die Logs der App auf den Grund.',
    ],
    fixes: [
      { by: 'user', text: 'Versuchen Sie es erneut.' },
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
    userTitle: 'Kamera wurde nicht gestartet',
    description:
      'Die Kameraspur wurde erstellt, konnte aber nicht im Meeting veröffentlicht werden.',
    userMessage:
      'Ihre Kamera funktioniert, aber wir konnten ihr Video nicht an das Meeting senden. Laden Sie die Seite neu und treten Sie erneut bei.',
    causes: [
      'Das SDK hat die Kamera geöffnet, konnte ihr Video aber nicht auf dem Medienserver des Meetings veröffentlichen.',
      'Die Fehlermeldung enthält den zugrunde liegenden Grund, sofern es einen gibt.',
    ],
    fixes: [
      { by: 'user', text: 'Laden Sie die Seite neu und treten Sie erneut bei.' },
      {
        by: 'app',
        text: 'Prüfen Sie den Grund in der Fehlermeldung und den Zustand der Medienverbindung in den Logs der App.',
      },
    ],
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
  },
};
