/**
 * pnpm links `react-dom-18` to the workspace's React 19 (its peer), and Node's
 * require() inside that CommonJS code ignores Vite's aliases. This sends every
 * CommonJS `react`/`react-dom` request of the React 18 project to the 18 copies,
 * so react-dom 18 renders with React 18.
 */
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const targets: Record<string, string> = {
  react: dirname(require.resolve('react-18/package.json')),
  'react-dom': dirname(require.resolve('react-dom-18/package.json')),
};
const flag = Symbol.for('error-codes-react.react18-resolve');
const loader = Module as unknown as {
  _resolveFilename(request: string, ...rest: unknown[]): string;
  [flag]?: true;
};
if (!loader[flag]) {
  loader[flag] = true;
  const original = loader._resolveFilename;
  loader._resolveFilename = function (request, ...rest) {
    const match = /^(react|react-dom)(\/.*)?$/.exec(request);
    const target = match ? `${targets[match[1] ?? '']}${match[2] ?? ''}` : request;
    return original.call(this, target, ...rest);
  };
}
