import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-relay'> = {
  'request-media-relay-failed': {
    title: 'Anfrage zur Medienweiterleitung fehlgeschlagen',
    userTitle: 'Senden an anderes Meeting nicht möglich',
    description:
      'Die Medienweiterleitung konnte nicht angefordert werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihr Audio und Video konnten nicht an das andere Meeting gesendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.requestMediaRelay() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Prüfen Sie den Grund des Servers in der Fehlermeldung, zum Beispiel zum Ziel-Meeting oder zu dessen Token.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie die Meeting-ID des Ziel-Meetings und das Token, das Sie für das Ziel-Meeting übergeben.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'respond-media-relay-request-failed': {
    title: 'Antwort auf Weiterleitungsanfrage fehlgeschlagen',
    userTitle: 'Antwort nicht gesendet',
    description:
      'Auf die Anfrage zur Medienweiterleitung konnte nicht geantwortet werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihre Antwort auf die Anfrage aus dem anderen Meeting konnte nicht gesendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Antwort von accept() oder reject() des Ereignisses media-relay-request-received abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Lassen Sie die Weiterleitungsanfrage auf dem Bildschirm, damit der Organisator sie erneut beantworten kann.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'stop-media-relay-failed': {
    title: 'Medienweiterleitung nicht beendet',
    userTitle: 'Senden an anderes Meeting läuft noch',
    description: 'Die Medienweiterleitung konnte nicht beendet werden. Versuchen Sie es erneut.',
    userMessage:
      'Ihr Audio und Video werden weiterhin an das andere Meeting gesendet. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.stopMediaRelay() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung und die übergebene Meeting-ID des Ziel-Meetings.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie die Weiterleitung weiterhin als aktiv an, bis das Ereignis media-relay-stopped eintrifft.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
};
