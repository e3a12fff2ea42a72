import type { Locale } from './localeList.js';
import { defaultLocale, locales, pseudoLocale } from './localeList.js';

// Caps keep the work bounded whatever a client sends (a 10 KB Accept-Language header).
const MAX_INPUT = 4096;
const MAX_RANGES = 32;
const MAX_TAG = 35;

const byLowerTag = new Map<string, Locale>(
  [...locales, pseudoLocale].map((l) => [l.toLowerCase(), l]),
);
// A language with no exact match goes to the one variant we ship: pt-PT reads pt-BR
// better than English. Traditional Chinese is not mapped to zh-CN (a different script).
const byLanguage = new Map<string, Locale>(
  locales.map((l) => [l.split('-')[0]?.toLowerCase() ?? l, l]),
);
const traditionalChinese = /^zh-(hant|tw|hk|mo)(-|$)/;

/** The shipped locale one BCP 47 tag asks for, or undefined. */
function matchTag(raw: string): Locale | undefined {
  const tag = raw.trim().replace(/_/g, '-').toLowerCase();
  if (!tag || tag.length > MAX_TAG || !/^[a-z]{2,8}(-[a-z0-9]{1,8})*$/.test(tag)) return undefined;
  const exact = byLowerTag.get(tag);
  if (exact) return exact;
  if (traditionalChinese.test(tag)) return undefined;
  return byLanguage.get(tag.split('-')[0] ?? '');
}

/** Accept-Language ranges, best first; junk ranges and q=0 are dropped. */
function parseList(header: string): string[] {
  const ranges: { tag: string; q: number; i: number }[] = [];
  const parts = header.slice(0, MAX_INPUT).split(',', MAX_RANGES);
  parts.forEach((part, i) => {
    const [tag = '', ...params] = part.split(';');
    let q = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/i.exec(param);
      if (!m) return; // a malformed parameter discards the range, not the header
      q = Number(m[1]);
    }
    if (q > 0 && q <= 1) ranges.push({ tag, q, i });
  });
  return ranges.sort((a, b) => b.q - a.q || a.i - b.i).map((r) => r.tag);
}

/**
 * Negotiates a shipped locale from a BCP 47 tag (`de-AT` → `de`, `pt` → `pt-BR`,
 * `zh-Hans-CN` → `zh-CN`), an Accept-Language list with q-values, or an array of
 * tags in preference order. Anything else, or nothing that matches, gives `en`.
 * Never throws.
 */
export function resolveLocale(requested: unknown): Locale {
  try {
    const tags =
      typeof requested === 'string'
        ? parseList(requested)
        : Array.isArray(requested)
          ? requested.slice(0, MAX_RANGES).filter((t): t is string => typeof t === 'string')
          : [];
    for (const tag of tags) {
      const match = matchTag(tag);
      if (match) return match;
    }
  } catch {
    // A revoked proxy or an array whose getters throw: nothing usable was asked for.
  }
  return defaultLocale;
}

/** True when `value` is exactly a shipped locale tag (`'pt-BR'`, not `'pt-br'`). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && byLowerTag.get(value.toLowerCase()) === value;
}

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

/** Text direction of a locale: `rtl` for Arabic (and other right-to-left scripts). */
export function direction(locale: unknown): 'ltr' | 'rtl' {
  if (typeof locale !== 'string') return 'ltr';
  const language = locale.slice(0, MAX_TAG).split(/[-_]/)[0]?.toLowerCase() ?? '';
  return rtlLanguages.has(language) ? 'rtl' : 'ltr';
}
