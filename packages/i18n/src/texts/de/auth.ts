import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'auth'> = {
  'invalid-api-key': {
    title: 'Ungültiger API-Schlüssel',
    userTitle: 'Beitritt derzeit nicht möglich',
    description:
      'Der API-Schlüssel (apikey) im Token ist leer oder ungültig. Überprüfen Sie ihn im Dashboard.',
    userMessage:
      'Diese App ist nicht richtig eingerichtet, daher können Sie dem Meeting gerade nicht beitreten. Wenden Sie sich an {supportContact}.',
    causes: [
      'Der Wert apikey im Token fehlt oder ist falsch, oder er nennt einen API-Schlüssel, der gelöscht oder deaktiviert wurde.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie im VideoSDK-Dashboard, ob der API-Schlüssel existiert und aktiv ist.',
      },
      {
        by: 'app',
        text: 'Tragen Sie auf dem Token-Server diesen API-Schlüssel in das Feld apikey ein und signieren Sie das Token mit dem Secret desselben API-Schlüssels.',
      },
      {
        by: 'app',
        text: 'Dekodieren Sie ein Token, das die App erhalten hat, und prüfen Sie seinen Wert apikey.',
      },
    ],
  },
  'invalid-permissions': {
    title: 'Ungültige Token-Berechtigungen',
    userTitle: 'Beitritt derzeit nicht möglich',
    description:
      'Die Berechtigungen im Token sind ungültig. Kombinieren Sie allow_join oder allow_mod nicht mit ask_join.',
    userMessage:
      'Diese App ist nicht richtig eingerichtet, daher können Sie dem Meeting gerade nicht beitreten. Wenden Sie sich an {supportContact}.',
    causes: [
      'Die Berechtigungsliste im Token kombiniert ask_join mit allow_join oder allow_mod oder ist auf andere Weise ungültig.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verwenden Sie auf dem Token-Server entweder ask_join (der Teilnehmer bittet um Beitritt) oder allow_join, optional mit allow_mod. Kombinieren Sie ask_join nie mit den anderen beiden.',
      },
      {
        by: 'app',
        text: 'Dekodieren Sie ein Token, das die App erhalten hat, und prüfen Sie seine Berechtigungsliste.',
      },
    ],
  },
  'invalid-token': {
    title: 'Ungültiges Token',
    userTitle: 'Zugang abgelaufen',
    description: 'Das Token ist leer oder ungültig, oder es ist möglicherweise abgelaufen.',
    userMessage:
      'Ihr Zugang zu diesem Meeting ist abgelaufen oder ungültig. Treten Sie dem Meeting erneut bei.',
    causes: [
      'Das Token fehlt, ist kein gültiges, mit dem Secret des API-Schlüssels signiertes Token, oder seine Ablaufzeit ist überschritten.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Holen Sie unmittelbar vor jedem Beitritt ein neues Token vom Token-Server, statt ein altes zu speichern.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob der Token-Server mit dem Secret des im Token genannten API-Schlüssels signiert, und prüfen Sie die Ablaufzeit des Tokens.',
      },
      {
        by: 'user',
        text: 'Treten Sie dem Meeting erneut bei.',
      },
    ],
    variants: {
      browser: {
        userMessage:
          'Ihr Zugang zu diesem Meeting ist abgelaufen oder ungültig. Laden Sie die Seite neu und treten Sie dem Meeting dann erneut bei.',
        fixes: [
          {
            by: 'app',
            text: 'Holen Sie unmittelbar vor jedem Beitritt ein neues Token vom Token-Server, statt ein altes zu speichern.',
          },
          {
            by: 'app',
            text: 'Prüfen Sie, ob der Token-Server mit dem Secret des im Token genannten API-Schlüssels signiert, und prüfen Sie die Ablaufzeit des Tokens.',
          },
          {
            by: 'user',
            text: 'Laden Sie die Seite neu und treten Sie dem Meeting dann erneut bei.',
          },
        ],
      },
    },
  },
  'unauthorized-meeting-id': {
    title: 'Token für dieses Meeting ungültig',
    userTitle: 'Kein Zugang zu diesem Meeting',
    description: 'Das Token ist für die angegebene Meeting-ID nicht gültig.',
    userMessage:
      'Ihre Einladung gilt nicht für dieses Meeting. Prüfen Sie den Meeting-Link oder bitten Sie den Organisator um eine neue Einladung.',
    causes: [
      'Das Token wurde für ein anderes Meeting erstellt: Sein Wert roomId stimmt nicht mit der Meeting-ID überein, mit der beigetreten wurde.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Erstellen Sie das Token für das Meeting, dem beigetreten wird: Setzen Sie roomId auf diese Meeting-ID oder lassen Sie roomId weg.',
      },
      {
        by: 'app',
        text: 'Prüfen Sie, ob die App dieselbe Meeting-ID an den Token-Server und an die Beitrittsmethode übergibt.',
      },
      {
        by: 'user',
        text: 'Prüfen Sie den Meeting-Link oder bitten Sie den Organisator um eine neue Einladung.',
      },
    ],
  },
  'unauthorized-participant-id': {
    title: 'Token für diesen Teilnehmer ungültig',
    userTitle: 'Einladung stimmt nicht überein',
    description: 'Das Token ist für die angegebene Teilnehmer-ID nicht gültig.',
    userMessage:
      'Ihre Einladung passt nicht zu Ihrem Konto. Treten Sie dem Meeting erneut bei oder wenden Sie sich an {supportContact}.',
    causes: [
      'Das Token wurde für einen anderen Teilnehmer erstellt: Sein Wert participantId stimmt nicht mit der Teilnehmer-ID überein, mit der beigetreten wurde.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Übergeben Sie dieselbe Teilnehmer-ID an den Token-Server und an die Beitrittsmethode.',
      },
      {
        by: 'app',
        text: 'Wenn das Token nicht an einen Teilnehmer gebunden sein muss, lassen Sie participantId darin weg.',
      },
      {
        by: 'user',
        text: 'Treten Sie dem Meeting erneut bei.',
      },
    ],
    variants: {
      browser: {
        userMessage:
          'Ihre Einladung passt nicht zu Ihrem Konto. Laden Sie die Seite neu und treten Sie erneut bei, oder wenden Sie sich an {supportContact}.',
        fixes: [
          {
            by: 'app',
            text: 'Übergeben Sie dieselbe Teilnehmer-ID an den Token-Server und an die Beitrittsmethode.',
          },
          {
            by: 'app',
            text: 'Wenn das Token nicht an einen Teilnehmer gebunden sein muss, lassen Sie participantId darin weg.',
          },
          {
            by: 'user',
            text: 'Laden Sie die Seite neu und treten Sie dem Meeting dann erneut bei.',
          },
        ],
      },
    },
  },
  'unauthorized-request': {
    title: 'Anfrage nicht zulässig',
    userTitle: 'Beitritt derzeit nicht möglich',
    description: 'Die Anfrage entspricht nicht der Sicherheitskonfiguration.',
    userMessage:
      'Der Meeting-Dienst hat diese Anfrage aus Sicherheitsgründen nicht angenommen. Wenden Sie sich an {supportContact}.',
    causes: [
      'Die Anfrage entsprach nicht den Sicherheitseinstellungen des Kontos, daher hat der Server sie abgelehnt.',
      'Die Meldung sagt nicht, welche Einstellung betroffen ist. Prüfen Sie den Grund des Servers in der Fehlermeldung und die Logs der App.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie die Zugriffseinstellungen des API-Schlüssels im VideoSDK-Dashboard, etwa die Liste der erlaubten Domains.',
      },
      {
        by: 'app',
        text: 'Vergleichen Sie die Anfrage mit diesen Einstellungen, zum Beispiel die Domain, auf der die App läuft, und den Inhalt des Tokens.',
      },
      {
        by: 'support',
        text: 'Wenn die Einstellungen richtig aussehen, wenden Sie sich mit der Meeting-ID und dem Zeitpunkt des Fehlers an den VideoSDK-Support.',
      },
    ],
  },
  'unauthorized-role': {
    title: 'Rolle nicht zulässig',
    userTitle: 'Beitritt zu diesem Meeting nicht möglich',
    description: 'Die Rolle im Token ist für den Beitritt zum Meeting nicht gültig.',
    userMessage:
      'Ihr Zugang erlaubt Ihnen nicht, diesem Meeting beizutreten. Wenden Sie sich an {supportContact}.',
    causes: [
      'Die Rollen im Token enthalten keine, die den Beitritt zu einem Meeting erlaubt, zum Beispiel bei einem Token, das nur für Aufrufe der Server-API erstellt wurde.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Dekodieren Sie ein Token, das die App erhalten hat, und prüfen Sie seinen Wert roles.',
      },
      {
        by: 'app',
        text: 'Erstellen Sie Beitritts-Tokens mit der Rolle, die den Beitritt zu Meetings erlaubt, wie es die Token-Dokumentation von VideoSDK beschreibt.',
      },
    ],
  },
};
