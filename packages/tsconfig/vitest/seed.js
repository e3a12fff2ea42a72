// @ts-check
/** The seed every property test runs with: `pnpm test` pins it, `pnpm test:fuzz` draws one. */
export const FIXED_SEED = 42;

/**
 * `FC_SEED` read: `random` draws a seed, an integer is taken as is, anything else is the fixed seed.
 * @param {string | undefined} raw
 * @returns {{ value: number, random: boolean }}
 */
export function fastCheckSeed(raw) {
  if (raw === 'random') return { value: Math.floor(Math.random() * 2 ** 31), random: true };
  const given = Number(raw);
  return raw && Number.isSafeInteger(given)
    ? { value: given, random: false }
    : { value: FIXED_SEED, random: false };
}
