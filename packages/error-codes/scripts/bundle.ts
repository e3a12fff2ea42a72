/**
 * Bundles a snippet that imports the built package, as an app's bundler would
 * (esbuild, minified, tree-shaken), for the size bench and the isolation test.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { platformIds } from '../src/lines/registry.generated.js';

const dist = (entry: string) => new URL(`../dist/${entry}`, import.meta.url).pathname;

export async function bundle(source: string): Promise<string> {
  const out = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    alias: {
      ...Object.fromEntries(
        platformIds.map((id) => [`@org/error-codes/${id}`, dist(`${id}/index.js`)]),
      ),
      '@org/error-codes': dist('index.js'),
    },
  });
  return out.outputFiles[0]?.text ?? '';
}

export const gzipSize = (text: string) => gzipSync(text, { level: 9 }).length;
