import { docsPath, docsUrl } from './docsPath.js';
import type { ErrorEntryShape, ErrorSeverity, PlatformId } from './types.js';

/**
 * The `name` a normalized error carries when its code is not in the line's table.
 * iOS and Flutter 3.x also have a real code of that name (4000, sent by the
 * server); `known` tells the two apart.
 */
export const UNKNOWN_ERROR_NAME = 'UNKNOWN_ERROR';

/** How `normalizeError` links a known code to its docs page. */
export interface NormalizeOptions {
  /** Where the app deployed the docs site (`https://errors.example.com`); gives `docUrl`. */
  readonly docsBaseUrl?: string | undefined;
  /** The docs locale to link to (`'de'`); English by default. */
  readonly locale?: string | undefined;
}

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
  /** The code's page on the docs site, for its own line: `/ios/errors/3008/`. */
  readonly docPath: string;
  /** `docPath` on the deployed docs site, when `docsBaseUrl` was given; like Stripe's `doc_url`. */
  readonly docUrl: string | undefined;
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
  readonly docPath: undefined;
  readonly docUrl: undefined;
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
  options?: NormalizeOptions,
): NormalizedError<E> {
  const { code, message } = readPayload(payload);
  const entry = index.get(code);
  if (entry) {
    const { docsBaseUrl, locale } = readOptions(options);
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
      docPath: docsPath(platform, entry.code, locale),
      docUrl: docsUrl(platform, entry.code, { baseUrl: docsBaseUrl, locale }),
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
    docPath: undefined,
    docUrl: undefined,
    entry: undefined,
  };
}

function readOptions(options: unknown): NormalizeOptions {
  if (typeof options !== 'object' || options === null) return {};
  try {
    const { docsBaseUrl, locale } = options as Record<string, unknown>;
    return {
      docsBaseUrl: typeof docsBaseUrl === 'string' ? docsBaseUrl : undefined,
      // A locale only ever names a folder of the site: a tag, never a path.
      locale:
        typeof locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(locale)
          ? locale
          : undefined,
    };
  } catch {
    return {};
  }
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
