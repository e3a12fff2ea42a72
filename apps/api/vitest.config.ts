import { defineTestConfig } from '@org/repo-tools/vitest';

export default defineTestConfig({
  test: {
    // Socket and child-process tests bind ports and spawn servers: keep files apart.
    fileParallelism: false,
  },
});
