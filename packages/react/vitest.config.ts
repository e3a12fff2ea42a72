import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineTestConfig } from '@org/tsconfig/vitest/config.js';

const require = createRequire(import.meta.url);
const react18 = dirname(require.resolve('react-18/package.json'));
const reactDom18 = dirname(require.resolve('react-dom-18/package.json'));

export default defineTestConfig({
  test: {
    environment: 'jsdom',
    // The same test files run twice: once on React 19 (the devDependency) and
    // once on React 18, which the workspace holds as `react-18`/`react-dom-18`.
    projects: [
      {
        extends: true,
        test: {
          name: 'react19',
          setupFiles: ['./vitest.setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          env: { EXPECTED_REACT_MAJOR: '19' },
          typecheck: { enabled: true, include: ['src/**/*.test-d.{ts,tsx}'] },
        },
      },
      {
        extends: true,
        resolve: {
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: `${reactDom18}$1` },
            { find: /^react(\/.*)?$/, replacement: `${react18}$1` },
          ],
        },
        test: {
          name: 'react18',
          include: ['src/**/*.test.{ts,tsx}'],
          // Checks of the packed package are React-independent: run once.
          exclude: ['src/package.test.ts'],
          env: { EXPECTED_REACT_MAJOR: '18' },
          // Not on the shared root config: extended arrays concatenate, and the hook must
          // be in place before anything loads react-dom.
          // @testing-library/react loads as CommonJS from node_modules (not through
          // Vite), so the same hook gives it React 18 too; no inlining is needed.
          setupFiles: ['./react18.setup.ts', './vitest.setup.ts'],
        },
      },
    ],
  },
});
