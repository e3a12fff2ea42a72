import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Socket and child-process tests bind ports and spawn servers: keep files apart.
    fileParallelism: false,
    testTimeout: 20_000,
    reporters: ['default', ['json', { outputFile: '.vitest-result.json' }]],
  },
});
