import i18n = require('@org/error-codes-i18n');
import fr = require('@org/error-codes-i18n/locales/fr');

const localized: i18n.LocalizedError = i18n.localizeError(4001, fr.messages);
// @ts-expect-error not a shipped locale: the types are real, not `any`.
const wrong: i18n.Locale = 'xx';

export = { localized, wrong };
