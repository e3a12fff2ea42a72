import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'translation'> = {
  'change-translation-language-failed': {
    title: 'Übersetzungssprache nicht geändert',
    userTitle: 'Sprache nicht geändert',
    description:
      'Die Anfrage zum Ändern der Übersetzungssprache ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Übersetzungssprache wurde nicht geändert. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.changeTranslationLanguage() (nicht in den Typdeklarationen von 1.1.1) abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
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
  'start-translation-failed': {
    title: 'Übersetzung nicht gestartet',
    userTitle: 'Übersetzung nicht gestartet',
    description:
      'Die Anfrage zum Starten der Übersetzung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Übersetzung konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.startTranslation() (nicht in den Typdeklarationen von 1.1.1) abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
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
  'stop-translation-failed': {
    title: 'Übersetzung nicht beendet',
    userTitle: 'Übersetzung nicht beendet',
    description:
      'Die Anfrage zum Beenden der Übersetzung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
    userMessage: 'Die Übersetzung konnte nicht beendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.stopTranslation() (nicht in den Typdeklarationen von 1.1.1) abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
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
        by: 'support',
        text: 'Wenn es weiterhin auftritt, wenden Sie sich mit der Meeting-ID, dem Zeitpunkt und der Fehlermeldung an den VideoSDK-Support.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Die Übersetzung wurde unerwartet beendet. Der Organisator kann sie erneut starten.',
        userSteps: ['Bitten Sie den Organisator, die Übersetzung erneut zu starten.'],
      },
    },
  },
};
