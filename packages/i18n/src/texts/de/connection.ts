import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'connection'> = {
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
      {
        by: 'user',
        text: 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
      },
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
  'operation-timed-out': {
    title: 'Zeitüberschreitung der Anfrage',
    userTitle: 'Zeitüberschreitung',
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
  'something-went-wrong': {
    title: 'Etwas ist schiefgelaufen',
    userTitle: 'Etwas ist schiefgelaufen',
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
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID, dem Zeitpunkt und der Fehlermeldung an den VideoSDK-Support.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'app',
            text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung und die Logs der App, und notieren Sie die Meeting-ID und den Zeitpunkt.',
          },
          {
            by: 'user',
            text: 'Versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, schließen Sie die App und öffnen Sie sie erneut.',
          },
          {
            by: 'support',
            text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID, dem Zeitpunkt und der Fehlermeldung an den VideoSDK-Support.',
          },
        ],
      },
    },
  },
};
