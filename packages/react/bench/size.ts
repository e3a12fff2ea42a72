/**
 * The package's own min+gzip size (React and the workspace packages external)
 * beside the 2 KB goal, and, for information, with @org/error-codes and
 * @org/error-codes-i18n bundled in (locale modules stay out: they load on demand).
 */
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const GOAL = 2048;
const entry = new URL('../dist/index.js', import.meta.url).pathname;
const react = ['react', 'react-dom', 'react/jsx-runtime'];

// loadMessages' `import('./locales/xx.js')` calls are left as imports, as an app's bundler splits them.
const localesExternal: Plugin = {
  name: 'locales-external',
  setup(b) {
    b.onResolve({ filter: /\/locales\/(\w+\/)?[\w-]+\.js$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

async function minGzip(external: string[]): Promise<number> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    plugins: [localesExternal],
    logLevel: 'error',
  });
  return gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

const own = await minGzip([...react, '@org/*']);
const withCore = await minGzip(react);
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB (${n} B)`;
console.table([
  {
    measure: '@org/error-codes-react min+gz',
    value: kb(own),
    goal: kb(GOAL),
    ratio: (own / GOAL).toFixed(3),
  },
  {
    measure: '+ i18n (no locales; the platform table is the app’s own import)',
    value: kb(withCore),
    goal: 'info',
    ratio: (withCore / GOAL).toFixed(3),
  },
]);
