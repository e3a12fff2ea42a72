import i18n = require('@org/error-codes-i18n');
import fr = require('@org/error-codes-i18n/locales/flutter-1/fr');

const messages: i18n.PlatformMessages<'flutter-1'> = fr.messages;
const localized: i18n.LocalizedEntry = i18n.localizeEntry(undefined, messages);
// @ts-expect-error not a shipped locale: the types are real, not `any`.
const wrong: i18n.Locale = 'xx';

export = { localized, wrong };
