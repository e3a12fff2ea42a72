import { type Audience, type LocalizedEntry, locales, localizeEntry } from '@org/error-codes-i18n';
import { useMemo } from 'react';
import { useErrorCodesFor } from './ErrorCodesProvider.js';

/**
 * What `useErrorMessage` gives and `<ErrorMessage>`'s render prop receives: the
 * localized read model of `@org/error-codes-i18n`, and the error's docs link for the
 * provider's line, as the core's `normalizeError` builds it.
 */
export interface LocalizedError extends LocalizedEntry {
  /** The code's page on the docs site, for its own line, in the shown locale (`/de/ios/errors/3008/`); none for an unknown code. */
  readonly docPath: string | undefined;
  /** `docPath` on the provider's `docsBaseUrl`; none without it, or for an unknown code. */
  readonly docUrl: string | undefined;
}

/** How `useErrorMessage` reads an error. */
export interface ErrorMessageOptions {
  /**
   * Who reads the end-user words: `host` (the default), `participant` or `viewer`.
   * A participant or a viewer is never told to do what only a host can (5003: "The
   * host can start it again", not "You can start it again").
   */
  readonly audience?: Audience | undefined;
}

/** The docs site's locales: the real ones; the pseudo-locale's readers get English pages. */
const siteLocales: readonly string[] = locales;

/**
 * Localizes an SDK error event (`{ code, message }`), a code (`3017`, `'3017'`), a
 * wire name, an alias or anything else, read with the provider's line, in the
 * provider's locale and with its values: the one localized read model of
 * `@org/error-codes-i18n` (`locale` and `dir` for the `lang` and `dir` attributes),
 * with `docPath` and `docUrl`. A code the line does not know gets the locale's
 * generic texts. Never throws.
 */
export function useErrorMessage(error: unknown, options?: ErrorMessageOptions): LocalizedError {
  return useLocalizedError(error, 'useErrorMessage', options?.audience);
}

/** `useErrorMessage` for a component of this package: outside a provider, the error names `api`. */
export function useLocalizedError(
  error: unknown,
  api: string,
  audience?: Audience | undefined,
): LocalizedError {
  const { platform, messages, values, docsBaseUrl } = useErrorCodesFor(api);
  return useMemo(() => {
    const locale = siteLocales.includes(messages.locale) ? messages.locale : undefined;
    const normalized = platform.normalizeError(error, { docsBaseUrl, locale });
    return {
      ...localizeEntry(normalized, messages, {
        values: values ?? {},
        ...(audience ? { audience } : {}),
      }),
      docPath: normalized.docPath,
      docUrl: normalized.docUrl,
    };
  }, [error, platform, messages, values, docsBaseUrl, audience]);
}
