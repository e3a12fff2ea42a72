import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI shares two cores between every package's tests: generous, never a stopwatch.
    testTimeout: 20_000,
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    reporters: ['default', ['json', { outputFile: '.vitest-result.json' }]],
  },
});
