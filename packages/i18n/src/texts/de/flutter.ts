import type { FlutterOnlyMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<FlutterOnlyMeaningId> = {
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
  'changing-mode': {
    title: 'Moduswechsel fehlgeschlagen',
    userTitle: 'Modus konnte nicht geändert werden',
    description:
      'Etwas ist schiefgelaufen, und der Modus konnte nicht geändert werden. Versuchen Sie es erneut.',
    userMessage: 'Wir konnten Ihren Modus in diesem Meeting nicht ändern. Versuchen Sie es erneut.',
    causes: [
      'Eine Anfrage, den Modus des Teilnehmers im Meeting zu ändern (changeMode), war nicht erfolgreich.',
      'Die Meldung sagt nicht, warum. Prüfen Sie die Logs der App und den Netzwerkzustand zum Zeitpunkt der Anfrage.',
    ],
    fixes: [
      { by: 'user', text: 'Versuchen Sie es in einem Moment erneut.' },
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
  'custom-audio-track-disposed': {
    title: 'Benutzerdefinierte Audiospur beendet',
    userTitle: 'Zurück zum Standardmikrofon',
    description:
      'Die bereitgestellte benutzerdefinierte Audiospur wurde freigegeben (disposed) und befindet sich jetzt im beendeten Zustand. Das SDK kehrt zur Standard-Audiospur zurück.',
    userMessage: 'Ihr Audio verwendet wieder das Standardmikrofon. Sie müssen nichts weiter tun.',
    causes: [
      'Die benutzerdefinierte Audiospur, die die App dem SDK übergeben hat, wurde freigegeben (disposed), daher wurde die Spur beendet.',
      'Das SDK ist zu seiner Standard-Audiospur gewechselt, daher läuft das Audio des Teilnehmers weiter.',
      'Prüfen Sie, wo die App oder eine von ihr verwendete Bibliothek die benutzerdefinierte Spur freigibt, während das Meeting sie noch verwendet.',
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
  'custom-video-track-disposed': {
    title: 'Benutzerdefinierte Videospur beendet',
    userTitle: 'Zurück zur Standardkamera',
    description:
      'Die bereitgestellte benutzerdefinierte Videospur wurde freigegeben (disposed) und befindet sich jetzt im beendeten Zustand. Das SDK kehrt zur Standard-Videospur zurück.',
    userMessage: 'Ihr Video verwendet wieder die Standardkamera. Sie müssen nichts weiter tun.',
    causes: [
      'Die benutzerdefinierte Videospur, die die App dem SDK übergeben hat, wurde freigegeben (disposed), daher wurde die Spur beendet.',
      'Das SDK ist zu seiner Standard-Videospur gewechselt, daher läuft das Video des Teilnehmers weiter.',
      'Prüfen Sie, wo die App oder eine von ihr verwendete Bibliothek die benutzerdefinierte Spur freigibt, während das Meeting sie noch verwendet.',
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
      { by: 'user', text: 'Starten Sie die Aufzeichnung erneut.' },
      {
        by: 'app',
        text: 'Teilen Sie den Personen im Meeting mit, dass die Aufzeichnung beendet wurde, und bieten Sie an, die Teilnehmeraufzeichnung erneut zu starten.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID, der Teilnehmer-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'starting-audio': {
    title: 'Mikrofon konnte nicht gestartet werden',
    userTitle: 'Mikrofon wurde nicht eingeschaltet',
    description:
      'Etwas ist schiefgelaufen, und das Mikrofon konnte nicht aktiviert werden. Versuchen Sie es erneut.',
    userMessage: 'Ihr Mikrofon wurde nicht eingeschaltet. Versuchen Sie es erneut.',
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
  'starting-foreground-service': {
    title: 'Vordergrunddienst nicht gestartet',
    userTitle: 'Bildschirmfreigabe konnte nicht gestartet werden',
    description:
      'Beim Initialisieren des Vordergrunddienstes ist ein Fehler aufgetreten, daher konnte die Bildschirmfreigabe nicht aktiviert werden. Versuchen Sie es erneut.',
    userMessage:
      'Die Bildschirmfreigabe konnte auf diesem Gerät nicht gestartet werden. Versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an {supportContact}.',
    causes: [
      'Unter Android läuft die Bildschirmfreigabe in einem Vordergrunddienst (foreground service), und das SDK konnte ihn nicht starten.',
      'Prüfen Sie das Android-Manifest: Die Bildschirmfreigabe braucht die Berechtigung FOREGROUND_SERVICE und ab Android 14 auch FOREGROUND_SERVICE_MEDIA_PROJECTION.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an {supportContact}.',
      },
      {
        by: 'app',
        text: 'Deklarieren Sie im Android-Manifest die Berechtigungen für den Vordergrunddienst, die die Flutter-Anleitung von VideoSDK zur Bildschirmfreigabe auflistet, und erstellen Sie die App dann neu.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie die Android-Logs (logcat) auf den Grund, warum der Dienst nicht gestartet wurde, und testen Sie mit derselben Android-Version.',
      },
    ],
  },
  'starting-screenshare': {
    title: 'Bildschirmfreigabe konnte nicht gestartet werden',
    userTitle: 'Bildschirmfreigabe nicht gestartet',
    description:
      'Etwas ist schiefgelaufen, und die Bildschirmfreigabe konnte nicht aktiviert werden. Versuchen Sie es erneut.',
    userMessage: 'Die Bildschirmfreigabe wurde nicht gestartet. Versuchen Sie es erneut.',
    causes: [
      'Das Einschalten der Bildschirmfreigabe (enableScreenShare) ist fehlgeschlagen, und die Meldung sagt nicht, warum.',
      'Eine verweigerte Berechtigung, ein nicht unterstütztes Gerät und ein Fehler des Vordergrunddienstes haben eigene Codes. Prüfen Sie die Logs der App auf den zugrunde liegenden Fehler.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es erneut. Wenn Ihr Gerät fragt, ob Sie Ihren Bildschirm freigeben möchten, erlauben Sie es.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie an, dass die Bildschirmfreigabe nicht gestartet wurde, und bieten Sie eine Schaltfläche zum Wiederholen an.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, prüfen Sie die Logs der App aus dem Zeitpunkt, als sie enableScreenShare aufgerufen hat, sowie die Einrichtung der Bildschirmfreigabe für Android und iOS in der Flutter-Anleitung von VideoSDK.',
      },
    ],
  },
  'starting-video': {
    title: 'Kamera konnte nicht gestartet werden',
    userTitle: 'Kamera wurde nicht eingeschaltet',
    description:
      'Etwas ist schiefgelaufen, und die Kamera konnte nicht aktiviert werden. Versuchen Sie es erneut.',
    userMessage: 'Ihre Kamera wurde nicht eingeschaltet. Versuchen Sie es erneut.',
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
      { by: 'user', text: 'Starten Sie die Aufzeichnung erneut.' },
      {
        by: 'app',
        text: 'Teilen Sie den Personen im Meeting mit, dass die Aufzeichnung beendet wurde, und bieten Sie an, die Spuraufzeichnung erneut zu starten.',
      },
      {
        by: 'app',
        text: 'Wenn es weiterhin fehlschlägt, wenden Sie sich mit der Meeting-ID, der Teilnehmer-ID, der Art der Spur und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
};
