import { FIXED_SEED, fastCheckSeed } from '@org/tsconfig/vitest/seed.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('the fast-check seed of a test run', () => {
  it('is in place in every test file, from the run', () => {
    expect(fc.readConfigureGlobal().seed).toBe(Number(process.env.FC_SEED));
  });

  it('is fixed unless a run asks for another', () => {
    expect(fastCheckSeed(undefined)).toEqual({ value: FIXED_SEED, random: false });
    expect(fastCheckSeed('')).toEqual({ value: FIXED_SEED, random: false });
    expect(fastCheckSeed('1234')).toEqual({ value: 1234, random: false });
    for (const junk of ['abc', '1.5', '1e400', '__proto__']) {
      expect(fastCheckSeed(junk)).toEqual({ value: FIXED_SEED, random: false });
    }
    const drawn = fastCheckSeed('random');
    expect(drawn.random).toBe(true);
    expect(Number.isSafeInteger(drawn.value)).toBe(true);
  });
});
