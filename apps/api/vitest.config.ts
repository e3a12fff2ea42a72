import { defineTestConfig } from '@org/tsconfig/vitest/config.js';

export default defineTestConfig({
  test: {
    // Socket and child-process tests bind ports and spawn servers: keep files apart.
    fileParallelism: false,
  },
});
