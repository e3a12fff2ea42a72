import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'participant-control'> = {
  'disable-participant-mic-failed': {
    title: 'Mikrofon des Teilnehmers nicht ausgeschaltet',
    userTitle: 'Mikrofon-Anfrage fehlgeschlagen',
    description:
      'Das Mikrofon des Teilnehmers konnte nicht ausgeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Die Anfrage, das Mikrofon dieses Teilnehmers auszuschalten, ist fehlgeschlagen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.disableMic() für einen Remote-Teilnehmer abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung. Wenn er eine Berechtigung nennt, prüfen Sie die Berechtigungen im Token des lokalen Teilnehmers.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'disable-participant-webcam-failed': {
    title: 'Webcam des Teilnehmers nicht ausgeschaltet',
    userTitle: 'Kamera-Anfrage fehlgeschlagen',
    description:
      'Die Webcam des Teilnehmers konnte nicht ausgeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Die Anfrage, die Kamera dieses Teilnehmers auszuschalten, ist fehlgeschlagen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.disableWebcam() für einen Remote-Teilnehmer abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung. Wenn er eine Berechtigung nennt, prüfen Sie die Berechtigungen im Token des lokalen Teilnehmers.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'enable-participant-mic-failed': {
    title: 'Mikrofon des Teilnehmers nicht eingeschaltet',
    userTitle: 'Mikrofon-Anfrage fehlgeschlagen',
    description:
      'Das Mikrofon des Teilnehmers konnte nicht eingeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Die Anfrage, das Mikrofon dieses Teilnehmers einzuschalten, ist fehlgeschlagen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.enableMic() für einen Remote-Teilnehmer abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung. Wenn er eine Berechtigung nennt, prüfen Sie die Berechtigungen im Token des lokalen Teilnehmers.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'enable-participant-webcam-failed': {
    title: 'Webcam des Teilnehmers nicht eingeschaltet',
    userTitle: 'Kamera-Anfrage fehlgeschlagen',
    description:
      'Die Webcam des Teilnehmers konnte nicht eingeschaltet werden. Versuchen Sie es erneut.',
    userMessage:
      'Die Anfrage, die Kamera dieses Teilnehmers einzuschalten, ist fehlgeschlagen. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.enableWebcam() für einen Remote-Teilnehmer abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung. Wenn er eine Berechtigung nennt, prüfen Sie die Berechtigungen im Token des lokalen Teilnehmers.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'pin-failed': {
    title: 'Anheften fehlgeschlagen',
    userTitle: 'Anheften hat nicht funktioniert',
    description: 'Der Teilnehmer konnte nicht angeheftet werden. Versuchen Sie es erneut.',
    userMessage: 'Dieser Teilnehmer konnte nicht angeheftet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.pin() zum Anheften des Teilnehmers abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Das SDK stellt den vorherigen Anheftstatus wieder her, wenn der Server ablehnt.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Aktualisieren Sie das Layout anhand des Ereignisses pin-state-changed, nicht allein anhand der Anfrage.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'remove-participant-failed': {
    title: 'Teilnehmer nicht entfernt',
    userTitle: 'Teilnehmer konnte nicht entfernt werden',
    description: 'Der Teilnehmer konnte nicht entfernt werden. Versuchen Sie es erneut.',
    userMessage:
      'Dieser Teilnehmer konnte nicht aus dem Meeting entfernt werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.remove() zum Entfernen des Teilnehmers abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung. Wenn er eine Berechtigung nennt, prüfen Sie die Berechtigungen im Token des lokalen Teilnehmers.',
      },
      {
        by: 'app',
        text: 'Behalten Sie den Teilnehmer in der Liste, bis das Ereignis participant-left eintrifft.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'unpin-failed': {
    title: 'Lösen fehlgeschlagen',
    userTitle: 'Lösen hat nicht funktioniert',
    description: 'Der Teilnehmer konnte nicht gelöst werden. Versuchen Sie es erneut.',
    userMessage: 'Dieser Teilnehmer konnte nicht gelöst werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von participant.unpin() zum Lösen des Teilnehmers abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Das SDK stellt den vorherigen Anheftstatus wieder her, wenn der Server ablehnt.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Aktualisieren Sie das Layout anhand des Ereignisses pin-state-changed, nicht allein anhand der Anfrage.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
};
