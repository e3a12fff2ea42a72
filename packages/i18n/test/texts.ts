/**
 * Every locale's texts, read from source for the tests: by category, by meaning and
 * by field path (`title`, `causes.0`, `fixes.1.text`, `variants.app.userMessage`),
 * each field with the lines it is shown on.
 */
import {
  type AnyErrorEntry,
  type ErrorCategory,
  type PlatformId,
  platformIds,
  platformTables,
} from '@org/error-codes';
import { textCategories } from '../scripts/generate.js';
import { locales, pseudoLocale } from '../src/localeList.js';
import { surfaceOf } from '../src/surface.js';
import type { CommonTexts, FixStep, Locale, MeaningTexts } from '../src/types.js';

export const allLocales: Locale[] = [...locales, pseudoLocale];

export interface LocaleTexts {
  readonly locale: Locale;
  readonly common: CommonTexts;
  /** Every meaning of every category. */
  readonly meanings: Readonly<Record<string, MeaningTexts>>;
  /** The file each meaning is written in. */
  readonly categoryOf: Readonly<Record<string, ErrorCategory>>;
}

export async function loadTexts(locale: Locale): Promise<LocaleTexts> {
  const all: Record<string, MeaningTexts> = {};
  const categoryOf: Record<string, ErrorCategory> = {};
  for (const c of textCategories) {
    const { texts } = await import(`../src/texts/${locale}/${c}.ts`);
    for (const [id, t] of Object.entries<MeaningTexts>(texts)) {
      all[id] = t;
      categoryOf[id] = c;
    }
  }
  const { common } = await import(`../src/texts/${locale}/common.ts`);
  return { locale, common, meanings: all, categoryOf };
}

export const allTexts: LocaleTexts[] = await Promise.all(allLocales.map(loadTexts));
export const english = allTexts[0] as LocaleTexts;

/** The lines whose table has a meaning (every line for the unknown texts). */
export function linesOf(id: string): PlatformId[] {
  if (id === 'unknown') return [...platformIds];
  return platformIds.filter((p) =>
    (platformTables[p] as readonly AnyErrorEntry[]).some((e) => e.meaning === id),
  );
}

/** Who reads a field: `user` fields are shown to end users. */
export type Audience = 'user' | 'developer';

export interface Field {
  readonly path: string;
  readonly text: string;
  readonly audience: Audience;
  /** The lines this field is shown on. */
  readonly platforms: readonly PlatformId[];
}

const steps = (prefix: string, list: readonly FixStep[], platforms: Field['platforms']): Field[] =>
  list.map((s, i) => ({
    path: `${prefix}fixes.${i}.text`,
    text: s.text,
    audience: s.by === 'user' ? 'user' : 'developer',
    platforms,
  }));

/** Every string of one meaning's texts, with who reads it and on which lines. */
export function fieldsOf(
  id: string,
  t: Omit<MeaningTexts, 'variants' | 'audiences'> &
    Partial<Pick<MeaningTexts, 'variants' | 'audiences'>>,
): Field[] {
  const all = linesOf(id);
  const variants = t.variants ?? {};
  // A default end-user text is shown on the lines whose surface has no variant of it.
  const shownOn = (field: 'userTitle' | 'userMessage' | 'fixes' | 'causes') =>
    all.filter((p) => variants[surfaceOf(p)]?.[field] === undefined);
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
      (c, i): Field => ({
        path: `causes.${i}`,
        text: c,
        audience: 'developer',
        platforms: shownOn('causes'),
      }),
    ),
    ...steps('', t.fixes, shownOn('fixes')),
  ];
  for (const [surface, v] of Object.entries(variants)) {
    const on = all.filter((p) => surfaceOf(p) === surface);
    if (v?.userTitle !== undefined)
      out.push({
        path: `variants.${surface}.userTitle`,
        text: v.userTitle,
        audience: 'user',
        platforms: on,
      });
    if (v?.userMessage !== undefined)
      out.push({
        path: `variants.${surface}.userMessage`,
        text: v.userMessage,
        audience: 'user',
        platforms: on,
      });
    if (v?.fixes) out.push(...steps(`variants.${surface}.`, v.fixes, on));
    for (const [i, text] of (v?.causes ?? []).entries())
      out.push({
        path: `variants.${surface}.causes.${i}`,
        text,
        audience: 'developer',
        platforms: on,
      });
  }
  // A participant's and a viewer's words are end-user words on every line of the meaning.
  for (const [reader, v] of Object.entries(t.audiences ?? {})) {
    for (const field of ['userTitle', 'userMessage'] as const) {
      const text = v?.[field];
      if (text !== undefined)
        out.push({ path: `audiences.${reader}.${field}`, text, audience: 'user', platforms: all });
    }
    for (const [i, text] of (v?.userSteps ?? []).entries())
      out.push({
        path: `audiences.${reader}.userSteps.${i}`,
        text,
        audience: 'user',
        platforms: all,
      });
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
