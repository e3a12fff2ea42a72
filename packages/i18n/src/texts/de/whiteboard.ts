import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'whiteboard'> = {
  'start-whiteboard-failed': {
    title: 'Whiteboard nicht gestartet',
    userTitle: 'Whiteboard nicht gestartet',
    description: 'Das Whiteboard konnte nicht gestartet werden. Versuchen Sie es erneut.',
    userMessage: 'Das Whiteboard konnte nicht gestartet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.startWhiteboard() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Zeigen Sie das Whiteboard erst nach dem Ereignis whiteboard-started an und bieten Sie eine Wiederholung an.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: 'Whiteboard nicht beendet',
    userTitle: 'Whiteboard nicht beendet',
    description: 'Das Whiteboard konnte nicht beendet werden. Versuchen Sie es erneut.',
    userMessage: 'Das Whiteboard konnte nicht beendet werden. Versuchen Sie es erneut.',
    causes: [
      'Der Server hat die Anfrage von meeting.stopWhiteboard() abgelehnt, oder die Anfrage ist im Netzwerk fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund des Servers, sofern er einen genannt hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Prüfen Sie den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Lassen Sie das Whiteboard geöffnet, bis das Ereignis whiteboard-stopped eintrifft, und bieten Sie eine Wiederholung an.',
      },
      {
        by: 'user',
        text: 'Versuchen Sie es erneut.',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: 'Whiteboard-Vorgang läuft',
    userTitle: 'Whiteboard ist gleich bereit',
    description: 'Ein Whiteboard-Vorgang läuft bereits. Warten Sie, bis er abgeschlossen ist.',
    userMessage: 'Das Whiteboard wird gerade gestartet oder beendet. Es ist gleich bereit.',
    causes: [
      'Die App hat meeting.startWhiteboard() oder meeting.stopWhiteboard() aufgerufen, während ein früherer Whiteboard-Vorgang noch lief, daher wurde die neue Anfrage abgelehnt.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Deaktivieren Sie die Whiteboard-Steuerelemente, solange ein Start oder Stopp aussteht, und warten Sie auf das Ereignis whiteboard-started oder whiteboard-stopped.',
      },
      {
        by: 'user',
        text: 'Warten Sie einen Moment, bis das Whiteboard bereit ist.',
      },
    ],
  },
};
