import { defineLibrary } from '@org/tsconfig/tsup.js';
import { defineConfig } from 'tsup';

export default defineConfig([
  defineLibrary({
    // The programmatic API: `run` for tests and tools that embed the CLI.
    entry: ['src/index.ts'],
    // The CommonJS build reads its package.json through `import.meta.url` too.
    shims: true,
  }),
  defineLibrary({
    // The bin: ESM only, with its shebang, and no declarations.
    entry: ['src/cli.ts'],
    format: ['esm'],
    dts: false,
    clean: false,
  }),
]);
