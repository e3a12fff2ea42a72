/**
 * Guard 10, the extended glossary: every term (subscription, realtime store, media
 * relay, retry and log among them) is translated one way. Wherever the English of a
 * field uses a term, the locale's text uses one of that term's forms.
 */
import { englishUses, type Glossary, glossaryTerms, usesTerm } from '../glossary.js';
import type { Locale } from '../types.js';
import { type Row, where } from './corpus.js';

export function glossaryMisses(
  rows: readonly Row[],
  glossaries: ReadonlyMap<Locale, Glossary>,
): string[] {
  const en = glossaries.get('en') as Glossary;
  const out: string[] = [];
  for (const r of rows) {
    if (r.locale === 'en') continue;
    const g = glossaries.get(r.locale) as Glossary;
    for (const term of glossaryTerms)
      if (englishUses(r.english, en[term]) && !usesTerm(r.text, g[term]))
        out.push(`${where(r)}: English uses ${term}, the text has none of its forms: ${r.text}`);
  }
  return out;
}
