/**
 * Bundle cost and lookup speed of each platform entry point, each beside its floor
 * measured in the same run: (a) the whole table, minified + gzip, against the gzip
 * of its minimal JSON; (b) `ErrorCodes` alone against the gzip of its name→code
 * JSON; (c) findError against a bare Map.get over the same keys; and the bytes of
 * an app bundle that imports only one platform.
 */

import { bundle, gzipSize } from '../scripts/bundle.js';
import * as flutter1 from '../src/flutter-1/index.js';
import * as flutter3 from '../src/flutter-3/index.js';
import * as ios from '../src/ios/index.js';
import type { PlatformId } from '../src/lines/registry.generated.js';
import * as reactNative from '../src/react-native/index.js';
import * as web from '../src/web/index.js';

interface Platform {
  readonly catalog: readonly { code: number; name: string }[];
  readonly ErrorCodes: object;
  readonly findError: (input: unknown) => unknown;
}

// Every line's entry point, as an app imports it; the registry's `satisfies` keeps it complete.
const entryPoints = {
  web,
  'react-native': reactNative,
  ios,
  'flutter-1': flutter1,
  'flutter-3': flutter3,
} satisfies Record<PlatformId, Platform>;

function opsPerSecond(keys: readonly unknown[], fn: (k: unknown) => unknown): number {
  const rounds = 7;
  const perRound = 2_000_000;
  const results: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) if (fn(keys[i % keys.length]) !== undefined) sink++;
    results.push((perRound / Number(process.hrtime.bigint() - start)) * 1e9);
  }
  // A live sink, so the loop cannot be optimized away.
  if (sink < 0) console.log(sink);
  results.sort((a, b) => a - b);
  return results[Math.floor(rounds / 2)] ?? 0;
}

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
const rows: Record<string, string>[] = [];

for (const [id, p] of Object.entries(entryPoints) as [PlatformId, Platform][]) {
  const spec = `@org/error-codes/${id}`;
  const jsonFloor = gzipSize(JSON.stringify(p.catalog));
  const codesFloor = gzipSize(JSON.stringify(p.ErrorCodes));
  const table = gzipSize(await bundle(`import { catalog } from '${spec}'; console.log(catalog);`));
  const codes = gzipSize(
    await bundle(`import { ErrorCodes } from '${spec}'; console.log(ErrorCodes);`),
  );
  const app = gzipSize(
    await bundle(
      `import { ErrorCodes, findError, normalizeError } from '${spec}'; console.log(ErrorCodes, findError, normalizeError);`,
    ),
  );
  const keys: unknown[] = p.catalog.flatMap((e) => [e.code, String(e.code), e.name, 9999, 'NOPE']);
  const map = new Map<unknown, unknown>(
    p.catalog.flatMap((e) => [
      [e.code, e],
      [String(e.code), e],
      [e.name, e],
    ]),
  );
  // Interleave to share the machine's noise between both sides.
  opsPerSecond(keys, (k) => map.get(k));
  opsPerSecond(keys, p.findError);
  const mapOps = opsPerSecond(keys, (k) => map.get(k));
  const findOps = opsPerSecond(keys, p.findError);
  rows.push(
    {
      platform: id,
      measure: 'catalog min+gz ÷ gzip of minimal JSON',
      value: `${kb(table)} / ${kb(jsonFloor)}`,
      ratio: (table / jsonFloor).toFixed(2),
      goal: '≤ 1.15',
    },
    {
      platform: id,
      measure: 'ErrorCodes min+gz ÷ gzip of name→code JSON',
      value: `${kb(codes)} / ${kb(codesFloor)}`,
      ratio: (codes / codesFloor).toFixed(2),
      goal: '≤ 1.15',
    },
    {
      platform: id,
      measure: 'findError ops/s ÷ Map.get ops/s',
      value: `${Math.round(findOps).toLocaleString('en')} / ${Math.round(mapOps).toLocaleString('en')}`,
      ratio: (findOps / mapOps).toFixed(2),
      goal: '≥ 0.7',
    },
    {
      platform: id,
      measure: `app bundle importing only /${id} (ErrorCodes, findError, normalizeError), min+gz`,
      value: kb(app),
      ratio: '',
      goal: '',
    },
  );
}
console.table(rows);
