import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'account'> = {
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
};
