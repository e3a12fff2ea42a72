import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY_POLICY,
  FEW_SECONDS_RETRY_POLICY,
  platformIds,
  platformTables,
  retryDelays,
} from './index.js';

const all = platformIds.flatMap((id) => [...platformTables[id]]);

describe('retry policies as data', () => {
  it('gives a policy to exactly the retryable entries', () => {
    for (const e of all) {
      expect(e.retry === null, `${e.platform} ${e.code}`).toBe(!e.retryable);
    }
  });

  it('reads "try again after few seconds" (4018–4020) as 3 s, doubling, 3 repeats on every line', () => {
    const fewSeconds = all.filter((e) => /after (a )?few seconds/i.test(e.message ?? ''));
    expect(new Set(fewSeconds.map((e) => e.meaning))).toEqual(
      new Set([
        'prev-recording-processing',
        'prev-rtmp-recording-processing',
        'prev-hls-streaming-processing',
      ]),
    );
    for (const e of all.filter((e) => e.meaning.startsWith('prev-'))) {
      expect(e.retry, `${e.platform} ${e.code}`).toEqual(FEW_SECONDS_RETRY_POLICY);
      expect([4018, 4019, 4020]).toContain(e.code);
    }
    expect(retryDelays(FEW_SECONDS_RETRY_POLICY)).toEqual([3000, 6000, 12000]);
  });

  it('gives every other retryable entry the stated default: 1 s, doubling, 3 repeats', () => {
    for (const e of all) {
      if (e.retryable && !e.meaning.startsWith('prev-')) {
        expect(e.retry, `${e.platform} ${e.code}`).toEqual(DEFAULT_RETRY_POLICY);
      }
    }
    expect(retryDelays(DEFAULT_RETRY_POLICY)).toEqual([1000, 2000, 4000]);
    expect(Object.isFrozen(DEFAULT_RETRY_POLICY)).toBe(true);
  });

  it('keeps one policy per meaning across the lines', () => {
    const byMeaning = new Map<string, string>();
    for (const e of all) {
      const seen = byMeaning.get(e.meaning);
      const mine = JSON.stringify(e.retry);
      if (seen !== undefined) expect(mine, `${e.platform} ${e.code}`).toBe(seen);
      byMeaning.set(e.meaning, mine);
    }
  });

  it('retryDelays keeps the wait flat without backoff, and gives [] for junk', () => {
    expect(retryDelays({ afterMs: 500, backoff: 'none', maxAttempts: 2 })).toEqual([500, 500]);
    expect(retryDelays(null)).toEqual([]);
    expect(retryDelays(undefined)).toEqual([]);
    const junk = [
      { afterMs: -1, backoff: 'none', maxAttempts: 2 },
      { afterMs: Number.NaN, backoff: 'none', maxAttempts: 2 },
      { afterMs: 1, backoff: 'linear', maxAttempts: 2 },
      { afterMs: 1, backoff: 'none', maxAttempts: 1e9 },
      { afterMs: 1, backoff: 'none', maxAttempts: 1.5 },
      JSON.parse('{"__proto__": {"afterMs": 1}}'),
    ];
    for (const j of junk) expect(retryDelays(j as never)).toEqual([]);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const out = retryDelays(value as never);
        return Array.isArray(out) && out.every((n) => Number.isFinite(n) && n >= 0);
      }),
      { seed: 42 },
    );
  });
});
