import {
  type Locale,
  type LocalizedEntry,
  loadMessages,
  localizeEntry,
  type PlatformMessages,
  parseQuery,
  resolveLocale,
} from '@org/error-codes-i18n';
import { messages } from '@org/error-codes-i18n/locales/web/de';

const de: PlatformMessages<'web'> = messages;
const locale: Locale = resolveLocale('de-AT');
const localized: LocalizedEntry = localizeEntry(undefined, de, { values: { supportContact: 'x' } });
const title: string = localized.title;
const by: 'app' | 'user' | 'dashboard' | 'support' | undefined = localized.fixes[0]?.by;
const flutter: Promise<PlatformMessages<'flutter-1'>> = loadMessages('flutter-1', 'ja');
const category = parseQuery('?category=auth').query.category;
// @ts-expect-error not a shipped locale: the types are real, not `any`.
const wrong: Locale = 'xx';
// @ts-expect-error web messages are not Flutter's.
const crossed: PlatformMessages<'flutter-1'> = messages;
// @ts-expect-error not a line: a Flutter app names its version line.
loadMessages('flutter', 'de');

export { by, category, crossed, flutter, locale, title, wrong };
