import type {
  ErrorCategory,
  ErrorFeature,
  ErrorSeverity,
  ErrorSource,
  MeaningIdOf,
  meanings,
  PlatformId,
} from '@org/error-codes';
import type { Locale } from './locales.js';

export type { Locale };

/** Who acts on a fix step: the app's developer, the end user, the account owner in VideoSDK's dashboard, or VideoSDK's support. */
export type Actor = 'app' | 'user' | 'dashboard' | 'support';

/** One step of a fix, and who takes it. */
export interface FixStep {
  readonly by: Actor;
  readonly text: string;
}

/** End-user words that differ on one platform (a browser on web; an app on a phone, tablet or desktop on Flutter). */
export interface PlatformVariant {
  readonly userTitle?: string;
  readonly userMessage?: string;
  readonly fixes?: readonly FixStep[];
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
  /** Per-platform end-user words, where one meaning needs different words on each platform. */
  readonly variants?: { readonly [P in PlatformId]?: PlatformVariant };
}

/** The names of the catalog's vocabularies in one locale. */
export interface Labels {
  readonly categories: Readonly<Record<ErrorCategory, string>>;
  readonly severities: Readonly<Record<ErrorSeverity, string>>;
  readonly sources: Readonly<Record<ErrorSource, string>>;
  readonly features: Readonly<Record<ErrorFeature, string>>;
  readonly platforms: Readonly<Record<PlatformId, string>>;
  readonly actors: Readonly<Record<Actor, string>>;
}

/** What a locale says whatever the platform: the texts of an unknown code (they take `{code}`) and the labels. */
export interface CommonTexts {
  readonly locale: Locale;
  readonly unknown: Omit<MeaningTexts, 'variants'>;
  readonly labels: Labels;
}

/** The texts of a set of meanings. The mapped type makes a missing or extra meaning fail to compile. */
export type TextsOf<M extends string> = { readonly [K in M]: MeaningTexts };

/** Meanings both platforms have. */
export type SharedMeaningId = MeaningIdOf<'web'> & MeaningIdOf<'flutter'>;
/** Meanings only the Flutter table has. */
export type FlutterOnlyMeaningId = Exclude<MeaningIdOf<'flutter'>, MeaningIdOf<'web'>>;
type WebOnly = Exclude<MeaningIdOf<'web'>, MeaningIdOf<'flutter'>>;
/** Web-only meanings raised on the device (3xxx). */
export type WebClientMeaningId = {
  [M in WebOnly]: `${(typeof meanings)[M]['web']}` extends `3${string}` ? M : never;
}[WebOnly];
/** Web-only meanings sent by the server (4xxx, 5xxx). */
export type WebServerMeaningId = Exclude<WebOnly, WebClientMeaningId>;

/** Everything one platform's app needs in one locale. */
export interface PlatformMessages<P extends PlatformId = PlatformId> extends CommonTexts {
  readonly platform: P;
  readonly meanings: TextsOf<MeaningIdOf<P>>;
}

/** ICU argument values. `supportContact` has a default; `code` is set for unknown codes. */
export type MessageValues = Readonly<Record<string, string | number>>;
