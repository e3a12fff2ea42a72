import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainedBy, meanings, oftenExplainedBy, platformIds, platformTables } from './index.js';

const links = Object.entries(explainedBy) as [string, readonly string[]][];

describe('often explained by', () => {
  it('links existing meanings only, never a meaning to itself, each target once', () => {
    const known = meanings();
    for (const [from, targets] of links) {
      expect(known.has(from), from).toBe(true);
      expect(targets.length, from).toBeGreaterThan(0);
      expect(new Set(targets).size, from).toBe(targets.length);
      for (const t of targets) {
        expect(known.has(t), `${from} → ${t}`).toBe(true);
        expect(t, from).not.toBe(from);
      }
    }
  });

  it('resolves each link to the same line’s code wherever that line has the target', () => {
    for (const id of platformIds) {
      const table = platformTables[id];
      for (const entry of table) {
        const targets: readonly string[] =
          (explainedBy as Record<string, readonly string[]>)[entry.meaning] ?? [];
        const got = oftenExplainedBy(entry);
        expect(got.every((e) => e.platform === id)).toBe(true);
        const expected = targets.flatMap((t) => table.filter((e) => e.meaning === t));
        expect(got, `${id} ${entry.code}`).toEqual(expected);
      }
    }
  });

  it('holds every link on at least one line that has both ends', () => {
    for (const [from, targets] of links) {
      for (const t of targets) {
        const lines = platformIds.filter(
          (id) =>
            platformTables[id].some((e) => e.meaning === from) &&
            platformTables[id].some((e) => e.meaning === t),
        );
        expect(lines.length, `${from} → ${t}`).toBeGreaterThan(0);
      }
    }
  });

  it('points 4011 to 4018, 4021, 4028, 3035 and 5004 on web', () => {
    const web4011 = platformTables.web.find((e) => e.code === 4011);
    expect(oftenExplainedBy(web4011).map((e) => e.code)).toEqual([4018, 4021, 4028, 3035, 5004]);
    const flutter4011 = platformTables['flutter-1'].find((e) => e.code === 4011);
    // Flutter 1.2.x numbers 3035's meaning 3022.
    expect(oftenExplainedBy(flutter4011).map((e) => e.code)).toEqual([
      4018, 4021, 4028, 3022, 5004,
    ]);
  });

  it('covers the vague meanings: unknown errors, something went wrong, a consumer not created', () => {
    for (const m of ['something-went-wrong', 'unknown-error', 'create-consumer-failed']) {
      expect(Object.hasOwn(explainedBy, m), m).toBe(true);
    }
    const vague = platformIds.flatMap((id) =>
      platformTables[id].filter(
        (e) =>
          /start request failed due to an unknown error/i.test(e.message ?? '') &&
          !/language/i.test(e.message ?? ''),
      ),
    );
    for (const e of vague)
      expect(oftenExplainedBy(e).length, `${e.platform} ${e.code}`).toBeGreaterThan(0);
  });

  it('gives [] for junk and for an entry of another shape, never throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    for (const junk of [
      undefined,
      null,
      4011,
      'start-recording-failed',
      { meaning: 'start-recording-failed' },
      { meaning: 'start-recording-failed', platform: 'android' },
      { meaning: 'start-recording-failed', platform: '__proto__' },
      { meaning: '__proto__', platform: 'web' },
      { meaning: 'unknown-error', platform: 'web' }, // web has no 4000
      hostile,
    ]) {
      expect(oftenExplainedBy(junk)).toEqual([]);
    }
    fc.assert(
      fc.property(fc.anything(), (v) => Array.isArray(oftenExplainedBy(v))),
      { seed: 42 },
    );
  });
});
