import { defineTestConfig } from '@org/tsconfig/vitest/config.js';

export default defineTestConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    // The e2e suite drives one browser; running files one at a time keeps the 2 cores free.
    fileParallelism: false,
    // Concurrent tests (the axe runs) go two at a time, one per core.
    maxConcurrency: 2,
  },
});
