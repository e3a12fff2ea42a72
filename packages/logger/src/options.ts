import { isPlatformId, type PlatformId } from '@org/error-codes';
import { type RedactionLimits, type RedactionPolicy, redactionPolicy } from './redactionPolicy.js';

/** Options every function of the package takes; all are optional. */
export interface LoggerOptions extends RedactionLimits {
  /**
   * The SDK line (`'web'`, `'react-native'`, `'ios'`, `'flutter-1'`, `'flutter-3'`: the core's
   * `platformIds`) whose table reads codes that do not say theirs (a `MeetingError` or a
   * normalized error does). Without it, or with an id the core does not know (`'flutter'`,
   * `'__proto__'`), they are logged as received, `error.platform: 'unknown'`.
   */
  readonly platform?: PlatformId | undefined;
  /**
   * Where your copy of the docs site is served (`https://errors.example.com`), for
   * `error.docs_url`. Without it, or with anything but an absolute `http(s)` address,
   * no `error.docs_url` is written.
   */
  readonly docsBaseUrl?: string | undefined;
}

/** Options with defaults applied, the redaction policy compiled once. */
export interface ResolvedOptions extends RedactionPolicy {
  readonly platform: PlatformId | undefined;
  readonly docsBaseUrl: string | undefined;
  /** Docs URLs already built, by catalog entry (at most one per code of each table). */
  readonly docsUrls: WeakMap<object, string>;
}

const resolved = new WeakMap<object, ResolvedOptions>();
export const DEFAULT_OPTIONS: ResolvedOptions = build({});

/** Resolves once per options object: loggers reuse one, so the hot path pays a WeakMap lookup. */
export function resolveOptions(options: LoggerOptions | undefined): ResolvedOptions {
  if (typeof options !== 'object' || options === null) return DEFAULT_OPTIONS;
  let result = resolved.get(options);
  if (!result) {
    result = build(options);
    resolved.set(options, result);
  }
  return result;
}

function build(options: LoggerOptions): ResolvedOptions {
  return {
    ...redactionPolicy(options),
    platform: isPlatformId(options.platform) ? options.platform : undefined,
    docsBaseUrl: typeof options.docsBaseUrl === 'string' ? options.docsBaseUrl : undefined,
    docsUrls: new WeakMap(),
  };
}
