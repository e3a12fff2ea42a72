import type { ErrorCode, ErrorEntry, ErrorName } from './catalog.js';
import { findError } from './findError.js';
import type { ErrorSeverity } from './types.js';

/** The `name` a normalized error carries when its code is not in the catalog. */
export const UNKNOWN_ERROR_NAME = 'UNKNOWN_ERROR';

/** A code the catalog knows. `message` is the catalog's; `receivedMessage` is what came. */
export interface KnownError {
  readonly known: true;
  readonly code: ErrorCode;
  readonly name: ErrorName;
  readonly message: string;
  readonly receivedMessage: string | undefined;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  readonly entry: ErrorEntry;
}

/**
 * A code the catalog does not know (a newer SDK, a typo, junk). `code` and
 * `message` are kept as they came when they were a number or a string.
 */
export interface UnknownError {
  readonly known: false;
  readonly code: number | string | undefined;
  readonly name: typeof UNKNOWN_ERROR_NAME;
  readonly message: string;
  readonly receivedMessage: string | undefined;
  readonly severity: 'error';
  readonly retryable: false;
  readonly entry: undefined;
}

export type NormalizedError = KnownError | UnknownError;

/**
 * Turns what an SDK error event delivers into a known entry or a clearly marked
 * unknown one. Accepts `{ code, message }` (code as number, decimal string or
 * wire name), a bare code or name, an `Error` with a `code`, or anything at all.
 * Never throws: a payload whose getters throw is treated as having no code.
 */
export function normalizeError(payload: unknown): NormalizedError {
  const { code, message } = readPayload(payload);
  const entry = findError(code);
  if (entry) {
    return {
      known: true,
      code: entry.code,
      name: entry.name,
      message: entry.message,
      receivedMessage: message,
      severity: entry.severity,
      retryable: entry.retryable,
      entry,
    };
  }
  return {
    known: false,
    code: typeof code === 'number' || typeof code === 'string' ? code : undefined,
    name: UNKNOWN_ERROR_NAME,
    message: message ?? 'Unknown error',
    receivedMessage: message,
    severity: 'error',
    retryable: false,
    entry: undefined,
  };
}

function readPayload(payload: unknown): { code: unknown; message: string | undefined } {
  if (typeof payload === 'number' || typeof payload === 'string') {
    return { code: payload, message: undefined };
  }
  if (typeof payload !== 'object' || payload === null) {
    return { code: undefined, message: undefined };
  }
  // Each field on its own: a getter that throws for one must not lose the other.
  const message = read(payload, 'message');
  return {
    code: read(payload, 'code'),
    message: typeof message === 'string' ? message : undefined,
  };
}

function read(payload: object, key: 'code' | 'message'): unknown {
  try {
    return (payload as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}
