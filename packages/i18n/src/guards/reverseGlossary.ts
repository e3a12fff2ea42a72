/**
 * Guard 1, the reverse glossary check: a locale text uses a glossary term only where
 * the English of the same field does. Catches padding ("the meeting" added where
 * English names none) and a term pushed in by a wrong English sense (es "grabado"
 * for "logs").
 */
import {
  CODE,
  englishUses,
  type Glossary,
  type GlossaryTerm,
  glossaryTerms,
  proseOf,
  synonymTerms,
  usesTerm,
} from '../glossary.js';
import type { Locale } from '../types.js';
import { type Row, where } from './corpus.js';

interface Allowed {
  readonly term: GlossaryTerm;
  readonly locales: readonly Locale[] | '*';
  /** The English of the field, for which the term is implied. */
  readonly english: RegExp;
  readonly why: string;
}

/** Where a locale must name a term that English leaves implicit. Keep it short. */
export const reverseAllowlist: readonly Allowed[] = [
  {
    term: 'subscription',
    locales: '*',
    english: /\b(un)?subscrib/i,
    why: 'PubSub’s "subscribe" to a topic is the same word as a subscription in these locales.',
  },
  {
    term: 'livestream',
    locales: ['zh-CN', 'ja', 'ar'],
    english: /\b(stream key|RTMP|target platform)\b/i,
    why: '推流密钥, ライブ配信先 and لوحة التحكم بالبث المباشر are what streaming platforms call the stream key, the target and its dashboard.',
  },
  {
    term: 'participant',
    locales: '*',
    english: /\b(someone|others|people|join|joined|joining|take part|taking part)\b/i,
    why: 'English says "someone", "others", "people", "taking part" or the one who joins; a locale may call them participants.',
  },
  {
    term: 'retry',
    locales: '*',
    english: /\b(tries to|attempts? to|repeat)\b/i,
    why: 'Trying to restart something, or repeating a request, is a retry in most locales.',
  },
  {
    term: 'media-relay',
    locales: '*',
    english: /\brelay\b/i,
    why: 'English shortens the media relay to "the relay" once it has named it.',
  },
  {
    term: 'meeting',
    locales: ['zh-CN'],
    english: /\bvideo (call|conferencing)\b/i,
    why: '视频会议 is the word for video conferencing, not this meeting.',
  },
  {
    term: 'meeting',
    locales: '*',
    english: /\b(join|joins|joined|joining|rejoin|leave|leaves|left|leaving)\b/i,
    why: 'English "join" and "leave" take no object; most languages must say what is joined or left (rejoindre la réunion, 入会).',
  },
];

/**
 * Whether English names a term inside one of the field's code names
 * (`participant.pin()`, `meeting.startWhiteboard()`): a translation may say it in
 * prose. Not the meeting, which every `meeting.*()` names (review 2, X1).
 */
const inCode = (english: string, forms: readonly string[]) =>
  (english.match(CODE) ?? []).some((code) =>
    englishUses(code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[.()]/g, ' '), forms),
  );

const synonymsOf = (term: GlossaryTerm) =>
  synonymTerms.flatMap(([a, b]) => (a === term ? [b] : b === term ? [a] : []));

export function reverseGlossary(
  rows: readonly Row[],
  glossaries: ReadonlyMap<Locale, Glossary>,
  allow: readonly Allowed[] = reverseAllowlist,
): string[] {
  const en = glossaries.get('en') as Glossary;
  const out: string[] = [];
  for (const r of rows) {
    if (r.locale === 'en') continue;
    const g = glossaries.get(r.locale) as Glossary;
    for (const term of glossaryTerms) {
      // Code names no term in either text: `meeting.changeMode()` is not a meeting.
      if (!usesTerm(proseOf(r.text), g[term])) continue;
      if ([term, ...synonymsOf(term)].some((t) => englishUses(r.english, en[t]))) continue;
      if (term !== 'meeting' && inCode(r.english, en[term])) continue;
      const ok = allow.some(
        (a) =>
          a.term === term &&
          (a.locales === '*' || a.locales.includes(r.locale)) &&
          a.english.test(r.english),
      );
      if (!ok) out.push(`${where(r)}: uses ${term} where English does not: ${r.text}`);
    }
  }
  return out;
}
