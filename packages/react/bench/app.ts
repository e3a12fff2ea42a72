/**
 * What a web app pays, built by Vite from the real packages: a small React app
 * that shows one SDK error in the visitor's language. Four apps in one run:
 * - `bare`: the same React app without our packages (React's own cost, subtracted);
 * - `previous`: the design before platform entries, whose provider loaded through
 *   `loadMessages` (one table of every platform's and locale's modules);
 * - `full`: `texts={webTexts}` (every text), `user`: `texts={webUserTexts}` (the
 *   end-user slice, all that `<ErrorMessage>` shows);
 * - `ios`, `ios-user`: the same app on the iOS line (`@org/error-codes/ios` and
 *   `texts` of `@org/error-codes-i18n/ios` or `/ios/user`): what an app on another
 *   line pays, against the web app in the same run.
 * Prints the chunks each emits, the main chunk (ours = main − bare) and the German
 * locale chunk, gzip level 9, with ratios against `previous`.
 */
import { buildApp, type Chunk } from './viteApp.js';

const render = (provider: string) => `
createRoot(document.getElementById('root') as HTMLElement).render(
  <Suspense fallback={null}>
    ${provider}
      <ErrorMessage error={{ code: 3017, message: 'Permission denied' }} showUserSteps />
    </ErrorCodesProvider>
  </Suspense>,
);
`;
const imports = `import * as web from '@org/error-codes/web';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
`;

const apps: Record<string, Record<string, string>> = {
  bare: {
    'main.tsx': `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root') as HTMLElement).render(<div role="alert">Something went wrong</div>);
`,
  },
  // The platform table alone (the app's own import of @org/error-codes/web).
  table: {
    'main.tsx': `import { normalizeError } from '@org/error-codes/web';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root') as HTMLElement).render(<div role="alert">{normalizeError(3017).name}</div>);
`,
  },
  previous: {
    'main.tsx': `${imports}import { clearLoadFailures, getLoadedMessages, loadMessages, type MessageSource, resolveLocale } from '@org/error-codes-i18n';
// The provider of the previous design read its texts through loadMessages, whose
// table imports every platform's and locale's module.
const everyPlatform: MessageSource<'web'> = {
  platform: 'web', slice: 'full', locales: [], resolve: resolveLocale,
  load: (l) => loadMessages('web', l),
  state: (l) => { const m = getLoadedMessages('web', l); return m ? { status: 'loaded', messages: m } : { status: 'idle' }; },
  clearFailures: () => clearLoadFailures('web'),
};
${render('<ErrorCodesProvider platform={web} texts={everyPlatform} locale={navigator.languages}>')}`,
  },
  full: {
    'main.tsx': `${imports}import { texts as webTexts } from '@org/error-codes-i18n/web';
${render('<ErrorCodesProvider platform={web} texts={webTexts} locale={navigator.languages}>')}`,
  },
  user: {
    'main.tsx': `${imports}import { texts as webUserTexts } from '@org/error-codes-i18n/web/user';
${render('<ErrorCodesProvider platform={web} texts={webUserTexts} locale={navigator.languages}>')}`,
  },
  ios: {
    'main.tsx': `${imports.replace("import * as web from '@org/error-codes/web'", "import * as ios from '@org/error-codes/ios'")}import { texts as iosTexts } from '@org/error-codes-i18n/ios';
${render('<ErrorCodesProvider platform={ios} texts={iosTexts} locale={navigator.languages}>')}`,
  },
  'ios-user': {
    'main.tsx': `${imports.replace("import * as web from '@org/error-codes/web'", "import * as ios from '@org/error-codes/ios'")}import { texts as iosUserTexts } from '@org/error-codes-i18n/ios/user';
${render('<ErrorCodesProvider platform={ios} texts={iosUserTexts} locale={navigator.languages}>')}`,
  },
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const built: Record<string, Chunk[]> = {};
for (const [name, files] of Object.entries(apps)) built[name] = await buildApp(name, files);

const main = (name: string) => built[name]?.find((c) => c.isEntry)?.gzip ?? 0;
// The German chunk of the app's line: named <line>-de(-user)-[hash].js now; de-[hash].js
// before, where other lines' de chunks had the same name (the bigger one is the web table).
const german = (name: string) =>
  (built[name] ?? [])
    .filter((c) => /\/(web-|ios-)?de(-user)?-[\w-]{6,}\.js$/.test(c.fileName))
    .sort((a, b) => b.gzip - a.gzip)[0]?.gzip ?? 0;
const bare = main('bare');
const ratio = (n: number, base: number) => (base ? (n / base).toFixed(2) : '–');

const compared = ['previous', 'full', 'user', 'ios', 'ios-user'];
for (const name of compared) {
  const chunks = (built[name] ?? [])
    .filter((c) => !c.isEntry)
    .map((c) => c.fileName.replace(/^assets\//, ''));
  const sizes = (built[name] ?? []).filter((c) => !c.isEntry).map((c) => c.gzip);
  console.log(
    `${name}: ${chunks.length} lazy chunks, ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))} gzip each: ${chunks.join(' ')}`,
  );
}
const prev = { ours: main('previous') - bare, de: german('previous') };
console.table(
  compared.map((name) => {
    const ours = main(name) - bare;
    const de = german(name);
    return {
      app: name,
      'main chunk (gzip)': kb(main(name)),
      'ours in main (main − bare React)': kb(ours),
      'ours ratio': ratio(ours, prev.ours),
      'de locale chunk (gzip)': kb(de),
      'de ratio': ratio(de, prev.de),
      'ours + de': kb(ours + de),
      'lazy chunks': (built[name] ?? []).filter((c) => !c.isEntry).length,
    };
  }),
);
console.log(`bare React app main chunk: ${kb(bare)} (${bare} B)`);
console.log(
  `of ours in main, the web table (@org/error-codes/web, the app's own import): ${kb(main('table') - bare)}`,
);
