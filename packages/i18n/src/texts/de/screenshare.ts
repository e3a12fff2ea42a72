import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'screenshare'> = {
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
    variants: {
      app: {
        fixes: [
          {
            by: 'user',
            text: 'Versuchen Sie es erneut. Wenn Ihr Bildschirm weiterhin freigegeben ist, verlassen Sie das Meeting, um die Freigabe zu beenden.',
          },
          {
            by: 'app',
            text: 'Zeigen Sie die Bildschirmfreigabe weiterhin als aktiv an, bis sie beendet ist, und lassen Sie den Nutzer den Vorgang wiederholen.',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: 'Verwenden Sie einen anderen Browser auf einem Computer.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die Bildschirmfreigabe unterstützt wird (navigator.mediaDevices.getDisplayMedia), und blenden Sie die Schaltfläche zum Freigeben aus, wo sie fehlt.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Das Gerät kann den Bildschirm nicht erfassen.',
          'Prüfen Sie in einer App, ob die Bildschirmfreigabe für diese Plattform so eingerichtet ist, wie es die Anleitung des SDK zur Bildschirmfreigabe beschreibt.',
        ],
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
      app: {
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
  'screenshare-produce-failed': {
    title: 'Starten der Bildschirmfreigabe fehlgeschlagen',
    userTitle: 'Bildschirmfreigabe konnte nicht gestartet werden',
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
    userTitle: 'Bildschirmfreigabe konnte nicht gestartet werden',
    description:
      'Etwas ist schiefgelaufen, und die Bildschirmfreigabe konnte nicht aktiviert werden. Versuchen Sie es erneut.',
    userMessage: 'Die Bildschirmfreigabe konnte nicht gestartet werden. Versuchen Sie es erneut.',
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
};
