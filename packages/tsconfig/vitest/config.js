// @ts-check
/**
 * The one vitest configuration every workspace extends: budgets, reporters, the
 * type tests and the fast-check seed. A workspace's own `vitest.config.ts` adds only
 * what is its own (which files, an environment, projects). Plain JavaScript because
 * vitest loads a config's workspace imports with Node itself, untranspiled.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import { fastCheckSeed } from './seed.js';

const seed = fastCheckSeed(process.env.FC_SEED);
if (seed.random) {
  console.log(`fast-check seed ${seed.value} (repeat this run with FC_SEED=${seed.value})`);
}

export const sharedConfig = defineConfig({
  test: {
    // Budgets are for hangs, never a stopwatch: two cores are shared by every
    // package's tests and whatever else the machine runs, so a test that takes 30 s
    // there must still pass with room to spare.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    typecheck: { include: ['src/**/*.test-d.{ts,tsx}'] },
    setupFiles: [fileURLToPath(new URL('./fastCheckSetup.ts', import.meta.url))],
    env: { FC_SEED: String(seed.value) },
    reporters: ['default', ['json', { outputFile: '.vitest-result.json' }]],
  },
});

/**
 * The shared configuration with a workspace's own settings on top.
 * @param {import('vitest/config').ViteUserConfig} [own]
 * @returns {import('vitest/config').ViteUserConfig}
 */
export function defineTestConfig(own = {}) {
  return mergeConfig(sharedConfig, own);
}
