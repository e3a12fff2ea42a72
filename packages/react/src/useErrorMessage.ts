import { type LocalizedError, localizeError } from '@org/error-codes-i18n';
import { useMemo } from 'react';
import { useErrorCodes } from './ErrorCodesProvider.js';

/** One error in the provider's locale, with the `lang` and `dir` to render it with. */
export interface ErrorMessageData extends LocalizedError {
  /** The locale of the texts, for the `lang` attribute. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * Localizes a code (`4001`, `'4001'`, `'INVALID_API_KEY'`), an SDK error event
 * (`{ code, message }`), a `MeetingError` or anything else with the provider's
 * messages and values. A code the catalog does not know gets the locale's generic
 * message. Never throws.
 */
export function useErrorMessage(error: unknown): ErrorMessageData {
  const { messages, values, dir } = useErrorCodes();
  return useMemo(
    () => ({
      ...localizeError(error, messages, { values: values ?? {} }),
      lang: messages.locale,
      dir,
    }),
    [error, messages, values, dir],
  );
}
