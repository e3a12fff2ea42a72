import type { PlatformId } from './lines/registry.generated.js';
import type { LineInfo } from './lines/types.js';
import type { RetryPolicy } from './retryPolicy.js';
import type { categories, features, severities, sources } from './vocabulary.js';

export type { PlatformId, RetryPolicy };

/** What kind of problem a code reports. The package README lists what falls in each. */
export type ErrorCategory = (typeof categories)[number];

/** `client`: raised on the device by the SDK (3xxx). `server`: sent by the meeting server (4xxx, 5xxx). */
export type ErrorSource = (typeof sources)[number];

/**
 * `fatal`: the participant is out of the meeting (or never got in).
 * `error`: an action or a service failed; the meeting goes on.
 * `warning`: the SDK recovered or a planned limit ended a service; nothing to fix.
 */
export type ErrorSeverity = (typeof severities)[number];

/** The meeting service a code concerns, where there is one. */
export type ErrorFeature = (typeof features)[number];

/** The shape every catalog entry has; each platform's `ErrorEntry` narrows it to its real codes. */
export interface ErrorEntryShape {
  readonly code: number;
  /** The wire name, exactly as the platform's SDK spells it (typos included). */
  readonly name: string;
  /** The text that arrives with the error; `null` where no wire text is known. */
  readonly message: string | null;
  readonly platform: PlatformId;
  /** Shared by the entries of every platform that mean the same thing: texts and docs are keyed by it. */
  readonly meaning: string;
  /** Other spellings of `name` that VideoSDK's SDKs or docs use; lookups accept them. */
  readonly aliases: readonly string[];
  readonly category: ErrorCategory;
  readonly source: ErrorSource;
  readonly severity: ErrorSeverity;
  /**
   * `true`: the same call can succeed if the app repeats it unchanged after a short
   * wait: nothing needs fixing first, and an app may repeat it by itself as `retry`
   * says. `false`: repeating it unchanged fails again until someone changes something
   * (a permission, a device, a setting, the app's code, an account or a limit), or it
   * is not a call to repeat (the SDK recovered by itself). An end-user text that says
   * "then try again" after such a change does not make an entry retryable.
   */
  readonly retryable: boolean;
  /**
   * How long to wait and how often to repeat, for a retryable entry: the SDK's own
   * words where they give a delay (4018–4020), else `DEFAULT_RETRY_POLICY`. `null`
   * exactly when `retryable` is `false`.
   */
  readonly retry: RetryPolicy | null;
  readonly feature: ErrorFeature | null;
  /** The SDK's own doc comment for the code (web: the typings' `Errors` enum); `null` where it has none. */
  readonly sdkDescription: string | null;
  /**
   * Web only: the first js-sdk version, of those the generator read, whose table
   * holds the code. An app on an older js-sdk never receives it.
   */
  readonly since?: string;
}

/** A line whose table the catalog holds: its SDK, versions, completeness and entry point. */
export type PlatformInfo = LineInfo<PlatformId>;
