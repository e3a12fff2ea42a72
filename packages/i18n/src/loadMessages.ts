import { resolveLocale } from './resolveLocale.js';
import type { Locale, LocaleMessages } from './types.js';

// One literal import() per locale, so bundlers split each into its own chunk and an
// app downloads only the locales it loads.
const loaders: Readonly<Record<Locale, () => Promise<{ messages: LocaleMessages }>>> = {
  en: () => import('./locales/en.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ja: () => import('./locales/ja.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
  hi: () => import('./locales/hi.js'),
  ar: () => import('./locales/ar.js'),
  'en-XA': () => import('./locales/en-XA.js'),
};

const cache = new Map<Locale, LocaleMessages>();

/**
 * Loads one locale's messages on demand. The request is negotiated first
 * (`'de-AT'` loads `de`; junk loads `en`), so it never rejects for a bad tag.
 */
export async function loadMessages(requested: unknown): Promise<LocaleMessages> {
  const locale = resolveLocale(requested);
  const cached = cache.get(locale);
  if (cached) return cached;
  const { messages } = await loaders[locale]();
  cache.set(locale, messages);
  return messages;
}

/** The messages of a locale already loaded by `loadMessages`, for synchronous renders. */
export function getLoadedMessages(requested: unknown): LocaleMessages | undefined {
  return cache.get(resolveLocale(requested));
}
