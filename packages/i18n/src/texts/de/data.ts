import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'data'> = {
  'file-fetch-failed': {
    title: 'Abrufen der Datei fehlgeschlagen',
    userTitle: 'Datei konnte nicht geladen werden',
    description: 'Die Datei konnte nicht abgerufen werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten die Datei nicht laden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    causes: [
      'Die HTTPS-Anfrage von fetchBase64File() ist fehlgeschlagen, oder der Server hat mit einem Fehlerstatus geantwortet.',
      'Die Fehlermeldung enthält den HTTP-Status und den Text des Servers, sofern einer zurückgegeben wurde.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den HTTP-Status und den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die URL eine ist, die uploadBase64File() zurückgegeben hat, und ob das Token gültig und nicht abgelaufen ist.',
      },
    ],
  },
  'file-upload-failed': {
    title: 'Hochladen der Datei fehlgeschlagen',
    userTitle: 'Datei konnte nicht hochgeladen werden',
    description: 'Die Datei konnte nicht hochgeladen werden. Versuchen Sie es erneut.',
    userMessage:
      'Wir konnten die Datei nicht hochladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    causes: [
      'Die HTTPS-Anfrage von uploadBase64File() ist fehlgeschlagen, der Server hat mit einem Fehlerstatus geantwortet, oder die Antwort enthielt keine Datei-URL.',
      'Die Fehlermeldung enthält den HTTP-Status und den Text des Servers, sofern einer zurückgegeben wurde.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den HTTP-Status und den Grund des Servers in der Fehlermeldung.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob das Token gültig und nicht abgelaufen ist und ob Dateidaten und Dateiname korrekt sind.',
      },
    ],
  },
  'payload-too-large': {
    title: 'Nutzdaten zu groß',
    userTitle: 'Zu groß zum Senden',
    description: 'Die Nutzdaten (Payload) überschreiten die maximal zulässige Größe.',
    userMessage: 'Das ist zu groß zum Senden. Kürzen Sie es und versuchen Sie es dann erneut.',
    causes: [
      'Die an meeting.send() übergebenen Daten sind größer als 15 KiB, oder ein Wert für den Realtime Store ist größer als 1 KB. Die Fehlermeldung nennt die Größe.',
      'Das SDK lehnt den Methodenaufruf ab und löst keinen Meeting-Fehler aus.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Kürzen Sie die Nachricht und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie die Größe vor dem Senden und teilen Sie große Daten in kleinere Nachrichten auf.',
      },
      {
        by: 'app',
        text: 'Laden Sie Dateien mit uploadBase64File() hoch und senden Sie nur die zurückgegebene URL.',
      },
    ],
  },
  'send-failed': {
    title: 'Senden der Daten fehlgeschlagen',
    userTitle: 'Nachricht nicht gesendet',
    description: 'Die Nachricht konnte nicht gesendet werden. Versuchen Sie es erneut.',
    userMessage: 'Wir konnten Ihre Nachricht nicht senden. Versuchen Sie es erneut.',
    causes: [
      'Das Senden von Daten an das Meeting mit meeting.send() ist fehlgeschlagen.',
      'Die Fehlermeldung enthält den Grund.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie den Grund in der Fehlermeldung und verwenden Sie den Modus RELIABLE für Nachrichten, die ankommen müssen.',
      },
    ],
  },
};
