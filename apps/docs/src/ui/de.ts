import type { UiStrings } from './types.js';

export const strings: UiStrings = {
  siteName: 'Meeting-Fehlercodes',
  tagline:
    'Alle Fehlercodes der Web-, React-Native-, iOS- und Flutter-SDKs von VideoSDK, Linie für Linie: was sie bedeuten, warum sie auftreten, was zu tun ist und wie man sie im Code behandelt.',
  skipToContent: 'Zum Inhalt springen',
  language: 'Sprache',
  themeToDark: 'Zum dunklen Design wechseln',
  themeToLight: 'Zum hellen Design wechseln',
  mainNav: 'Hauptmenü',
  allCodes: 'Alle Codes',
  categoriesHeading: 'Kategorien',
  gettingStarted: 'Erste Schritte',
  crossPlatform: 'Plattformvergleich',

  search: 'Suchen',
  searchHint: 'Code, Name oder Wörter aus der Meldung',
  filters: 'Filter',
  platform: 'Plattform',
  category: 'Kategorie',
  source: 'Quelle',
  severity: 'Schweregrad',
  retryable: 'Wiederholbar',
  feature: 'Funktion',
  any: 'Alle',
  yes: 'Ja',
  no: 'Nein',
  none: 'Keine',
  clearFilters: 'Filter zurücksetzen',
  showing: '{shown} von {total} Codes',
  noResults: 'Kein Code passt. Versuchen Sie weniger Wörter oder setzen Sie die Filter zurück.',
  code: 'Code',
  name: 'Name',
  title: 'Titel',

  platformPageNote: 'Code {code} des {platform}-SDK ({sdk}).',
  wireName: 'Übertragener Name',
  aliases: 'Andere Schreibweisen',
  sdkMessage: 'SDK-Meldung (wörtlich)',
  noSdkMessage: 'Für diesen Code ist kein fester Text bekannt.',
  sdkDescription: 'Beschreibung des SDK selbst',
  description: 'Bedeutung',
  causes: 'Ursachen',
  fixes: 'Was zu tun ist',
  userSees: 'Was Endnutzer sehen',
  previewNote:
    'So zeigt {component} aus {pkg} den Fehler in Ihrer App an, mit den Schritten, die Endnutzer selbst ausführen können.',
  details: 'Details',
  otherPlatforms: 'Auf den anderen Linien',
  sameNumberSame: '{platform} verwendet Code {code} für denselben Fehler.',
  sameNumberOther: 'Auf {platform} ist Code {code} ein anderer Fehler:',
  numberMissing: '{platform} hat keinen Code {code}.',
  meaningElsewhere: 'Auf {platform} hat dieser Fehler den Code {code}:',
  meaningMissing: '{platform} meldet diesen Fehler nicht.',
  switchMissing: 'Kein Code {code} auf {platform}',
  handleIt: 'Im Code behandeln',
  inTheApp: 'In der App',
  onTheServer: 'Auf Ihrem Server',
  snippetsChecked:
    'Jedes TypeScript-Beispiel hier kompiliert gegen die Typen von {packages}: Die Tests der Website prüfen das.',
  copy: 'Kopieren',
  copied: 'Kopiert',
  related: 'Verwandte Codes',
  previous: 'Zurück',
  next: 'Weiter',
  breadcrumb: 'Brotkrumennavigation',

  codesInCategory: '{count} Codes in dieser Kategorie.',

  crossPlatformLead:
    'Jede Nummer auf jeder SDK-Linie und was sie dort bedeutet, und jeder Fehler mit seiner Nummer auf jeder Linie. Dieselbe Nummer kann auf verschiedenen Linien verschiedene Fehler bedeuten.',
  codesPerPlatform: 'Codes pro Linie',
  sdk: 'SDK',
  codes: 'Codes',
  onlyHere: 'Nur auf dieser Linie',
  sharedMeanings: '{count} Fehler gibt es auf mehr als einer Linie.',
  aliasesHeading: 'Namen mit mehr als einer Schreibweise',
  aliasesLead:
    'Das SDK sendet den Namen aus der Spalte Name. Suchen, die API und die Adressen dieser Website akzeptieren jede Schreibweise.',

  downloads: 'Downloads',
  downloadCatalog: 'Katalog (JSON)',
  downloadSchema: 'JSON-Schema des Katalogs',
  downloadMessages: 'Meldungen in dieser Sprache, {platform} (JSON)',
  readmeNote: 'Die README des Pakets, aus dem Paket selbst erzeugt (auf Englisch).',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText:
    'Unter dieser Adresse gibt es keine Seite. Suchen Sie den Code in der vollständigen Liste.',
  redirecting: '{name} ist der {platform}-Fehler {code}. Weiterleitung…',

  linesNote:
    'Eine Tabelle pro SDK und Versionslinie. Dieselbe Nummer kann auf jeder Linie einen anderen Fehler bedeuten.',
  lines: 'SDK-Linien',
  numberUnknown:
    'Die Tabelle von {platform} ist unvollständig: Code {code} ist auf dieser Linie unbekannt.',
  meaningUnconfirmed:
    'Die Tabelle von {platform} ist unvollständig: Dieser Fehler ist dort nicht bestätigt.',
  switchUnknown: 'Code {code} auf {platform} unbekannt',
  clashMark: 'anderer Fehler',
  nativeNote:
    'Diese App kann die npm-Pakete nicht importieren: Vergleichen Sie den Code aus dem Ereignis und holen Sie die Texte von der Lookup-API.',
  numbersHeading: 'Jede Nummer auf jeder Linie',
  numbersLead:
    '{count} Nummern. {clashes} davon, markiert mit „anderer Fehler“, bedeuten auf einer Linie einen Fehler und anderswo einen anderen: Prüfen Sie die Linie, bevor Sie reagieren.',
  meaningsHeading: 'Jeder Fehler auf jeder Linie',
  meaningsLead:
    '{count} Fehler. {moved} davon, markiert mit „verschoben“, haben auf verschiedenen Linien verschiedene Nummern.',
  movedMark: 'verschoben',
  sdkPackage: 'SDK-Paket',
  registry: 'Paketquelle',
  versions: 'Abgedeckte Versionen',
  alsoIn: 'Auch enthalten in',
  complete: 'Vollständige Tabelle',
  incompleteNote:
    'Diese Tabelle ist unvollständig: Ein Code, der ihr fehlt, ist auf dieser Linie unbekannt und wird nie mit der Tabelle einer anderen Linie gelesen.',
  entryPoint: 'Einstiegspunkt',
  tableSource: 'Tabelle gelesen aus',
  lineNote: 'Hinweis (aus dem Katalog, auf Englisch)',
  noTable:
    'Der Katalog hat noch keine Tabelle für diese Linie, daher gibt es hier keine Code-Seiten dafür.',
  codesOfLine: 'Die {count} Codes dieser Linie',
  unknown: 'Unbekannt',
};
