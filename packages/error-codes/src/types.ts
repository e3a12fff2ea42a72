import type { categories, features, severities, sources } from './vocabulary.js';

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

/** The shape every catalog entry has; `ErrorEntry` narrows it to the real codes and names. */
export interface ErrorEntryShape {
  readonly code: number;
  readonly name: string;
  readonly message: string;
  readonly category: ErrorCategory;
  readonly source: ErrorSource;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  readonly feature: ErrorFeature | null;
}
