import { meanings, numbers, type PlatformId, platformIds, twinsOf } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import type { SiteData } from './data.js';
import { catalogOf, otherPlatforms, platformInfo } from './platforms.js';
import type { SiteLocale } from './site.js';

/** What a code of one line has on another: the same number, and the same meaning (its twin). */
export interface Counterpart {
  readonly platform: PlatformId;
  /** False where that line's table is partial: a number it lacks is unknown there, not absent. */
  readonly complete: boolean;
  /** The other line's entry for the same number (undefined: its table has no such code). */
  readonly sameNumber: LocalizedEntry | undefined;
  /** The same number means another error there. */
  readonly clash: boolean;
  /** The other line's entry with the same meaning (the core's `twinsOf`), whatever its number. */
  readonly twin: LocalizedEntry | undefined;
}

/** The code's number and meaning on each other line, read off the core's `twinsOf`. */
export function counterparts(
  entry: LocalizedEntry,
  data: SiteData,
  locale: SiteLocale,
): Counterpart[] {
  const code = Number(entry.code);
  const twins = new Map<PlatformId, number>();
  for (const twin of twinsOf(entry))
    if (!twins.has(twin.platform)) twins.set(twin.platform, twin.code);
  return otherPlatforms(entry.platform).map((platform) => {
    const sameNumber = data.entry(platform, code, locale);
    const twinCode = twins.get(platform);
    return {
      platform,
      complete: platformInfo(platform).complete,
      sameNumber,
      clash: sameNumber !== undefined && sameNumber.meaning !== entry.meaning,
      twin: twinCode === undefined ? undefined : data.entry(platform, twinCode, locale),
    };
  });
}

/** One number, with its entry on each line that has it. */
export interface NumberRow {
  readonly code: number;
  /** The lines that have it disagree on what it means. */
  readonly clash: boolean;
  readonly entries: Readonly<Partial<Record<PlatformId, LocalizedEntry>>>;
}

/** Every number of every line, in numeric order: what it means on each line (the core's `numbers()`). */
export function numberMatrix(data: SiteData, locale: SiteLocale): NumberRow[] {
  return [...numbers()]
    .sort(([a], [b]) => a - b)
    .map(([code, byLine]) => ({
      code,
      clash: new Set(byLine.values()).size > 1,
      entries: byPlatform((p) => (byLine.has(p) ? data.entry(p, code, locale) : undefined)),
    }));
}

/** One meaning, with its entry on each line that has it. */
export interface MeaningRow {
  readonly meaning: string;
  /** The lines that have it give it different numbers. */
  readonly moved: boolean;
  readonly entries: Readonly<Partial<Record<PlatformId, LocalizedEntry>>>;
}

/**
 * Every meaning of every line: its number on each line (the core's `meanings()`),
 * ordered by its lowest number, then by id.
 */
export function meaningMatrix(data: SiteData, locale: SiteLocale): MeaningRow[] {
  return [...meanings()]
    .map(([meaning, byLine]) => ({ meaning, byLine, first: Math.min(...byLine.values()) }))
    .sort((a, b) => a.first - b.first || (a.meaning < b.meaning ? -1 : 1))
    .map(({ meaning, byLine }) => ({
      meaning,
      moved: new Set(byLine.values()).size > 1,
      entries: byPlatform((p) => {
        const code = byLine.get(p);
        return code === undefined ? undefined : data.entry(p, code, locale);
      }),
    }));
}

/** Every entry, of every line, that has other spellings of its wire name. */
export function aliasedEntries(data: SiteData, locale: SiteLocale): LocalizedEntry[] {
  return platformIds.flatMap((p) => data.entries(p, locale).filter((e) => e.aliases.length > 0));
}

/** How many codes each line has, and how many of its meanings no other line has. */
export function platformCounts(): { platform: PlatformId; codes: number; only: number }[] {
  const byMeaning = meanings();
  return platformIds.map((platform) => {
    const table = catalogOf(platform);
    const only = table.filter((e) => {
      const lines = byMeaning.get(e.meaning);
      return lines !== undefined && [...lines.keys()].every((p) => p === platform);
    }).length;
    return { platform, codes: table.length, only };
  });
}

/** How many meanings more than one line has. */
export function sharedMeaningCount(): number {
  return [...meanings().values()].filter((byLine) => byLine.size > 1).length;
}

function byPlatform(
  get: (platform: PlatformId) => LocalizedEntry | undefined,
): Partial<Record<PlatformId, LocalizedEntry>> {
  const out: Partial<Record<PlatformId, LocalizedEntry>> = {};
  for (const p of platformIds) {
    const e = get(p);
    if (e) out[p] = e;
  }
  return out;
}
