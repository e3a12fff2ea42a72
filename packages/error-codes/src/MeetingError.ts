import type { ErrorEntry } from './catalog.js';
import { type NormalizedError, normalizeError } from './normalizeError.js';
import type { ErrorSeverity } from './types.js';

export interface MeetingErrorOptions {
  /** Overrides the message (by default the catalog's, or the one received for unknown codes). */
  readonly message?: string;
  readonly cause?: unknown;
}

/** The JSON form of a MeetingError: what `JSON.stringify(error)` writes. */
export interface MeetingErrorJSON {
  readonly name: 'MeetingError';
  readonly code: number | string | undefined;
  readonly errorName: string;
  readonly message: string;
  readonly known: boolean;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  readonly category: string | undefined;
}

/**
 * An Error for code that throws or logs meeting errors. Built from anything
 * `normalizeError` accepts, so `new MeetingError(sdkEvent)` keeps the SDK's code
 * even when the catalog does not know it.
 */
export class MeetingError extends Error {
  override readonly name = 'MeetingError' as const;
  /** The catalog code, or the code as received when unknown. */
  readonly code: number | string | undefined;
  /** The wire name ('INVALID_API_KEY'), or 'UNKNOWN_ERROR'. */
  readonly errorName: string;
  readonly known: boolean;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  /**
   * The catalog entry, when the code is known. Not enumerable: loggers that copy
   * an error's own properties (pino's standard serializer tags nested error-like
   * objects) must not walk into the shared, frozen catalog entry.
   */
  declare readonly entry: ErrorEntry | undefined;

  constructor(payload: unknown, options?: MeetingErrorOptions) {
    const normalized: NormalizedError = normalizeError(payload);
    // Plain JS callers may pass null or junk as options: read only what is there.
    const opts: MeetingErrorOptions =
      typeof options === 'object' && options !== null ? options : {};
    super(
      typeof opts.message === 'string' ? opts.message : normalized.message,
      'cause' in opts ? { cause: opts.cause } : undefined,
    );
    this.code = normalized.code;
    this.errorName = normalized.name;
    this.known = normalized.known;
    this.severity = normalized.severity;
    this.retryable = normalized.retryable;
    Object.defineProperty(this, 'entry', { value: normalized.entry, enumerable: false });
  }

  toJSON(): MeetingErrorJSON {
    return {
      name: this.name,
      code: this.code,
      errorName: this.errorName,
      message: this.message,
      known: this.known,
      severity: this.severity,
      retryable: this.retryable,
      category: this.entry?.category,
    };
  }
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
