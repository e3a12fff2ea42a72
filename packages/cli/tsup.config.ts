import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The programmatic API: `run` for tests and tools that embed the CLI.
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    // The CommonJS build reads its package.json through `import.meta.url` too.
    shims: true,
    external: ['@org/error-codes', '@org/error-codes-i18n'],
  },
  {
    // The bin: ESM only, with its shebang.
    entry: ['src/cli.ts'],
    format: ['esm'],
    target: 'es2022',
    external: ['@org/error-codes', '@org/error-codes-i18n'],
  },
]);
