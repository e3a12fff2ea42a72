import type { NormalizedError } from './platformApi.js';
import type { ErrorEntryShape, ErrorSeverity, PlatformId } from './types.js';

export interface MeetingErrorOptions {
  /** Overrides the message (by default the catalog's, or the one received for unknown codes). */
  readonly message?: string;
  readonly cause?: unknown;
}

/** The JSON form of a MeetingError: what `JSON.stringify(error)` writes. */
export interface MeetingErrorJSON {
  readonly name: 'MeetingError';
  readonly platform: PlatformId | undefined;
  readonly code: number | string | undefined;
  readonly errorName: string;
  readonly meaning: string | undefined;
  readonly message: string;
  readonly known: boolean;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  readonly category: string | undefined;
  readonly docUrl: string | undefined;
}

/**
 * An Error for code that throws or logs meeting errors, built from what a
 * platform's `normalizeError` returns, so it always says which platform's table
 * read the code: `throw new MeetingError(normalizeError(event))` with
 * `normalizeError` from the line's entry point (`@org/error-codes/web`, `/ios`, …).
 */
export class MeetingError extends Error {
  override readonly name = 'MeetingError' as const;
  /** The platform whose table read the code; `undefined` only when built from junk by plain JS. */
  readonly platform: PlatformId | undefined;
  /** The catalog code, or the code as received when unknown. */
  readonly code: number | string | undefined;
  /** The wire name ('INVALID_API_KEY'), or 'UNKNOWN_ERROR'. */
  readonly errorName: string;
  /** The meaning id shared across platforms, when the code is known. */
  readonly meaning: string | undefined;
  readonly known: boolean;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  /** The code's page on the docs site, for its own line (`/ios/errors/3008/`); undefined for unknown codes. */
  readonly docPath: string | undefined;
  /** That page on the deployed site, when `normalizeError` was given `docsBaseUrl`. */
  readonly docUrl: string | undefined;
  /**
   * The catalog entry, when the code is known. Not enumerable: loggers that copy
   * an error's own properties (pino's standard serializer tags nested error-like
   * objects) must not walk into the shared, frozen catalog entry.
   */
  declare readonly entry: ErrorEntryShape | undefined;

  constructor(normalized: NormalizedError, options?: MeetingErrorOptions) {
    // Plain JS callers may pass junk for either argument: read only what is there.
    const error = isNormalized(normalized) ? normalized : JUNK;
    const opts: MeetingErrorOptions =
      typeof options === 'object' && options !== null ? options : {};
    super(
      typeof opts.message === 'string' ? opts.message : error.message,
      'cause' in opts ? { cause: opts.cause } : undefined,
    );
    this.platform = error.platform;
    this.code = error.code;
    this.errorName = error.name;
    this.meaning = error.meaning;
    this.known = error.known;
    this.severity = error.severity;
    this.retryable = error.retryable;
    this.docPath = typeof error.docPath === 'string' ? error.docPath : undefined;
    this.docUrl = typeof error.docUrl === 'string' ? error.docUrl : undefined;
    Object.defineProperty(this, 'entry', { value: error.entry, enumerable: false });
  }

  toJSON(): MeetingErrorJSON {
    return {
      name: this.name,
      platform: this.platform,
      code: this.code,
      errorName: this.errorName,
      meaning: this.meaning,
      message: this.message,
      known: this.known,
      severity: this.severity,
      retryable: this.retryable,
      category: this.entry?.category,
      docUrl: this.docUrl,
    };
  }
}

const JUNK = {
  platform: undefined,
  code: undefined,
  name: 'UNKNOWN_ERROR',
  meaning: undefined,
  message: 'Unknown error',
  known: false,
  severity: 'error',
  retryable: false,
  docPath: undefined,
  docUrl: undefined,
  entry: undefined,
} as const;

function isNormalized(value: unknown): value is NormalizedError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as NormalizedError).known === 'boolean' &&
    typeof (value as NormalizedError).message === 'string'
  );
}

/**
 * True for a MeetingError, also one made by another copy of this package (two
 * versions in one app): checked by shape, not only by class.
 */
export function isMeetingError(value: unknown): value is MeetingError {
  if (value instanceof MeetingError) return true;
  if (!(value instanceof Error) || value.name !== 'MeetingError') return false;
  const candidate = value as Partial<MeetingError>;
  return typeof candidate.errorName === 'string' && typeof candidate.known === 'boolean';
}
