/**
 * The guards' view of the texts: every string of every locale as one row, with the
 * English string of the same field beside it and, for a fix step, who takes it.
 * Guards are pure functions of rows (and glossaries), so a planted broken copy is
 * just the real rows with one row changed.
 */
import { allFields, allTexts, type LocaleTexts } from '../../test/texts.js';
import type { Actor } from '../actors.js';
import type { Glossary } from '../glossary.js';
import type { FixStep, Locale, MeaningTexts } from '../types.js';

export interface Row {
  readonly locale: Locale;
  readonly id: string;
  readonly path: string;
  readonly text: string;
  /** The English string of the same field (the row's own text in English). */
  readonly english: string;
  readonly audience: 'user' | 'developer';
  /** Who takes the step, for a fix step. */
  readonly by?: Actor;
}

/** Where a row is: `<locale> <meaning> <path>`. Findings start with it. */
export const where = (r: Pick<Row, 'locale' | 'id' | 'path'>) => `${r.locale} ${r.id} ${r.path}`;

const actorAt = (t: Partial<MeaningTexts>, path: string): Actor | undefined => {
  const m = /^(?:variants\.(\w+)\.)?fixes\.(\d+)\.text$/.exec(path);
  if (!m) return undefined;
  const list: readonly FixStep[] | undefined = m[1]
    ? t.variants?.[m[1] as 'browser' | 'app']?.fixes
    : t.fixes;
  return list?.[Number(m[2])]?.by;
};

function rowsOf(texts: LocaleTexts, englishByField: ReadonlyMap<string, string>): Row[] {
  return allFields(texts).map(({ id, field }) => {
    const t = id === 'unknown' ? texts.common.unknown : texts.meanings[id];
    const by = t ? actorAt(t, field.path) : undefined;
    return {
      locale: texts.locale,
      id,
      path: field.path,
      text: field.text,
      english: englishByField.get(`${id} ${field.path}`) ?? '',
      audience: field.audience,
      ...(by ? { by } : {}),
    };
  });
}

const english = allTexts.find((t) => t.locale === 'en') as LocaleTexts;
const englishByField = new Map(
  allFields(english).map(({ id, field }) => [`${id} ${field.path}`, field.text]),
);

/** Every row of every written locale (en-XA is generated from English, so it is left out). */
export const rows: readonly Row[] = allTexts
  .filter((t) => t.locale !== 'en-XA')
  .flatMap((t) => rowsOf(t, englishByField));

export const glossaries: ReadonlyMap<Locale, Glossary> = new Map(
  await Promise.all(
    allTexts
      .filter((t) => t.locale !== 'en-XA')
      .map(
        async (t) =>
          [
            t.locale,
            (await import(`../texts/${t.locale}/glossary.ts`)).glossary as Glossary,
          ] as const,
      ),
  ),
);

/** A planted defect: the real rows with one field's text replaced. */
export interface Plant {
  readonly locale: Locale;
  readonly id: string;
  readonly path: string;
  readonly text: string;
  /** A fix step's actor, when the plant moves the step to another actor. */
  readonly by?: Actor;
  /** The defect kind it stands for, for the test's name. */
  readonly defect: string;
}

/** The real rows with `plant` applied; throws if the field does not exist (a stale fixture). */
export function planted(all: readonly Row[], plant: Plant): Row[] {
  let hit = false;
  const out = all.map((r) => {
    const same = r.locale === plant.locale && r.id === plant.id && r.path === plant.path;
    if (!same && !(plant.locale === 'en' && r.id === plant.id && r.path === plant.path)) return r;
    hit ||= same;
    // An English plant is the English of every locale's same field too.
    if (!same) return { ...r, english: plant.text };
    return {
      ...r,
      text: plant.text,
      english: plant.locale === 'en' ? plant.text : r.english,
      ...(plant.by ? { by: plant.by } : {}),
    };
  });
  if (!hit) throw new Error(`no field ${where(plant)} to plant into`);
  return out;
}
