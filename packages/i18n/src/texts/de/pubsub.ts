import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'pubsub'> = {
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
    variants: {
      app: {
        userMessage:
          'Neue Nachrichten werden möglicherweise nicht angezeigt. Prüfen Sie Ihre Internetverbindung, verlassen Sie dann das Meeting und treten Sie erneut bei.',
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
            text: 'Prüfen Sie Ihre Internetverbindung, verlassen Sie dann das Meeting und treten Sie erneut bei.',
          },
        ],
      },
    },
  },
  'pubsub-unsubscribe-failed': {
    title: 'Abmeldung vom PubSub-Topic fehlgeschlagen',
    userTitle: 'Nachrichten nicht gestoppt',
    description:
      'Das Abonnement des PubSub-Topics konnte nicht beendet werden. Versuchen Sie es erneut.',
    userMessage:
      'Möglicherweise erhalten Sie hier weiterhin einige Nachrichten. Sie müssen nichts weiter tun.',
    causes: [
      'Die Abmeldeanfrage von meeting.pubSub.unsubscribe() hat das Zeitlimit überschritten, oder der Server hat einen Fehler zurückgegeben.',
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
};
