export type { ErrorCode, ErrorEntry, ErrorEntryOf, ErrorName } from './catalog.js';
export { catalog } from './catalog.js';
export { DEFAULT_DOCS_BASE_URL, docsPath, docsUrl } from './docsPath.js';
export { ErrorCodes } from './errorCodes.generated.js';
export { findError, getError, isErrorCode } from './findError.js';
export type { MeetingErrorJSON, MeetingErrorOptions } from './MeetingError.js';
export { isMeetingError, MeetingError } from './MeetingError.js';
export type { KnownError, NormalizedError, UnknownError } from './normalizeError.js';
export { normalizeError, UNKNOWN_ERROR_NAME } from './normalizeError.js';
export type { Platform } from './platform.js';
export { platform } from './platform.js';
export type {
  ErrorCategory,
  ErrorEntryShape,
  ErrorFeature,
  ErrorSeverity,
  ErrorSource,
} from './types.js';
export { categories, features, severities, sources } from './vocabulary.js';
