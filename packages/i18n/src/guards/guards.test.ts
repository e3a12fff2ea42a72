/**
 * The ten guards of translation review 2 (§6), and review 3's variant-copy parity,
 * over every locale and every meaning of every line. Each passes on the real texts and fails, in the same run, on a
 * planted copy of the defect it is for (fixtures/plants.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../glossary.js';
import { glossaryTerms } from '../glossary.js';
import { actorLint } from './actors.js';
import { arCode } from './arCode.js';
import { glossaries, type Plant, planted, type Row, rows, where } from './corpus.js';
import { plants } from './fixtures/plants.js';
import { glossaryMisses } from './glossaryCoverage.js';
import { linkLint } from './links.js';
import { recordSense } from './recordSense.js';
import { reverseAllowlist, reverseGlossary } from './reverseGlossary.js';
import { sdkAllowlist, sdkIdentifiers, sdkVersion } from './sdkIdentifiers.js';
import { commonWords, selfCollisions } from './selfCollision.js';
import { styleLint } from './styleLints.js';
import { titleLint } from './titles.js';
import { translatorNotes } from './translatorNotes.js';
import { variantCopies } from './variantCopies.js';

const guards: Record<keyof typeof plants, (rows: readonly Row[]) => string[]> = {
  reverseGlossary: (r) => reverseGlossary(r, glossaries),
  recordSense,
  translatorNotes,
  actorLint,
  sdkIdentifiers: (r) => sdkIdentifiers(r),
  titleLint,
  linkLint,
  styleLint,
  glossaryCoverage: (r) => glossaryMisses(r, glossaries),
  variantCopies,
  arCode,
};

const caught = (findings: readonly string[], plant: Plant) =>
  findings.filter((f) => f.includes(`${plant.locale} `) && f.includes(plant.id));

describe.each(Object.keys(guards) as (keyof typeof plants)[])('guard %s', (name) => {
  const guard = guards[name];

  it('passes on the real texts of every locale and meaning', () => {
    expect(guard(rows)).toEqual([]);
  });

  it.each(plants[name].map((p) => [p.defect, p] as const))(
    'fails on a planted copy: %s',
    (_, plant) => {
      const findings = guard(planted(rows, plant));
      expect(caught(findings, plant), where(plant)).not.toEqual([]);
    },
  );
});

describe('guard selfCollisions (glossary self-collision)', () => {
  it('finds no form of one term inside another term or a common word, in any locale', () => {
    for (const [locale, g] of glossaries) expect(selfCollisions(locale, g), locale).toEqual([]);
  });

  const broken = (locale: 'ar' | 'fr' | 'ja', change: Partial<Glossary>) => ({
    ...(glossaries.get(locale) as Glossary),
    ...change,
  });
  it.each([
    [
      'ar مشارك (participant) inside مشاركة (sharing)',
      'ar',
      { participant: ['مشارك', 'المشاركين'] },
    ],
    ['fr the stem enregistr, also “saved”', 'fr', { recording: ['enregistrement', 'enregistr'] }],
    ['ja 記録 (a log) as recording', 'ja', { recording: ['録画', '記録'] }],
  ] as const)('fails on a planted glossary: %s', (_, locale, change) => {
    expect(selfCollisions(locale, broken(locale, change as Partial<Glossary>))).not.toEqual([]);
  });

  it('names what each common word means', () => {
    for (const list of Object.values(commonWords))
      for (const [word, meaning] of list ?? []) expect(meaning, word).not.toBe('');
  });
});

describe('the guards’ own lists', () => {
  it('keep the reverse glossary allowlist short, each entry with its reason', () => {
    expect(reverseAllowlist.length).toBeLessThanOrEqual(8);
    for (const a of reverseAllowlist) expect(a.why.length, a.term).toBeGreaterThan(20);
  });

  it('give a reason for every SDK name the texts may use that js-sdk lacks', () => {
    for (const [name, a] of Object.entries(sdkAllowlist))
      expect(typeof a === 'string' ? a : a.why, name).toMatch(/\w{4}/);
  });

  it('allowlist only SDK names the English texts use', () => {
    const english = rows.filter((r) => r.locale === 'en').map((r) => r.text);
    for (const name of Object.keys(sdkAllowlist))
      expect(
        english.some((t) => new RegExp(`\\b${name}\\b`).test(t)),
        name,
      ).toBe(true);
  });

  it('check against the js-sdk the repo installs', () => {
    expect(sdkVersion).toBe('1.1.1');
  });

  it('cover the terms review 2 found split: subscription, realtime store, media relay, retry, log', () => {
    expect(glossaryTerms).toEqual(
      expect.arrayContaining(['subscription', 'realtime-store', 'media-relay', 'retry', 'log']),
    );
  });

  it('read every written locale and every meaning', () => {
    const locales = new Set(rows.map((r) => r.locale));
    expect([...locales].sort()).toEqual([
      'ar',
      'de',
      'en',
      'es',
      'fr',
      'hi',
      'ja',
      'pt-BR',
      'zh-CN',
    ]);
    const english = new Set(rows.filter((r) => r.locale === 'en').map((r) => r.id));
    for (const l of locales) {
      const ids = new Set(rows.filter((r) => r.locale === l).map((r) => r.id));
      expect(ids, l).toEqual(english);
    }
  });
});
