import { platformIds } from '@org/error-codes';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { locales, pseudoLocale } from './src/locales.js';

const localeEntries = platformIds.flatMap((p) =>
  [...locales, pseudoLocale].map((l) => `src/locales/${p}/${l}.ts`),
);

// Locale modules are entries of their own; the index reaches them only through
// loadMessages' dynamic imports, which must stay imports of those files (never
// inlined), with the extension of the format being built.
const externalLocales: Plugin = {
  name: 'external-locales',
  setup(build) {
    const ext = build.initialOptions.outExtension?.['.js'] ?? '.js';
    build.onResolve({ filter: /^\.\/locales\/\w+\/[\w-]+\.js$/ }, (args) =>
      args.importer.endsWith('loaders.generated.ts')
        ? { path: args.path.replace(/\.js$/, ext), external: true }
        : undefined,
    );
  },
};

export default defineConfig({
  entry: ['src/index.ts', ...localeEntries],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: false,
  external: ['@org/error-codes'],
  esbuildPlugins: [externalLocales],
  // Keep non-Latin text as UTF-8 rather than \u escapes: a third smaller for ja, hi, ar.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
