import { defineLibrary } from '@org/tsconfig/tsup.js';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { entryDistName, sliceEntries } from './scripts/generate.js';

// `@org/error-codes-i18n/ios` → dist/ios.js, `/ios/user` → dist/ios-user.js. The
// locale modules are no tsup entries: scripts/emit-locales.ts writes each as the
// data it evaluates to (dist/locales/ios-de.js), so it holds its line's meanings
// only, never a whole category file.
const lineEntries = Object.fromEntries(sliceEntries.map((e) => [entryDistName(e), e.file]));

// The index and the line entries reach the locale modules only through dynamic
// imports, which must stay imports of those files (never inlined), at their dist
// names (the line in the name: an app's bundler names its chunk ios-de-[hash].js),
// with the extension of the format being built. Line ids hold digits and dashes
// (`flutter-3`, `react-native`), locale tags letters and dashes (`pt-BR`).
const LOCALE_IMPORT = /^\.\.?\/locales\/([a-z0-9-]+)\/([A-Za-z-]+?)(\.user)?\.js$/;
const externalLocales: Plugin = {
  name: 'external-locales',
  setup(build) {
    const ext = build.initialOptions.outExtension?.['.js'] ?? '.js';
    build.onResolve({ filter: LOCALE_IMPORT }, (args) => {
      if (!args.importer.endsWith('.generated.ts')) return undefined;
      const [, line = '', locale = '', user] = LOCALE_IMPORT.exec(args.path) ?? [];
      return { path: `./locales/${line}-${locale}${user ? '-user' : ''}${ext}`, external: true };
    });
  },
};

export default defineConfig(
  defineLibrary({
    entry: { index: 'src/index.ts', ...lineEntries },
    splitting: false,
    esbuildPlugins: [externalLocales],
    // Keep non-Latin text as UTF-8 rather than \u escapes: a third smaller for ja, hi, ar.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  }),
);
