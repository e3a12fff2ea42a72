/**
 * Guard 4, glossary self-collision: within one locale, no form of a term may be found
 * inside a form of another term, or inside a common word that is no term, or a text
 * about one thing counts as using the other (ar مشارك, participant, inside مشاركة,
 * sharing; fr "enregistr" inside enregistré, saved; ja 記録, a log, as recording).
 */
import {
  type Glossary,
  type GlossaryTerm,
  glossaryTerms,
  hasForm,
  synonymTerms,
} from '../glossary.js';
import type { Locale } from '../types.js';

/** Words that are no glossary term and that no form may match, with what they mean. */
export const commonWords: Readonly<
  Partial<Record<Locale, readonly (readonly [string, string])[]>>
> = {
  ar: [
    ['مشاركة', 'sharing, taking part'],
    ['قبل إرسال الطلب', 'before sending the request'],
    ['الإرسال', 'the sending'],
    ['الرمز', 'the code'],
    ['سجّل الدخول', 'sign in'],
  ],
  fr: [
    ['enregistré', 'saved'],
    ['enregistrée', 'saved'],
  ],
  de: [['Katalogs', 'of the catalog']],
  hi: [['कैटलॉग', 'catalog']],
  'zh-CN': [['跟踪', 'to track, to follow (a state)']],
  ja: [
    ['記録', 'a record, a log entry'],
    ['カタログ', 'catalog'],
    ['ダイアログ', 'dialog'],
  ],
  'pt-BR': [['assinatura', 'a signature (token signing)']],
};

const bare = (form: string) => (form.endsWith('$') ? form.slice(0, -1) : form);
const synonyms = (a: GlossaryTerm, b: GlossaryTerm) =>
  synonymTerms.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

export function selfCollisions(
  locale: Locale,
  glossary: Glossary,
  common: readonly (readonly [string, string])[] = commonWords[locale] ?? [],
): string[] {
  const out: string[] = [];
  for (const a of glossaryTerms) {
    for (const form of glossary[a]) {
      for (const b of glossaryTerms) {
        if (a === b || synonyms(a, b)) continue;
        for (const other of glossary[b])
          if (hasForm(bare(other), form))
            out.push(`${locale}: ${a} form "${form}" is found in ${b} form "${other}"`);
      }
      for (const [word, meaning] of common)
        if (hasForm(word, form))
          out.push(`${locale}: ${a} form "${form}" is found in "${word}" (${meaning})`);
    }
  }
  return out;
}
