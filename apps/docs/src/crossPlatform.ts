import { meanings, numbers, type PlatformId, platformIds } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import type { SiteData } from './data.js';
import { catalogOf, otherPlatforms } from './platforms.js';
import type { SiteLocale } from './site.js';

/** What a code of one platform has on another: the same number, and the same meaning. */
export interface Counterpart {
  readonly platform: PlatformId;
  /** The other platform's entry for the same number (undefined: it has no such code). */
  readonly sameNumber: LocalizedEntry | undefined;
  /** Whether that number means the same thing there. */
  readonly sameNumberSameMeaning: boolean;
  /** The other platform's entry for the same meaning, when its number differs. */
  readonly sameMeaningElsewhere: LocalizedEntry | undefined;
}

const own = <T>(record: object, key: string): T | undefined =>
  Object.hasOwn(record, key) ? (record as Record<string, T>)[key] : undefined;

/** The code's meaning on each other platform, read off the core's `numbers` and `meanings`. */
export function counterparts(
  entry: LocalizedEntry,
  data: SiteData,
  locale: SiteLocale,
): Counterpart[] {
  const code = Number(entry.code);
  return otherPlatforms(entry.platform).map((platform) => {
    const sameNumber = data.entry(platform, code, locale);
    const meaningCode = entry.meaning
      ? own<Partial<Record<PlatformId, number>>>(meanings, entry.meaning)?.[platform]
      : undefined;
    const sameNumberSameMeaning = sameNumber !== undefined && sameNumber.meaning === entry.meaning;
    return {
      platform,
      sameNumber,
      sameNumberSameMeaning,
      sameMeaningElsewhere:
        meaningCode !== undefined && meaningCode !== code
          ? data.entry(platform, meaningCode, locale)
          : undefined,
    };
  });
}

/** One number, with its entry on each platform that has it. */
export interface NumberRow {
  readonly code: number;
  readonly entries: Readonly<Partial<Record<PlatformId, LocalizedEntry>>>;
}

/** Every number whose meaning differs between platforms (the core's `clash` flag), by number. */
export function clashingNumbers(data: SiteData, locale: SiteLocale): NumberRow[] {
  return Object.entries(numbers)
    .filter(([, n]) => n.clash)
    .map(([code]) => ({
      code: Number(code),
      entries: byPlatform((p) => data.entry(p, Number(code), locale)),
    }));
}

/** One meaning whose code differs between the platforms that have it. */
export interface MeaningRow {
  readonly meaning: string;
  readonly entries: Readonly<Partial<Record<PlatformId, LocalizedEntry>>>;
}

/** Every meaning that more than one platform has under different numbers, in id order. */
export function movedMeanings(data: SiteData, locale: SiteLocale): MeaningRow[] {
  return Object.entries(meanings)
    .filter(([, codes]) => {
      const distinct = new Set(Object.values(codes as Record<string, number>));
      return Object.keys(codes).length > 1 && distinct.size > 1;
    })
    .map(([meaning, codes]) => ({
      meaning,
      entries: byPlatform((p) => {
        const code = own<number>(codes, p);
        return code === undefined ? undefined : data.entry(p, code, locale);
      }),
    }));
}

/** Every entry, of every platform, that has other spellings of its wire name. */
export function aliasedEntries(data: SiteData, locale: SiteLocale): LocalizedEntry[] {
  return platformIds.flatMap((p) => data.entries(p, locale).filter((e) => e.aliases.length > 0));
}

/** How many codes each platform has, and how many of its meanings the others lack. */
export function platformCounts(): { platform: PlatformId; codes: number; only: number }[] {
  return platformIds.map((platform) => {
    const table = catalogOf(platform);
    const only = table.filter((e) => {
      const codes = own<Partial<Record<PlatformId, number>>>(meanings, e.meaning) ?? {};
      return Object.keys(codes).every((p) => p === platform);
    }).length;
    return { platform, codes: table.length, only };
  });
}

/** How many meanings more than one platform has. */
export function sharedMeaningCount(): number {
  return Object.values(meanings).filter((codes) => Object.keys(codes).length > 1).length;
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
