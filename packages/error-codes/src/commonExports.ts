/** What every entry point shares: data-free helpers, vocabularies and types. */
export { docsPath, docsUrl, localePrefix } from './docsPath.js';
export type { MeetingErrorJSON, MeetingErrorOptions } from './MeetingError.js';
export { isMeetingError, MeetingError } from './MeetingError.js';
export type { RetryPolicy } from './retryPolicy.js';
export { DEFAULT_RETRY_POLICY, FEW_SECONDS_RETRY_POLICY, retryDelays } from './retryPolicy.js';
export type {
  ErrorCategory,
  ErrorEntryShape,
  ErrorFeature,
  ErrorSeverity,
  ErrorSource,
  PlatformId,
  PlatformInfo,
} from './types.js';
export { categories, features, severities, sources } from './vocabulary.js';
