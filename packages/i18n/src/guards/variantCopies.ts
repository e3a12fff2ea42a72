/**
 * Variant-copy parity (translation review 3, X-1): a surface variant repeats a
 * base step or field word for word in English wherever only some of its steps
 * differ, and a translation of it is a copy of the base translation. When a fix
 * lands in the base text only, the copy keeps the old words; so where the English
 * variant text is identical to an English base text of the same meaning, the
 * translation must be identical to that base text's translation too.
 */
import { type Row, where } from './corpus.js';

const isVariant = (path: string) => path.startsWith('variants.');
const isBase = (path: string) => !isVariant(path) && !path.startsWith('audiences.');

export function variantCopies(rows: readonly Row[]): string[] {
  // Per locale and meaning: each base field's English → its translation(s).
  const base = new Map<string, Map<string, Set<string>>>();
  for (const r of rows) {
    if (!isBase(r.path) || r.english === '') continue;
    const key = `${r.locale} ${r.id}`;
    const byEnglish = base.get(key) ?? new Map<string, Set<string>>();
    base.set(key, byEnglish);
    const texts = byEnglish.get(r.english) ?? new Set<string>();
    byEnglish.set(r.english, texts);
    texts.add(r.text);
  }
  const out: string[] = [];
  for (const r of rows) {
    if (!isVariant(r.path) || r.english === '') continue;
    const same = base.get(`${r.locale} ${r.id}`)?.get(r.english);
    if (same && !same.has(r.text))
      out.push(
        `${where(r)}: English repeats a base text here, but this translation differs from it: ${r.text} | base: ${[...same].join(' / ')}`,
      );
  }
  return out;
}
