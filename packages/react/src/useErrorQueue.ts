import { useState, useSyncExternalStore } from 'react';
import { useErrorCodesFor } from './ErrorCodesProvider.js';
import { createErrorQueue, type ErrorQueueOptions, type QueuedError } from './errorQueue.js';

export interface ErrorQueue {
  /** Oldest first. */
  readonly items: readonly QueuedError[];
  /** Adds an error (or bumps a recent one with the same code); returns the item's id. Never throws. */
  readonly push: (error: unknown) => number;
  readonly dismiss: (id: number) => void;
  readonly clear: () => void;
}

/**
 * A queue of SDK error events for a toast area: `push` from the SDK's error
 * handler, render `items`, `dismiss` one, `clear` all. The same code within
 * `windowMs` shows once with a `count`; at most `max` items are kept. The
 * functions are stable (safe in effect dependencies). Codes are read with the
 * provider's platform. Options are read on the first render; invalid ones throw a
 * RangeError.
 */
export function useErrorQueue(options?: ErrorQueueOptions): ErrorQueue {
  const { platform } = useErrorCodesFor('useErrorQueue');
  const [store] = useState(() => createErrorQueue(platform.normalizeError, options));
  const items = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { items, push: store.push, dismiss: store.dismiss, clear: store.clear };
}
