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

/** The support address the SDK's messages name; apps replace it with `supportContact`. */
export const DEFAULT_SUPPORT_CONTACT = 'support@videosdk.live';
