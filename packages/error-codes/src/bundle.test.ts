import { describe, expect, it } from 'vitest';
import { bundle } from '../scripts/bundle.js';
import { platformIds, platformTables } from './index.js';

// Names a line has that no other line spells: a bundle of one line must hold none of
// the others'. Names are matched as whole string literals: START_TRACK_RECORDING_FAILED
// holds TRACK_RECORDING_FAILED.
type Named = { readonly name: string; readonly aliases: readonly string[] };
const spellings = (table: readonly Named[]) =>
  new Set(table.flatMap((e) => [e.name, ...e.aliases]));
const onlyIn = (id: (typeof platformIds)[number]) => {
  const elsewhere = spellings(
    platformIds.filter((o) => o !== id).flatMap((o) => [...platformTables[o]]),
  );
  return platformTables[id].map((e) => e.name).filter((n) => !elsewhere.has(n));
};

describe('bundle isolation (built package, tree-shaken by esbuild)', () => {
  it.each(platformIds)('an app that imports only /%s holds no other line’s data', async (id) => {
    const code = await bundle(
      `import { catalog, normalizeError } from '@org/error-codes/${id}'; console.log(catalog, normalizeError);`,
    );
    for (const other of platformIds.filter((o) => o !== id)) {
      for (const name of onlyIn(other)) expect(code, `${other} ${name}`).not.toContain(`"${name}"`);
    }
    expect(code).toContain(`"${platformTables[id][0]?.name}"`);
  });

  it('some lines do have names of their own, so the check above bites', () => {
    expect(onlyIn('flutter-1').length).toBeGreaterThan(5);
    expect(onlyIn('ios')).toEqual(expect.arrayContaining(['CHARACTER_JOIN_FAILED']));
  });

  it('ErrorCodes alone carries no table', async () => {
    const code = await bundle(
      "import { ErrorCodes } from '@org/error-codes/web'; console.log(ErrorCodes);",
    );
    expect(code).not.toContain('sdkDescription');
    // Nor the line registry: `platform` is read through a call the bundler may drop.
    expect(code).not.toContain('swift-package');
  });

  it('a data-free helper from the root carries no registry and no table', async () => {
    const code = await bundle(
      "import { docsPath } from '@org/error-codes'; console.log(docsPath);",
    );
    expect(code).not.toContain('swift-package');
    expect(code).not.toContain('sdkDescription');
  });
});
