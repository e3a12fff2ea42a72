import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'usage'> = {
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
    variants: {
      app: {
        causes: [
          'Die App hat eine Methode auf einem Objekt verwendet, das sie nicht unterstützt, zum Beispiel die Qualität des eigenen Videos des lokalen Teilnehmers festgelegt oder einen Stream pausiert, der kein aktiver Remote-Stream ist.',
          'Die App hat auf einem Gerät, das das nicht kann, eine Prüfung der Kamera- oder Mikrofonberechtigung angefordert.',
          'Das SDK lehnt den Methodenaufruf ab und löst keinen Meeting-Fehler aus. Die Fehlermeldung nennt die Methode und den Grund.',
        ],
      },
    },
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
  'invalid-parameter': {
    title: 'Fehlender oder ungültiger Parameter',
    userTitle: 'Etwas ist schiefgelaufen',
    description:
      'Der angegebene Parameter fehlt oder ist ungültig. Prüfen Sie den Parameter und versuchen Sie es erneut.',
    userMessage: 'Etwas hat nicht wie erwartet funktioniert. Wenden Sie sich an {supportContact}.',
    causes: [
      'Die App hat einer Methode des SDK einen fehlenden oder falschen Wert übergeben, zum Beispiel einen leeren Schlüssel, eine Nachricht, die kein String ist, oder einen unbekannten Ereignisnamen.',
      'Das SDK lehnt den Methodenaufruf ab und löst keinen Meeting-Fehler aus. Die Fehlermeldung nennt den Parameter.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lesen Sie den Parameter, den die Fehlermeldung nennt, und korrigieren Sie den Wert, den die App übergibt.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie Eingaben des Nutzers, bevor Sie sie an das SDK übergeben.',
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
      {
        by: 'app',
        text: 'Prüfen Sie den Grund für das Verlassen in der Fehlermeldung.',
      },
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
};
