import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONSUMER_CHECKS_DIR,
  genericTypeFiles,
  planFor,
  readCatalogVersions,
} from './packagePlans.js';
import { listPublishablePackages } from './workspace.js';

const root = join(import.meta.dirname, '../../../..');

describe('planFor', () => {
  it.each(listPublishablePackages(root).map((p) => p.manifest.name))(
    '%s: every file its checks name is in consumer-checks',
    (name) => {
      const plan = planFor(name);
      for (const check of plan.checks) {
        for (const file of check.files) {
          if (plan.checksDir === 'any' && file.startsWith('types')) continue; // generated
          expect(existsSync(join(CONSUMER_CHECKS_DIR, plan.checksDir, file)), file).toBe(true);
        }
      }
    },
  );

  it('gives a package it does not know the generic checks', () => {
    expect(planFor('@org/new-thing')).toMatchObject({ checksDir: 'any', alongside: [] });
    expect(planFor('@org/new-thing').checks.map((c) => c.id)).toEqual([
      'esm',
      'cjs',
      'types:bundler',
      'types:node16',
    ]);
  });

  it('pins what it installs alongside to the repository catalog', () => {
    const versions = readCatalogVersions(root);
    for (const name of listPublishablePackages(root).map((p) => p.manifest.name)) {
      for (const dep of planFor(name).alongside) expect(versions[dep], dep).toMatch(/^\d+\.\d+/);
    }
  });
});

describe('genericTypeFiles', () => {
  it('imports each code subpath once, skipping JSON', () => {
    const files = genericTypeFiles(['@org/x', '@org/x/sub', '@org/x/data.json']);
    expect(files.esm).toBe(
      "import * as m0 from '@org/x';\nimport * as m1 from '@org/x/sub';\nexport { m0, m1 };\n",
    );
    expect(files.cjs).toContain("import m1 = require('@org/x/sub');");
  });
});
