import type { ErrorSeverity, NormalizedError } from '@org/error-codes';

export interface ErrorQueueOptions {
  /**
   * The same code pushed again within this many milliseconds of its last push
   * bumps `count` on the shown item instead of adding one. Default 5000.
   */
  readonly windowMs?: number;
  /**
   * At most this many items; beyond it the oldest item of the lowest severity
   * goes, so a burst of warnings never pushes out a fatal error. Default 5.
   */
  readonly max?: number;
}

/** One error in the queue; render it with `<ErrorMessage error={item.error} />`. */
export interface QueuedError {
  /** Stable for the item's life: use it as the React key and to dismiss. */
  readonly id: number;
  /** What was pushed last for this item (an SDK event, a code, …). */
  readonly error: unknown;
  /** The catalog code, or the code as received when unknown. */
  readonly code: number | string | undefined;
  readonly severity: ErrorSeverity;
  /** How many pushes this item stands for. */
  readonly count: number;
  /** `Date.now()` of the first and of the last push. */
  readonly firstAt: number;
  readonly lastAt: number;
}

export interface ErrorQueueStore {
  getSnapshot(): readonly QueuedError[];
  subscribe(listener: () => void): () => void;
  push(error: unknown): number;
  dismiss(id: number): void;
  clear(): void;
}

const rank: Record<ErrorSeverity, number> = { warning: 0, error: 1, fatal: 2 };

function option(value: unknown, fallback: number, min: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= min) || value === Number.POSITIVE_INFINITY) {
    throw new RangeError(
      `useErrorQueue: ${name} must be a finite number ≥ ${min}, got ${String(value)}`,
    );
  }
  return value;
}

/**
 * The framework-free store behind `useErrorQueue`. `normalizeError` is the
 * line's (`@org/error-codes/react-native`, `/web`, `/ios`…): it reads each pushed error.
 */
export function createErrorQueue(
  normalizeError: (payload: unknown) => NormalizedError,
  options: ErrorQueueOptions = {},
): ErrorQueueStore {
  const windowMs = option(options.windowMs, 5000, 0, 'windowMs');
  const max = Math.floor(option(options.max, 5, 1, 'max'));
  let items: readonly QueuedError[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const set = (next: readonly QueuedError[]) => {
    items = next;
    for (const listener of listeners) listener();
  };

  return {
    getSnapshot: () => items,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push(error) {
      const n = normalizeError(error);
      // Normalized, a known code dedupes whatever its spelling (4001, '4001', 'INVALID_API_KEY').
      const key = String(n.code);
      const now = Date.now();
      const seen = items.find((item) => String(item.code) === key && now - item.lastAt <= windowMs);
      if (seen) {
        set(
          items.map((item) =>
            item === seen ? { ...item, error, count: item.count + 1, lastAt: now } : item,
          ),
        );
        return seen.id;
      }
      const id = nextId++;
      let next = [
        ...items,
        { id, error, code: n.code, severity: n.severity, count: 1, firstAt: now, lastAt: now },
      ];
      while (next.length > max) {
        const victim = next.reduce((low, item) =>
          rank[item.severity] < rank[low.severity] ? item : low,
        );
        next = next.filter((item) => item !== victim);
      }
      set(next);
      return id;
    },
    dismiss(id) {
      if (items.some((item) => item.id === id)) set(items.filter((item) => item.id !== id));
    },
    clear() {
      if (items.length) set([]);
    },
  };
}
