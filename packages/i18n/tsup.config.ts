import { platformIds } from '@org/error-codes';
import { defineLibrary } from '@org/tsconfig/tsup.js';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { sliceEntries } from './scripts/generate.js';
import { locales, pseudoLocale } from './src/locales.js';

// Each locale module is an entry of its own, named with its platform in dist
// (src/locales/web/de.ts → dist/locales/web-de.js, the end-user slice
// src/locales/web/de.user.ts → dist/locales/web-de-user.js): an app's bundler names
// its chunks after these files, so a chunk says which platform it holds.
const distName = (platform: string, locale: string, user: boolean) =>
  `locales/${platform}-${locale}${user ? '-user' : ''}`;
const localeEntries = Object.fromEntries(
  platformIds.flatMap((p) => [
    ...[...locales, pseudoLocale].map((l) => [distName(p, l, false), `src/locales/${p}/${l}.ts`]),
    ...locales.map((l) => [distName(p, l, true), `src/locales/${p}/${l}.user.ts`]),
  ]),
);
// `@org/error-codes-i18n/web` → dist/web.js, `/web/user` → dist/web-user.js.
const platformEntries = Object.fromEntries(
  sliceEntries.map((e) => [e.subpath.replace('/', '-'), e.file]),
);

// The index and the platform entries reach the locale modules only through dynamic
// imports, which must stay imports of those files (never inlined), at their dist
// names, with the extension of the format being built.
const externalLocales: Plugin = {
  name: 'external-locales',
  setup(build) {
    const ext = build.initialOptions.outExtension?.['.js'] ?? '.js';
    build.onResolve({ filter: /^\.\/locales\/\w+\/[\w-]+(\.user)?\.js$/ }, (args) => {
      if (!args.importer.endsWith('.generated.ts')) return undefined;
      const [, platform = '', locale = '', user] =
        /^\.\/locales\/(\w+)\/([\w-]+?)(\.user)?\.js$/.exec(args.path) ?? [];
      return { path: `./${distName(platform, locale, Boolean(user))}${ext}`, external: true };
    });
  },
};

export default defineConfig(
  defineLibrary({
    entry: { index: 'src/index.ts', ...platformEntries, ...localeEntries },
    splitting: false,
    esbuildPlugins: [externalLocales],
    // Keep non-Latin text as UTF-8 rather than \u escapes: a third smaller for ja, hi, ar.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  }),
);
