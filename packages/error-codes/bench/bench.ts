/**
 * Bundle cost and lookup speed of @org/error-codes, each beside its floor measured
 * in the same run: (a) `import { ErrorCodes }` alone and (b) the whole package,
 * minified + gzip, against the gzip of the catalog's minimal JSON; (c) findError
 * against a bare Map.get over the same keys.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { catalog, findError } from '../src/index.js';

const pkgEntry = new URL('../dist/index.js', import.meta.url).pathname;

async function gzipOfBundle(source: string): Promise<number> {
  const out = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    alias: { '@org/error-codes': pkgEntry },
  });
  return gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

const floor = gzipSync(JSON.stringify(catalog), { level: 9 }).length;
const errorCodesOnly = await gzipOfBundle(
  "import { ErrorCodes } from '@org/error-codes'; console.log(ErrorCodes);",
);
const catalogOnly = await gzipOfBundle(
  "import { catalog } from '@org/error-codes'; console.log(catalog);",
);
const everything = await gzipOfBundle("export * from '@org/error-codes';");

// (c) Same keys, same order, for both: numbers, decimal strings and names.
const keys: unknown[] = catalog.flatMap((e) => [e.code, String(e.code), e.name, 9999, 'NOPE']);
const map = new Map<unknown, unknown>(
  catalog.flatMap((e) => [
    [e.code, e],
    [String(e.code), e],
    [e.name, e],
  ]),
);
function opsPerSecond(fn: (k: unknown) => unknown): number {
  const rounds = 7;
  const perRound = 2_000_000;
  const results: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) if (fn(keys[i % keys.length]) !== undefined) sink++;
    const ns = Number(process.hrtime.bigint() - start);
    results.push((perRound / ns) * 1e9);
  }
  if (sink < 0) console.log(sink);
  results.sort((a, b) => a - b);
  return results[Math.floor(rounds / 2)] ?? 0;
}
// Interleave to share the machine's noise between both sides.
opsPerSecond((k) => map.get(k));
opsPerSecond(findError);
const mapOps = opsPerSecond((k) => map.get(k));
const findOps = opsPerSecond(findError);

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
console.table([
  { measure: 'catalog JSON, gzip (floor)', value: kb(floor), ratio: '1.00', goal: '' },
  {
    measure: 'import { ErrorCodes }, min+gz',
    value: kb(errorCodesOnly),
    ratio: (errorCodesOnly / floor).toFixed(2),
    goal: '≤ 1 KB',
  },
  {
    measure: 'import { catalog }, min+gz',
    value: kb(catalogOnly),
    ratio: (catalogOnly / floor).toFixed(2),
    goal: '≤ 1.15× floor',
  },
  {
    measure: 'whole package (every export), min+gz',
    value: kb(everything),
    ratio: (everything / floor).toFixed(2),
    goal: '',
  },
  {
    measure: 'Map.get ops/s (baseline)',
    value: Math.round(mapOps).toLocaleString('en'),
    ratio: '1.00',
    goal: '',
  },
  {
    measure: 'findError ops/s',
    value: Math.round(findOps).toLocaleString('en'),
    ratio: (findOps / mapOps).toFixed(2),
    goal: '≥ 0.7× Map.get',
  },
]);
