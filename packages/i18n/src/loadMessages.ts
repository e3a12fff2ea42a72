import type { PlatformId } from '@org/error-codes';
import { loaders } from './loaders.generated.js';
import { createMessageSource, type MessageSource } from './messageSource.js';
import { isLine, lineIdList } from './surface.js';
import type { PlatformMessages } from './types.js';

// Every line and locale, the pseudo-locale too: for servers and tools (the API,
// the docs build, the CLI). An app imports its line's texts instead
// (`@org/error-codes-i18n/ios`), so its bundler sees no other line's modules.
// Made on first use, so a bundle that never calls loadMessages (a React app that
// imports only localizeEntry from here) drops the table and emits none of its chunks.
let made: { readonly [P in PlatformId]: MessageSource<P> } | undefined;
const sources = () =>
  (made ??= Object.fromEntries(
    lineIdList.map((p) => [p, createMessageSource(p, 'full', loaders[p])]),
  ) as { readonly [P in PlatformId]: MessageSource<P> });

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
  if (!isLine(platform)) {
    throw new TypeError(
      `Unknown platform ${safeString(platform).slice(0, 40)}: use one of ${lineIdList.map((p) => `'${p}'`).join(', ')}`,
    );
  }
  return (sources()[platform] as MessageSource<P>).load(requested);
}

/** A platform's messages already loaded by `loadMessages`, for synchronous renders. */
export function getLoadedMessages<P extends PlatformId>(
  platform: P,
  requested: unknown,
): PlatformMessages<P> | undefined {
  if (!isLine(platform)) return undefined;
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

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}
