import {
  type Locale,
  type LocaleMessages,
  type LocalizedError,
  localizeError,
  resolveLocale,
} from '@org/error-codes-i18n';
import { messages } from '@org/error-codes-i18n/locales/de';

const de: LocaleMessages = messages;
const locale: Locale = resolveLocale('de-AT');
const localized: LocalizedError = localizeError(4001, de);
const title: string = localized.title;
// @ts-expect-error not a shipped locale: the types are real, not `any`.
const wrong: Locale = 'xx';

export { locale, title, wrong };
