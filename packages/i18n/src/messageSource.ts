import type { PlatformId } from '@org/error-codes';
import { defaultLocale } from './localeList.js';
import { resolveLocale } from './resolveLocale.js';
import type { Locale, PlatformMessages } from './types.js';

/**
 * The waits before the second and third attempt of a failed load. Three attempts
 * in all: a lost packet or a deploy in progress gets a second chance, a chunk that
 * is gone (404 after a redeploy) or a device that is offline costs three requests,
 * never a loop.
 */
export const loadRetryDelays: readonly number[] = [250, 1000];

/** `full`: every text (developers and end users). `user`: only what an end user sees. */
export type TextsSlice = 'full' | 'user';

/** Where one locale's load stands. A failure is kept until `clearFailures`. */
export type LoadState<P extends PlatformId = PlatformId> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly promise: Promise<PlatformMessages<P>> }
  | { readonly status: 'loaded'; readonly messages: PlatformMessages<P> }
  | { readonly status: 'failed'; readonly error: MessagesLoadError };

/** A locale's texts could not be loaded, after every attempt. `cause` is the last attempt's error. */
export class MessagesLoadError extends Error {
  override readonly name = 'MessagesLoadError';
  readonly platform: PlatformId;
  readonly locale: Locale;
  readonly attempts: number;

  constructor(platform: PlatformId, locale: Locale, attempts: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Could not load the ${platform} error texts in ${locale} after ${attempts} attempts (${reason.slice(0, 200)}). Call clearFailures() on the texts, or reset the error boundary that shows this, to try again.`,
      { cause },
    );
    this.platform = platform;
    this.locale = locale;
    this.attempts = attempts;
  }
}

/**
 * One line's texts, one locale module per language, loaded on demand: what
 * `@org/error-codes-i18n/<line>` and `/<line>/user` (`/ios`, `/ios/user`, …) export
 * and `<ErrorCodesProvider texts={…}>` takes. Each locale loads once; concurrent
 * reads share one load; a failed load is retried (see `loadRetryDelays`), then its
 * failure is kept, so every later read fails at once without a request until
 * `clearFailures()`.
 */
export interface MessageSource<P extends PlatformId = PlatformId> {
  readonly platform: P;
  readonly slice: TextsSlice;
  /** The locales it can load (the pseudo-locale is an explicit import of its own). */
  readonly locales: readonly Locale[];
  /** The locale a request negotiates to (`'de-AT'` → `de`; junk or a locale it lacks → `en`). */
  resolve(requested: unknown): Locale;
  /** The texts in the negotiated locale. Rejects with a `MessagesLoadError` once every attempt failed. */
  load(requested: unknown): Promise<PlatformMessages<P>>;
  /** Where the negotiated locale's load stands, synchronously (for a render). */
  state(requested: unknown): LoadState<P>;
  /** Forgets kept failures (of one requested locale, or all), so the next `load` tries again. */
  clearFailures(requested?: unknown): void;
}

/** One literal import() per locale module, so a bundler splits each into its own chunk. */
export type LocaleLoaders<P extends PlatformId> = {
  readonly [L in Locale]?: () => Promise<{ readonly messages: PlatformMessages<P> }>;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A `MessageSource` over generated loaders. `delays` is the retry policy (tests shorten it). */
export function createMessageSource<P extends PlatformId>(
  platform: P,
  slice: TextsSlice,
  loaders: LocaleLoaders<P>,
  delays: readonly number[] = loadRetryDelays,
): MessageSource<P> {
  const states = new Map<Locale, LoadState<P>>();
  const available = (Object.keys(loaders) as Locale[]).filter((l) => loaders[l]);
  const idle: LoadState<P> = { status: 'idle' };

  const resolve = (requested: unknown): Locale => {
    const locale = resolveLocale(requested);
    return loaders[locale] ? locale : defaultLocale;
  };

  async function fetchWithRetries(locale: Locale): Promise<PlatformMessages<P>> {
    const load = loaders[locale] as NonNullable<LocaleLoaders<P>[Locale]>;
    let last: unknown;
    for (let attempt = 0; attempt <= delays.length; attempt++) {
      if (attempt > 0) await wait(delays[attempt - 1] ?? 0);
      try {
        const { messages } = await load();
        if (messages?.platform !== platform || !messages.meanings) {
          throw new TypeError(`the module holds no ${platform} texts`);
        }
        return messages;
      } catch (error) {
        last = error;
      }
    }
    throw new MessagesLoadError(platform, locale, delays.length + 1, last);
  }

  return {
    platform,
    slice,
    locales: available,
    resolve,
    state: (requested) => states.get(resolve(requested)) ?? idle,
    load(requested) {
      const locale = resolve(requested);
      const state = states.get(locale);
      if (state?.status === 'loaded') return Promise.resolve(state.messages);
      if (state?.status === 'loading') return state.promise;
      if (state?.status === 'failed') return Promise.reject(state.error);
      const promise = fetchWithRetries(locale).then(
        (messages) => {
          states.set(locale, { status: 'loaded', messages });
          return messages;
        },
        (error: MessagesLoadError) => {
          states.set(locale, { status: 'failed', error });
          throw error;
        },
      );
      // The failure is kept in the state; a caller who drops this promise (a render
      // that suspended on it) must not raise an unhandled rejection.
      promise.catch(() => {});
      states.set(locale, { status: 'loading', promise });
      return promise;
    },
    clearFailures(requested) {
      for (const [locale, state] of states) {
        if (state.status !== 'failed') continue;
        if (requested === undefined || locale === resolve(requested)) states.delete(locale);
      }
    },
  };
}
