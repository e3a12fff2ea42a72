import type { PlatformId } from '@org/error-codes';
import { loaders } from './loaders.generated.js';
import { createMessageSource, type MessageSource } from './messageSource.js';
import type { PlatformMessages } from './types.js';

// Every platform and locale, the pseudo-locale too: for servers and tools (the API,
// the docs build, the CLI). A browser app imports its platform's texts instead
// (`@org/error-codes-i18n/web`), so its bundler sees no other platform's modules.
// Made on first use, so a bundle that never calls loadMessages (a React app that
// imports only localizeEntry from here) drops the table and emits none of its chunks.
let made: { readonly [P in PlatformId]: MessageSource<P> } | undefined;
const sources = () =>
  (made ??= {
    web: createMessageSource('web', 'full', loaders.web),
    flutter: createMessageSource('flutter', 'full', loaders.flutter),
  });
const isPlatform = (p: unknown): p is PlatformId => p === 'web' || p === 'flutter';

/**
 * Loads one platform's messages in one locale on demand. The locale is negotiated
 * first (`'de-AT'` loads `de`; junk loads `en`), so it never rejects for a bad tag;
 * an unknown platform rejects with a TypeError naming the known ones. A failed
 * load is tried three times in all (250 ms, then 1 s apart), then rejects with a
 * `MessagesLoadError` and keeps failing without a request until `clearLoadFailures`.
 */
export async function loadMessages<P extends PlatformId>(
  platform: P,
  requested: unknown,
): Promise<PlatformMessages<P>> {
  if (!isPlatform(platform)) {
    throw new TypeError(
      `Unknown platform ${String(platform).slice(0, 40)}: use 'web' or 'flutter'`,
    );
  }
  return (sources()[platform] as MessageSource<P>).load(requested);
}

/** A platform's messages already loaded by `loadMessages`, for synchronous renders. */
export function getLoadedMessages<P extends PlatformId>(
  platform: P,
  requested: unknown,
): PlatformMessages<P> | undefined {
  if (!isPlatform(platform)) return undefined;
  const state = (sources()[platform] as MessageSource<P>).state(requested);
  return state.status === 'loaded' ? state.messages : undefined;
}

/** Forgets the failures `loadMessages` keeps (of one platform, or all), so the next call tries again. */
export function clearLoadFailures(platform?: PlatformId): void {
  const all = sources();
  for (const id of Object.keys(all) as PlatformId[]) {
    if (platform === undefined || platform === id) all[id].clearFailures();
  }
}
