import {
  isPlatformId,
  type NormalizedError,
  type NormalizeOptions,
  type PlatformId,
  type PlatformInfo,
} from '@org/error-codes';
import type { MessageSource, MessageValues, PlatformMessages } from '@org/error-codes-i18n';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { readMessages } from './readMessages.js';

/**
 * The SDK line the app runs: the module of its entry point of `@org/error-codes`
 * (`import * as rn from '@org/error-codes/react-native'`; also `/web`, `/ios`,
 * `/flutter-1`, `/flutter-3`). Passing the module, not a name, keeps every other
 * line's table out of the app's bundle.
 */
export interface ErrorCodesPlatform {
  readonly platform: PlatformInfo;
  normalizeError(payload: unknown, options?: NormalizeOptions): NormalizedError;
}

interface ProviderBaseProps {
  /** Which SDK line's meanings every hook and component shows. Required: one number means different things on each. */
  readonly platform: ErrorCodesPlatform;
  /**
   * The locale to show: a BCP 47 tag (`'de-AT'` → `de`), an Accept-Language
   * header, or a list such as `navigator.languages`. Negotiated by
   * `@org/error-codes-i18n`; anything it cannot match shows English.
   */
  readonly locale?: string | readonly string[] | undefined;
  /**
   * App-wide ICU arguments, such as `{ supportContact: 'help@acme.io' }`. Without a
   * `supportContact`, end-user texts name the app's support team in the shown locale
   * (never VideoSDK). A nested provider inherits its parent's values and overrides
   * the keys it sets.
   */
  readonly values?: MessageValues | undefined;
  /**
   * Where your copy of the docs site is served (`https://errors.example.com`): each
   * known error then gets `docUrl`, its page for the provider's line, in the shown
   * locale. Without it (or with anything but an absolute http(s) address) only
   * `docPath` is given: the site has no public home to link to. A nested provider
   * inherits its parent's.
   */
  readonly docsBaseUrl?: string | undefined;
  readonly children?: ReactNode;
}

interface LazyTextsProps {
  /**
   * The line's texts, loaded one locale at a time: `texts` of
   * `@org/error-codes-i18n/<line>` (every text; `/react-native`, `/ios`, …), or of
   * `@org/error-codes-i18n/<line>/user` (only what an end user sees: a third of the
   * size). Only that line's locale modules reach the app's bundle.
   */
  readonly texts: MessageSource;
  /**
   * Preloaded messages of the same line (server rendering, prerendering, a static
   * import): the tree renders synchronously with them and `texts` is not used.
   */
  readonly messages?: PlatformMessages | undefined;
}

interface PreloadedProps {
  readonly texts?: undefined;
  readonly messages: PlatformMessages;
}

/** `texts` to load the locale on demand, `messages` to render with preloaded ones, or both. */
export type ErrorCodesProviderProps = ProviderBaseProps & (LazyTextsProps | PreloadedProps);

/** What the provider gives its tree. */
export interface ErrorCodesState {
  readonly platform: ErrorCodesPlatform;
  readonly messages: PlatformMessages;
  readonly values: MessageValues | undefined;
  readonly docsBaseUrl: string | undefined;
}

const ErrorCodesContext = createContext<ErrorCodesState | null>(null);

function platformIdOf(platform: ErrorCodesPlatform | undefined): PlatformId {
  let id: unknown;
  try {
    id = platform?.platform?.id;
  } catch {
    // A getter that throws is no line module.
  }
  if (!isPlatformId(id) || typeof platform?.normalizeError !== 'function') {
    throw new TypeError(
      'ErrorCodesProvider: `platform` must be the module of a line of @org/error-codes, imported whole (`import * as line`): @org/error-codes/react-native, /web, /ios, /flutter-1 or /flutter-3',
    );
  }
  return id;
}

function textsOf(texts: MessageSource | undefined, id: PlatformId): MessageSource {
  if (!texts || typeof texts.state !== 'function' || typeof texts.load !== 'function') {
    throw new TypeError(
      `ErrorCodesProvider: give \`texts\` (of @org/error-codes-i18n/${id}) or preloaded \`messages\` of the ${id} line`,
    );
  }
  if (texts.platform !== id) {
    throw new TypeError(
      `ErrorCodesProvider: \`texts\` hold the ${String(texts.platform).slice(0, 40)} texts but \`platform\` is ${id}: take \`texts\` of @org/error-codes-i18n/${id}`,
    );
  }
  return texts;
}

/**
 * Provides one platform's messages in one locale to `useErrorMessage`,
 * `<ErrorMessage>` and `useErrorQueue`. With `texts` it loads the locale and
 * suspends meanwhile: wrap it in `<Suspense>` (so the first text the user sees is
 * already in their language) and in an error boundary (a locale that cannot be
 * loaded, after the retries of `@org/error-codes-i18n`, is thrown there, once).
 */
export function ErrorCodesProvider({
  platform,
  locale,
  messages,
  texts,
  values,
  docsBaseUrl,
  children,
}: ErrorCodesProviderProps) {
  const id = platformIdOf(platform);
  // Junk or another platform's `messages` (plain JS callers) are ignored, not trusted.
  // Development only: bundlers replace NODE_ENV and drop the warning from production
  // builds; where no bundler defines `process` (a plain ESM page), it is read only on
  // a mismatch, and guarded.
  if (
    messages?.meanings &&
    messages.platform !== id &&
    typeof process !== 'undefined' &&
    process.env.NODE_ENV !== 'production'
  ) {
    warnOtherPlatform(id, messages.platform);
  }
  const active =
    messages?.meanings && messages.platform === id
      ? messages
      : readMessages(textsOf(texts, id), locale);
  // A nested provider (one message in another locale) keeps the app's values, such
  // as its own supportContact, unless it sets its own: outer values, inner win.
  const parent = useContext(ErrorCodesContext);
  const outer = parent?.values;
  const merged = useMemo(
    () => (outer && values ? { ...outer, ...values } : (values ?? outer)),
    [outer, values],
  );
  const docs = typeof docsBaseUrl === 'string' ? docsBaseUrl : parent?.docsBaseUrl;
  const state = useMemo(
    () => ({ platform, messages: active, values: merged, docsBaseUrl: docs }),
    [platform, active, merged, docs],
  );
  return <ErrorCodesContext.Provider value={state}>{children}</ErrorCodesContext.Provider>;
}

/** The provider's platform, messages and values. Outside a provider it throws: no platform is picked silently. */
export function useErrorCodes(): ErrorCodesState {
  return useErrorCodesFor('useErrorCodes');
}

/** `useErrorCodes` for a hook or component of this package: outside a provider, the error names `api`. */
export function useErrorCodesFor(api: string): ErrorCodesState {
  const state = useContext(ErrorCodesContext);
  if (!state) {
    throw new Error(
      `${api} must be used inside <ErrorCodesProvider platform={…}>: no platform is picked silently`,
    );
  }
  return state;
}

const warned = new Set<string>();

/** Warns once per pair of platforms, in development only (bundlers drop it from production builds). */
function warnOtherPlatform(own: PlatformId, theirs: unknown): void {
  const key = `${own}/${String(theirs)}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `ErrorCodesProvider: \`messages\` hold the ${String(theirs).slice(0, 40)} texts but \`platform\` is ${own}; they are ignored. Pass ${own} messages (@org/error-codes-i18n/locales/${own}/…).`,
  );
}
