import { describe, expect, it } from 'vitest';
import { allFields, allTexts, english } from '../test/texts.js';
import { englishUses, type Glossary, glossaryTerms, usesTerm } from './glossary.js';

const glossaries = new Map<string, Glossary>(
  await Promise.all(
    allTexts
      .filter((t) => t.locale !== 'en-XA')
      .map(
        async (t) =>
          [t.locale, (await import(`./texts/${t.locale}/glossary.ts`)).glossary] as const,
      ),
  ),
);
const en = glossaries.get('en') as Glossary;
const usesInEnglish = englishUses;
const usesIn = usesTerm;
const englishFields = new Map(
  allFields(english).map(({ id, field }) => [`${id} ${field.path}`, field.text]),
);
const wordsOf = (forms: readonly string[]) =>
  new Set(forms.flatMap((f) => f.toLowerCase().split(/\s+/)));

describe.each([...glossaries].filter(([l]) => l !== 'en'))('glossary %s', (locale, glossary) => {
  const texts = allTexts.find((t) => t.locale === locale);

  it('translates each term one way across every meaning', () => {
    const misses: string[] = [];
    for (const { id, field } of allFields(texts ?? english)) {
      const source = englishFields.get(`${id} ${field.path}`) ?? '';
      for (const term of glossaryTerms) {
        if (usesInEnglish(source, en[term]) && !usesIn(field.text, glossary[term])) {
          misses.push(`${term} · ${id} ${field.path}: ${field.text}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('never gives the livestream and the HLS broadcast a shared word', () => {
    const shared = [...wordsOf(glossary.livestream)].filter((w) => wordsOf(glossary.hls).has(w));
    expect(shared).toEqual([]);
    for (const form of glossary.livestream) expect(usesIn(form, glossary.hls), form).toBe(false);
    for (const form of glossary.hls) expect(usesIn(form, glossary.livestream), form).toBe(false);
  });
});

describe('the English glossary', () => {
  it('keeps the livestream and the HLS broadcast apart in every text', () => {
    for (const { id, field } of allFields(english)) {
      const both = usesInEnglish(field.text, en.livestream) && usesInEnglish(field.text, en.hls);
      expect(both, `${id} ${field.path}: ${field.text}`).toBe(false);
    }
  });

  it('lists every term', () => {
    expect(Object.keys(en).sort()).toEqual([...glossaryTerms].sort());
  });
});
