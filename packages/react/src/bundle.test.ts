// @vitest-environment node
/**
 * A web-only app built by Vite from the built packages, as bench/app.ts builds it:
 * the lean-bundle promise checked by file names (never by a stopwatch).
 */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../bench/viteApp.js';

const app = (entry: string, name: string) => `import * as web from '@org/error-codes/web';
import { ${name} } from '@org/error-codes-i18n/${entry}';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root') as HTMLElement).render(
  <Suspense fallback={null}>
    <ErrorCodesProvider platform={web} texts={${name}} locale={navigator.languages}>
      <ErrorMessage error={3017} />
    </ErrorCodesProvider>
  </Suspense>,
);
`;
const locales = ['ar', 'de', 'en', 'es', 'fr', 'hi', 'ja', 'pt-BR', 'zh-CN'];

describe('a web app built by Vite', () => {
  it.each([
    ['web', 'webTexts', ''],
    ['web/user', 'webUserTexts', '-user'],
  ])(
    'with %s emits the nine web locale chunks, named for the platform, and nothing else',
    async (entry, name, suffix) => {
      const chunks = await buildApp(`test-react${process.env.EXPECTED_REACT_MAJOR}-${name}`, {
        'main.tsx': app(entry, name),
      });
      const lazy = chunks.filter((c) => !c.isEntry).map((c) => c.fileName.replace(/^assets\//, ''));
      expect(lazy.map((f) => f.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual(
        locales.map((l) => `web-${l}${suffix}`).sort(),
      );
      expect(lazy.join(' ')).not.toMatch(/flutter|en-XA/);
      const main = chunks.find((c) => c.isEntry);
      expect(main?.raw).toBeGreaterThan(0);
    },
    120_000,
  );
});
