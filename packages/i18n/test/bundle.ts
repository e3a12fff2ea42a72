import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The output files of an esbuild bundle of `contents`, by path, resolved from
 * this package as an app would resolve it (its exports map, the built dist), with
 * code splitting so lazily loaded locales land in chunks of their own.
 */
export async function bundle(contents: string): Promise<Map<string, string>> {
  const out = await build({
    stdin: { contents, resolveDir: pkgDir, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    splitting: true,
    charset: 'utf8',
    outdir: '/virtual',
    chunkNames: '[name]-[hash]',
    nodePaths: [`${pkgDir}/node_modules`],
  });
  return new Map(out.outputFiles.map((f) => [f.path, f.text]));
}
