/** The real locales, English (the source) first. */
export const locales = ['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'hi', 'ar'] as const;

/** The generated pseudo-locale for testing UIs: accented, about a third longer, bracketed. */
export const pseudoLocale = 'en-XA' as const;

/** A locale this package ships: the nine real ones and the pseudo-locale `en-XA`. */
export type Locale = (typeof locales)[number] | typeof pseudoLocale;

export const defaultLocale = 'en' as const;

/** Each locale's name in its own language, for a locale switcher. */
export const localeNames: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
  'zh-CN': '简体中文',
  hi: 'हिन्दी',
  ar: 'العربية',
  'en-XA': 'Ëñğļîšĥ (pseudo)',
};

/**
 * English's words for the app's own support team: en's `labels.supportTeam`, and
 * what `{supportContact}` says if a bundle lacks the label (a hand-built one). End
 * users of an app get help from the app's team, never from the SDK's vendor.
 */
export const englishSupportTeam = 'this app’s support team';
