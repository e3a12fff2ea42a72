/**
 * Every locale's texts, read from source for the tests: by group, by meaning and
 * by field path (`title`, `causes.0`, `fixes.1.text`, `variants.flutter.userMessage`).
 */
import { meanings } from '@org/error-codes';
import { groups } from '../scripts/generate.js';
import { locales, pseudoLocale } from '../src/locales.js';
import type { CommonTexts, FixStep, Locale, MeaningTexts } from '../src/types.js';

export type Group = keyof typeof groups;
export const groupNames = Object.keys(groups) as Group[];
export const allLocales: Locale[] = [...locales, pseudoLocale];

export interface LocaleTexts {
  readonly locale: Locale;
  readonly common: CommonTexts;
  /** Every meaning of every group. */
  readonly meanings: Readonly<Record<string, MeaningTexts>>;
  readonly groupOf: Readonly<Record<string, Group>>;
}

export async function loadTexts(locale: Locale): Promise<LocaleTexts> {
  const all: Record<string, MeaningTexts> = {};
  const groupOf: Record<string, Group> = {};
  for (const g of groupNames) {
    const { texts } = await import(`../src/texts/${locale}/${g}.ts`);
    for (const [id, t] of Object.entries<MeaningTexts>(texts)) {
      all[id] = t;
      groupOf[id] = g;
    }
  }
  const { common } = await import(`../src/texts/${locale}/common.ts`);
  return { locale, common, meanings: all, groupOf };
}

export const allTexts: LocaleTexts[] = await Promise.all(allLocales.map(loadTexts));
export const english = allTexts[0] as LocaleTexts;

/** Who reads a field: `user` fields are shown to end users. */
export type Audience = 'user' | 'developer';

export interface Field {
  readonly path: string;
  readonly text: string;
  readonly audience: Audience;
  /** The platforms this field is shown on. */
  readonly platforms: readonly ('web' | 'flutter')[];
}

const platformsOf = (id: string) =>
  Object.keys((meanings as Record<string, object>)[id] ?? { web: 1, flutter: 1 }) as (
    | 'web'
    | 'flutter'
  )[];

const steps = (prefix: string, list: readonly FixStep[], platforms: Field['platforms']): Field[] =>
  list.map((s, i) => ({
    path: `${prefix}fixes.${i}.text`,
    text: s.text,
    audience: s.by === 'user' ? 'user' : 'developer',
    platforms,
  }));

/** Every string of one meaning's texts, with who reads it and on which platforms. */
export function fieldsOf(
  id: string,
  t: Omit<MeaningTexts, 'variants'> & Partial<Pick<MeaningTexts, 'variants'>>,
): Field[] {
  const all = platformsOf(id);
  const variants = t.variants ?? {};
  // A default end-user text is shown on the platforms that have no variant of it.
  const shownOn = (field: 'userTitle' | 'userMessage' | 'fixes') =>
    all.filter((p) => variants[p]?.[field] === undefined);
  const out: Field[] = [
    { path: 'title', text: t.title, audience: 'developer', platforms: all },
    { path: 'description', text: t.description, audience: 'developer', platforms: all },
    { path: 'userTitle', text: t.userTitle, audience: 'user', platforms: shownOn('userTitle') },
    {
      path: 'userMessage',
      text: t.userMessage,
      audience: 'user',
      platforms: shownOn('userMessage'),
    },
    ...t.causes.map(
      (c, i): Field => ({ path: `causes.${i}`, text: c, audience: 'developer', platforms: all }),
    ),
    ...steps('', t.fixes, shownOn('fixes')),
  ];
  for (const [p, v] of Object.entries(variants)) {
    const on = [p as 'web' | 'flutter'];
    if (v?.userTitle !== undefined)
      out.push({
        path: `variants.${p}.userTitle`,
        text: v.userTitle,
        audience: 'user',
        platforms: on,
      });
    if (v?.userMessage !== undefined)
      out.push({
        path: `variants.${p}.userMessage`,
        text: v.userMessage,
        audience: 'user',
        platforms: on,
      });
    if (v?.fixes) out.push(...steps(`variants.${p}.`, v.fixes, on));
  }
  return out;
}

/** Every string of a locale: each meaning's fields, then the unknown texts under `unknown`. */
export function allFields(texts: LocaleTexts): { id: string; field: Field }[] {
  const out: { id: string; field: Field }[] = [];
  for (const [id, t] of Object.entries(texts.meanings)) {
    for (const field of fieldsOf(id, t)) out.push({ id, field });
  }
  for (const field of fieldsOf('unknown', texts.common.unknown)) out.push({ id: 'unknown', field });
  return out;
}
