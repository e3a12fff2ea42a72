import type { ErrorEntryShape, ErrorSeverity, PlatformId } from './types.js';

/** The `name` a normalized error carries when its code is not in the platform's table. */
export const UNKNOWN_ERROR_NAME = 'UNKNOWN_ERROR';

/** A code the platform's table knows. `message` is the wire text; `receivedMessage` is what came. */
export interface KnownError<E extends ErrorEntryShape = ErrorEntryShape> {
  readonly known: true;
  readonly platform: E['platform'];
  readonly code: E['code'];
  readonly name: E['name'];
  readonly meaning: E['meaning'];
  /** The table's wire text; where the table has none, the text received, else the SDK's description. */
  readonly message: string;
  readonly receivedMessage: string | undefined;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  readonly entry: E;
}

/**
 * A code the platform's table does not know (a newer SDK, a typo, junk). `code`
 * and `message` are kept as they came when they were a number or a string.
 */
export interface UnknownError<P extends PlatformId = PlatformId> {
  readonly known: false;
  readonly platform: P;
  readonly code: number | string | undefined;
  readonly name: typeof UNKNOWN_ERROR_NAME;
  readonly meaning: undefined;
  readonly message: string;
  readonly receivedMessage: string | undefined;
  readonly severity: 'error';
  readonly retryable: false;
  readonly entry: undefined;
}

export type NormalizedError<E extends ErrorEntryShape = ErrorEntryShape> =
  | KnownError<E>
  | UnknownError<E['platform']>;

/**
 * One Map keyed by every accepted spelling of a code: the number, its decimal
 * string, the wire name and each alias. A Map, not an object, so '__proto__' or
 * 'constructor' can never hit a prototype.
 */
export function buildIndex<E extends ErrorEntryShape>(entries: readonly E[]): Map<unknown, E> {
  const index = new Map<unknown, E>();
  for (const entry of entries) {
    index.set(entry.code, entry);
    index.set(String(entry.code), entry);
    index.set(entry.name, entry);
    for (const alias of entry.aliases) index.set(alias, entry);
  }
  return index;
}

/** `normalizeError` over one platform's index. */
export function normalizeWith<E extends ErrorEntryShape>(
  platform: E['platform'],
  index: ReadonlyMap<unknown, E>,
  payload: unknown,
): NormalizedError<E> {
  const { code, message } = readPayload(payload);
  const entry = index.get(code);
  if (entry) {
    return {
      known: true,
      platform,
      code: entry.code,
      name: entry.name,
      meaning: entry.meaning,
      message: entry.message ?? message ?? entry.sdkDescription ?? entry.name,
      receivedMessage: message,
      severity: entry.severity,
      retryable: entry.retryable,
      entry,
    };
  }
  return {
    known: false,
    platform,
    code: typeof code === 'number' || typeof code === 'string' ? code : undefined,
    name: UNKNOWN_ERROR_NAME,
    meaning: undefined,
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
