import type { GuideStrings } from './types.js';

export const guide: GuideStrings = {
  reachHeading: 'Wie der Fehler Ihre App erreicht',
  deliveryEmitted:
    'js-sdk {version} meldet ihn über das Fehlerereignis des Meetings (`{event}`; in React `{hook}`). Kein Aufruf wirft ihn.',
  deliveryThrown:
    'js-sdk {version} meldet ihn nie über das Fehlerereignis: Der Aufruf, bei dem er auftritt, wirft ihn oder lehnt sein Promise damit ab. Fangen Sie ihn um den Aufruf herum ab, wie der Code unten.',
  deliveryBoth:
    'js-sdk {version} tut beides: Es meldet ihn über das Fehlerereignis (`{event}`), und der Aufruf, bei dem er auftrat, wirft ihn oder lehnt sein Promise damit ab. Behandeln Sie ihn im Ereignis und fangen Sie den Aufruf ab, damit die Ablehnung nicht unbehandelt bleibt.',
  deliveryServer:
    'Der Meeting-Server sendet ihn. js-sdk {version} nennt ihn in seinem Code nicht: Es reicht weiter, was der Server sendet, an das Fehlerereignis (`{event}`).',
  deliveryTableOnly:
    'js-sdk {version} nennt ihn nur in seinen Tabellen: Kein Aufruf dieser Version löst ihn aus.',
  thrownBy: 'Aufrufe, die ihn werfen: {calls}.',
  deliveryOther:
    'Welche Objekte auf {platform} Fehler melden, welche Aufrufe sie werfen und was ohne Fehlerereignis geschieht:',
  howErrorsLink: 'Wie Fehler Ihre App erreichen ({platform})',
  retryableMeans:
    'Wiederholbar heißt: Derselbe Aufruf kann gelingen, wenn die App ihn nach kurzer Wartezeit unverändert wiederholt; vorher muss nichts behoben werden.',
  howToRetry: 'Wiederholen',
  retryPolicy:
    'Wiederholungsregel: vor jeder Wiederholung {waits} warten, höchstens {attempts} Wiederholungen; danach den Fehler anzeigen.',
  notRetryable:
    'Nicht wiederholbar: Derselbe Aufruf schlägt unverändert wieder fehl, bis sich etwas ändert (eine Berechtigung, ein Gerät, eine Einstellung, der Code der App oder ein Konto).',
  explainedByHeading: 'Oft erklärt durch',
  explainedByLead:
    'Dieser Code ist unbestimmt. Einer dieser Codes, um dieselbe Zeit gemeldet, sagt meist, was schiefging:',
  apiKeyPointer:
    'Dieser Fehler entsteht, wenn der API-Schlüssel übergeben wird, wo das SDK ein Token erwartet.',

  pagesLabel: 'Anleitungen',

  howErrorsTitle: 'Wie Fehler Ihre App erreichen: {platform}',
  howErrorsLead:
    'Ein Fehler erreicht Ihre App auf einem von drei Wegen: als Fehlerereignis, als Aufruf, der eine Ausnahme wirft oder sein Promise ablehnt, oder nur als Zustandswechsel ganz ohne Fehler. Diese Seite sagt, welcher es für diese SDK-Linie ist.',
  englishNote:
    'Die Angaben unten nennen die Methoden und Ereignisse des SDK selbst und sind deshalb auf Englisch.',
  retryHeading: 'Wiederholbar, und wie man wiederholt',
  retryBody: [
    '`retryable: true` heißt: Derselbe Aufruf kann gelingen, wenn die App ihn nach kurzer Wartezeit unverändert wiederholt. Vorher muss nichts behoben werden, und die App darf ihn selbst wiederholen, wie es die `retry`-Regel des Eintrags sagt.',
    '`retryable: false` heißt: Derselbe Aufruf schlägt unverändert wieder fehl, bis jemand etwas ändert: eine Berechtigung, ein Gerät, eine Einstellung, den Code der App, ein Konto oder ein Limit. Ein Text für Endnutzer kann nach einer solchen Änderung trotzdem „versuchen Sie es dann noch einmal“ sagen: Das ist ein Schritt des Nutzers, keine automatische Wiederholung.',
    'Die Regel steht als Daten in jedem wiederholbaren Eintrag: `retry: { afterMs, backoff, maxAttempts }`, die erste Wartezeit in Millisekunden, `exponential` (jede weitere Wartezeit doppelt so lang) oder `none`, und die Höchstzahl der Wiederholungen. Nach der letzten zeigen Sie den Fehler an.',
  ],
  policyDefault:
    'Die Standardregel `{name}`: Wartezeiten von {waits} ({attempts} Wiederholungen), für jeden wiederholbaren Code, dessen SDK-Text keine Wartezeit nennt.',
  policyFewSeconds:
    '`{name}`: Wartezeiten von {waits} ({attempts} Wiederholungen), wo das SDK „try again after few seconds“ sagt (4018–4020).',

  apiKey: {
    title: 'API-Schlüssel und Token',
    lead: 'Die SDKs erwarten ein Token, nie den API-Schlüssel. Den API-Schlüssel zu übergeben, wo ein Token hingehört, ist die häufigste Ursache von 4001 und 4002.',
    keyHeading: 'Der API-Schlüssel und sein Secret',
    keyBody: [
      'Der API-Schlüssel kennzeichnet Ihr VideoSDK-Konto. Zu ihm gehört ein Secret, und beide liegen nur auf Ihrem Server.',
      'Liefern Sie den API-Schlüssel oder das Secret nie in einer App, einer Webseite oder einem Mobile-Build aus: Dort kann sie jeder lesen und Meetings auf Ihrem Konto starten.',
    ],
    tokenHeading: 'Das Token',
    tokenBody: [
      'Das Token ist ein JWT (JSON Web Token), das Ihr Server mit dem Secret signiert (HS256) und der App gibt; die App übergibt es dem SDK (`VideoSDK.config(token)`, `<MeetingProvider token>` oder das Token-Argument der nativen SDKs).',
      'Geben Sie ihm eine kurze Gültigkeit und nur die Berechtigungen, die der Nutzer braucht.',
    ],
    claimsHeading: 'Was das Token enthält (laut VideoSDKs Anleitung)',
    claims: {
      apikey: 'Ihr API-Schlüssel: Der Server prüft ihn gegen die Signatur.',
      permissions:
        '`allow_join` (direkt beitreten), `ask_join` (erst den Host fragen) oder `allow_mod` (moderieren).',
      version: '`2`, wenn das Token einen Raum, einen Teilnehmer oder Rollen nennt.',
      roomId: 'optional: der einzige Raum, dem dieses Token beitreten darf.',
      participantId: 'optional: die einzige Teilnehmer-ID, die dieses Token verwenden darf.',
      roles: 'optional: `rtc` für Meetings, `crawler` für API-Aufrufe vom Server.',
      exp: 'wann das Token abläuft, in Sekunden seit 1970 (beim Signieren mit `expiresIn` gesetzt).',
    },
    wrongHeading: 'Was schiefgeht',
    wrongBody:
      'Ein als Token übergebener API-Schlüssel ist kein JWT, also lehnt der Server ihn ab: {codes}. Ein abgelaufenes Token oder eines, das mit dem Secret eines anderen Kontos signiert wurde, wird ebenso abgelehnt.',
    debugHeading: 'Ein abgelehntes Token untersuchen',
    debugSteps: [
      'Prüfen Sie, ob der Wert ein JWT ist: drei base64url-Teile, durch Punkte verbunden. Eine kurze Zeichenkette ohne Punkte ist ein API-Schlüssel.',
      'Dekodieren Sie den mittleren Teil (auf Ihrem Rechner, nicht auf einer Website: Es ist ein Zugangsnachweis) und lesen Sie seine Claims.',
      'Prüfen Sie `exp`: Der Wert muss in der Zukunft liegen. Vergleichen Sie ihn mit der aktuellen Zeit in Sekunden (`date +%s`).',
      'Prüfen Sie `apikey`: Es muss der API-Schlüssel des Kontos sein, dessen Secret das Token signiert hat.',
      'Prüfen Sie `permissions` und, falls gesetzt, `roomId` oder `participantId`: Sie müssen erlauben, was die App verlangt.',
    ],
    keywords:
      'jwt json web token api-schlüssel apikey secret signieren token abgelaufen exp claims',
  },
};
