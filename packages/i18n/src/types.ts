import type {
  ErrorCategory,
  ErrorFeature,
  ErrorSeverity,
  ErrorSource,
  LineSurface,
  MeaningId,
  MeaningIdOf,
  PlatformId,
  platformIds,
  platformTables,
} from '@org/error-codes';
import type { Actor } from './actors.js';
import type { Audience } from './audiences.js';
import type { Locale } from './localeList.js';

export type { Actor, Audience, Locale };

/** One step of a fix, and who takes it. */
export interface FixStep {
  readonly by: Actor;
  readonly text: string;
}

/**
 * End-user words that differ on one surface: in a browser (web) or in an app on a
 * phone, tablet or desktop (React Native, iOS, Flutter).
 */
export interface SurfaceVariant {
  readonly userTitle?: string;
  readonly userMessage?: string;
  readonly fixes?: readonly FixStep[];
  /**
   * Why it happens on this surface, where the meaning's own causes speak of the other
   * one (an app has no browser). Developer words, but resolved with the rest of the
   * surface's words by `endUserTexts`'s sibling `causesOn`.
   */
  readonly causes?: readonly string[];
}

/**
 * End-user words for a reader without the host's powers (a participant or a viewer),
 * where the meaning's own words tell the reader to do what only a host can (start a
 * broadcast again). Applied over the surface's words.
 */
export interface AudienceVariant {
  readonly userTitle?: string;
  readonly userMessage?: string;
  /** The reader's own steps: they replace the steps `by: 'user'`; every other actor's step stays. */
  readonly userSteps?: readonly string[];
}

/** Every text of one meaning in one locale. ICU MessageFormat strings. */
export interface MeaningTexts {
  /** A short heading for developers and support: a few words. */
  readonly title: string;
  /** A short heading safe to show an end user: plain words, no jargon. */
  readonly userTitle: string;
  /** A faithful rendering of what the SDK says, for developers and support. */
  readonly description: string;
  /** Plain words safe to show an end user: no internal field names, no blame, what to do next. */
  readonly userMessage: string;
  /** Why this happens: 1–3 short sentences. */
  readonly causes: readonly string[];
  /** What to do, in order: 1–4 steps, each naming who acts. */
  readonly fixes: readonly FixStep[];
  /** End-user words per surface (a line's `surface`), where a browser and an app need different words. */
  readonly variants?: { readonly [S in LineSurface]?: SurfaceVariant };
  /** End-user words for a participant or a viewer, where the host's words assume powers they lack. */
  readonly audiences?: { readonly [A in Exclude<Audience, 'host'>]?: AudienceVariant };
}

/** The names of the catalog's vocabularies in one locale. */
export interface Labels {
  readonly categories: Readonly<Record<ErrorCategory, string>>;
  readonly severities: Readonly<Record<ErrorSeverity, string>>;
  readonly sources: Readonly<Record<ErrorSource, string>>;
  readonly features: Readonly<Record<ErrorFeature, string>>;
  readonly platforms: Readonly<Record<PlatformId, string>>;
  readonly actors: Readonly<Record<Actor, string>>;
  /**
   * The locale's plain words for the app's own support team ("this app’s support
   * team", de "den Support dieser App"): what `{supportContact}` says in end-user
   * texts when the app gives no contact of its own. Written to read in every
   * sentence of the locale that takes `{supportContact}` (de: accusative after "an").
   */
  readonly supportTeam: string;
}

/** What a locale says whatever the platform: the texts of an unknown code (they take `{code}`) and the labels. */
export interface CommonTexts {
  readonly locale: Locale;
  readonly unknown: Omit<MeaningTexts, 'variants' | 'audiences'>;
  readonly labels: Labels;
}

/** The texts of a set of meanings. The mapped type makes a missing or extra meaning fail to compile. */
export type TextsOf<M extends string> = { readonly [K in M]: MeaningTexts };

type EntryOf<P extends PlatformId> = (typeof platformTables)[P][number];

/** The category of a meaning: its entry's on the first line, in registry order, that has it. */
export type CategoryOf<
  M extends MeaningId,
  Lines extends readonly PlatformId[] = typeof platformIds,
> = Lines extends readonly [infer P extends PlatformId, ...infer Rest extends readonly PlatformId[]]
  ? [Extract<EntryOf<P>, { readonly meaning: M }>] extends [never]
    ? CategoryOf<M, Rest>
    : Extract<EntryOf<P>, { readonly meaning: M }>['category']
  : never;

/** The meanings of one category, across every line. */
export type MeaningIdIn<C extends ErrorCategory> = {
  [M in MeaningId]: CategoryOf<M> extends C ? M : never;
}[MeaningId];

/** One category's texts in one locale (src/texts/<locale>/<category>.ts): every meaning of it, once. */
export type CategoryTexts<C extends ErrorCategory> = TextsOf<MeaningIdIn<C>>;

/**
 * The texts of one line's meanings. Given several lines, the texts of any one of
 * them (so every line's messages are a `PlatformMessages`), not of them all.
 */
export type LineTexts<P extends PlatformId> = P extends PlatformId
  ? TextsOf<MeaningIdOf<P>>
  : never;

/** Everything one platform's app needs in one locale. */
export interface PlatformMessages<P extends PlatformId = PlatformId> extends CommonTexts {
  readonly platform: P;
  readonly meanings: LineTexts<P>;
}

/** ICU argument values. `supportContact` defaults to the locale's `labels.supportTeam`; `code` is set for unknown codes. */
export type MessageValues = Readonly<Record<string, string | number>>;
