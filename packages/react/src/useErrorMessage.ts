import { type LocalizedEntry, localizeEntry } from '@org/error-codes-i18n';
import { useMemo } from 'react';
import { useErrorCodesFor } from './ErrorCodesProvider.js';

/**
 * Localizes an SDK error event (`{ code, message }`), a code (`3017`, `'3017'`), a
 * wire name, an alias or anything else, read with the provider's platform, in the
 * provider's locale and with its values: the one localized read model of
 * `@org/error-codes-i18n` (`locale` and `dir` for the `lang` and `dir` attributes).
 * A code the platform does not know gets the locale's generic texts. Never throws.
 */
export function useErrorMessage(error: unknown): LocalizedEntry {
  return useLocalizedError(error, 'useErrorMessage');
}

/** `useErrorMessage` for a component of this package: outside a provider, the error names `api`. */
export function useLocalizedError(error: unknown, api: string): LocalizedEntry {
  const { platform, messages, values } = useErrorCodesFor(api);
  return useMemo(
    () => localizeEntry(platform.normalizeError(error), messages, { values: values ?? {} }),
    [error, platform, messages, values],
  );
}
