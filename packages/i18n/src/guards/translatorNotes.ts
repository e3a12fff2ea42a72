/**
 * Guard 3, translator notes: a parenthesis in a translation whose English field has
 * none is a note to the reader that no one wrote in English, unless it only glosses
 * a term with its English name (`（Realtime Store）`, `(foreground service)`). A
 * negation inside (并非, not, nicht, no es, não, ليس…) marks a translator's remark.
 */
import { proseOf } from '../glossary.js';
import { type Row, where } from './corpus.js';

const PAREN = /[(（]([^()（）]*)[)）]/g;
const NEGATION =
  /并非|不是|不应|非指|ではな|ではありません|\bnot\b|\bnicht\b|\bkein|\bno es\b|\bno se\b|\bnão\b|\bne\b.*\bpas\b|\bn’|ليس|ليست|لا يعني|नहीं/iu;
const NOTE_MARK = /译注|译者|注：|訳注|\bN\.?B\.|\bnote\b|\bAnm\.|\bnota\b|ملاحظة|टिप्पणी/iu;

export function translatorNotes(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (r.locale === 'en') continue;
    if (/[(（]/.test(proseOf(r.english))) continue;
    for (const [, inner = ''] of proseOf(r.text).matchAll(PAREN)) {
      const words = inner.trim();
      if (!/\p{L}/u.test(words)) continue; // only code inside, taken out by proseOf
      // Asides and glosses are the translator's right (例如 YouTube, the English
      // name of a term); a negation or a note mark is a remark to the reader.
      if (NEGATION.test(words) || NOTE_MARK.test(words))
        out.push(`${where(r)}: a translator’s note English does not have: (${words})`);
    }
  }
  return out;
}
