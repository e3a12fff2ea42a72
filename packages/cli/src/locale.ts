import {
  defaultLocale,
  type Locale,
  locales,
  pseudoLocale,
  resolveLocale,
} from '@org/error-codes-i18n';
import { shown } from './shown.js';

export interface ChosenLocale {
  readonly locale: Locale;
  /** Set when `--locale` named a locale with no texts: what stderr should say. */
  readonly warning?: string;
}

/**
 * `--locale`, else the POSIX locale variables (`de_DE.UTF-8` → `de`), else English.
 * Only a `--locale` the user typed is worth a warning: an unsupported `LANG` is the
 * machine's, and reading English then is what every tool does.
 */
export function chooseLocale(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): ChosenLocale {
  if (flag !== undefined) {
    const locale = resolveLocale(flag);
    const language = flag.trim().split(/[-_]/)[0]?.toLowerCase();
    if (locale !== defaultLocale || language === defaultLocale) return { locale };
    return {
      locale,
      warning: `no texts in “${shown(flag)}”, showing English. Locales: ${[...locales, pseudoLocale].join(', ')}`,
    };
  }
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const tag = posix.split(/[.@]/)[0];
  return { locale: resolveLocale(tag === 'C' || tag === 'POSIX' ? defaultLocale : tag) };
}
