/**
 * Builds a small web app with Vite from the real, built packages, as an app
 * developer would: the app's own source files under node_modules/.bench-apps/<name>
 * (so `react` and the `@org/*` packages resolve as in an app), the React package
 * from its dist. Returns every emitted JS chunk with its text, raw and gzip size.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const pkg = fileURLToPath(new URL('..', import.meta.url));

export interface Chunk {
  readonly fileName: string;
  readonly isEntry: boolean;
  /** The chunk as emitted, to check what data it holds. */
  readonly code: string;
  readonly raw: number;
  readonly gzip: number;
}

/** `files` maps file names (e.g. `main.tsx`) to their source; `main.tsx` is the entry. */
export async function buildApp(name: string, files: Record<string, string>): Promise<Chunk[]> {
  const root = `${pkg}node_modules/.bench-apps/${name}/`;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    `${root}index.html`,
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(`${root}${file}`, text);
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@org/error-codes-react': `${pkg}dist/index.js` } },
    build: { outDir: `${root}dist`, emptyOutDir: true, write: true, manifest: false },
  });
  const results = Array.isArray(output) ? output : [output];
  const chunks: Chunk[] = [];
  for (const result of results) {
    if (!('output' in result)) continue;
    for (const item of result.output) {
      if (item.type !== 'chunk') continue;
      const bytes = readFileSync(`${root}dist/${item.fileName}`);
      chunks.push({
        fileName: item.fileName,
        isEntry: item.isEntry,
        code: bytes.toString('utf8'),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      });
    }
  }
  return chunks.sort((a, b) => a.fileName.localeCompare(b.fileName));
}
