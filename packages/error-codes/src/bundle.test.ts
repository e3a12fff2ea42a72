import { describe, expect, it } from 'vitest';
import { bundle } from '../scripts/bundle.js';
import * as flutter from './flutter/index.js';
import * as web from './web/index.js';

// Names one platform has and the other lacks: a bundle of one must hold none of the other's.
// Names are matched as whole string literals: START_TRACK_RECORDING_FAILED holds TRACK_RECORDING_FAILED.
const spellings = (table: readonly { name: string; aliases: readonly string[] }[]) =>
  new Set(table.flatMap((e) => [e.name, ...e.aliases]));
const onlyIn = (
  a: readonly { name: string }[],
  b: readonly { name: string; aliases: readonly string[] }[],
) => a.map((e) => `"${e.name}"`).filter((n) => !spellings(b).has(n.slice(1, -1)));
const webOnly = onlyIn(web.catalog, flutter.catalog);
const flutterOnly = onlyIn(flutter.catalog, web.catalog);

describe('bundle isolation (built package, tree-shaken by esbuild)', () => {
  it('an app that imports only /web holds no Flutter-only data', async () => {
    const code = await bundle(
      "import { catalog, normalizeError } from '@org/error-codes/web'; console.log(catalog, normalizeError);",
    );
    expect(flutterOnly.length).toBeGreaterThan(5);
    for (const name of flutterOnly) expect(code).not.toContain(name);
    expect(code).toContain('"PUBSUB_PUBLISH_FAILED"');
  });

  it('an app that imports only /flutter holds no web-only data', async () => {
    const code = await bundle(
      "import { catalog, normalizeError } from '@org/error-codes/flutter'; console.log(catalog, normalizeError);",
    );
    for (const name of webOnly) expect(code).not.toContain(name);
    expect(code).toContain('"ERROR_CREATING_VIDEO_TRACK"');
  });

  it('ErrorCodes alone carries no table', async () => {
    const code = await bundle(
      "import { ErrorCodes } from '@org/error-codes/web'; console.log(ErrorCodes);",
    );
    expect(code).not.toContain('sdkDescription');
  });
});
