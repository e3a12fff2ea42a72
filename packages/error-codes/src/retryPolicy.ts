/**
 * When and how often an app may repeat a retryable call by itself. Only entries
 * with `retryable: true` carry one; every other entry's `retry` is `null`.
 */
export interface RetryPolicy {
  /** How long to wait, in milliseconds, before the first repeat. */
  readonly afterMs: number;
  /** `exponential`: each later wait is twice the one before it. `none`: every wait is `afterMs`. */
  readonly backoff: 'exponential' | 'none';
  /** How many repeats at most (the first call not counted); then the app reports the error. */
  readonly maxAttempts: number;
}

/**
 * The policy of every retryable entry whose SDK words give no delay: a failed round
 * trip to the meeting server, or a state that passes within a moment ("try again in a
 * moment"). Waits 1 s, 2 s, 4 s: about 7 s in all before the app gives up and shows
 * the error.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  afterMs: 1000,
  backoff: 'exponential',
  maxAttempts: 3,
});

/**
 * The policy where the SDK says "try again after few seconds" (4018–4020: the previous
 * recording, RTMP or HLS session is still being processed). Read as: first wait 3 s,
 * then 6 s and 12 s; after three repeats (21 s) the app reports the error.
 */
export const FEW_SECONDS_RETRY_POLICY: RetryPolicy = Object.freeze({
  afterMs: 3000,
  backoff: 'exponential',
  maxAttempts: 3,
});

/**
 * The waits before each repeat, in milliseconds (`[1000, 2000, 4000]` for the default).
 * Junk (a non-object, negative or non-finite numbers, an unknown backoff) gives `[]`.
 */
export function retryDelays(policy: RetryPolicy | null | undefined): number[] {
  if (typeof policy !== 'object' || policy === null) return [];
  const { afterMs, backoff, maxAttempts } = policy;
  if (!Number.isFinite(afterMs) || afterMs < 0) return [];
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 0 || maxAttempts > 100) return [];
  if (backoff !== 'exponential' && backoff !== 'none') return [];
  return Array.from({ length: maxAttempts }, (_, i) =>
    backoff === 'exponential' ? afterMs * 2 ** i : afterMs,
  );
}
