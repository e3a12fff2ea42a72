import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alongsideSpecs,
  CONSUMER_CHECKS_DIR,
  genericTypeFiles,
  PLAN_FILE,
  parsePlan,
  planFor,
  readCatalogVersions,
  SHARED_CHECK_DIRS,
} from './packagePlans.js';
import { listPublishablePackages, REPO_ROOT } from './workspace.js';

const published = listPublishablePackages(REPO_ROOT).map((p) => ({
  name: p.manifest.name,
  relativeDir: p.relativeDir,
}));

describe('planFor', () => {
  it.each(published.map((p) => [p.name, p] as const))(
    '%s: every file its checks name is in consumer-checks',
    (_name, pkg) => {
      const plan = planFor(pkg);
      for (const check of plan.checks) {
        for (const file of check.files) {
          if (plan.checksDir === 'any' && file.startsWith('types')) continue; // generated
          expect(existsSync(join(CONSUMER_CHECKS_DIR, plan.checksDir, file)), file).toBe(true);
        }
      }
    },
  );

  it('finds a package’s checks by its folder, so no list of packages is kept here', () => {
    const folders = readdirSync(CONSUMER_CHECKS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(CONSUMER_CHECKS_DIR, d.name, PLAN_FILE)))
      .map((d) => d.name);
    // A folder no published package has (a package renamed or moved) would never run.
    expect(folders.filter((f) => !published.some((p) => basename(p.relativeDir) === f))).toEqual(
      [],
    );
    for (const dir of SHARED_CHECK_DIRS) expect(folders).not.toContain(dir);
  });

  it('runs the CLI’s bin through npx on every Node, as its users do', () => {
    const cli = published.find((p) => p.name === '@org/error-codes-cli');
    expect(cli).toBeDefined();
    const plan = planFor(cli as (typeof published)[number]);
    expect(plan.checksDir).toBe('cli');
    expect(plan.checks).toContainEqual({ id: 'npx error-codes', kind: 'node', files: ['npx.mjs'] });
  });

  it('gives a package it does not know the generic checks', () => {
    for (const relativeDir of ['packages/new-thing', 'packages/shared', 'packages/any']) {
      const plan = planFor({ name: '@org/new-thing', relativeDir });
      expect(plan).toMatchObject({ checksDir: 'any', alongside: [] });
      expect(plan.checks.map((c) => c.id)).toEqual(['esm', 'cjs', 'types:bundler', 'types:node16']);
    }
  });

  it('pins what it installs alongside: the repo catalog, or this release for @org packages', () => {
    const versions = readCatalogVersions(REPO_ROOT);
    const names = new Set(published.map((p) => p.name));
    for (const pkg of published) {
      for (const dep of planFor(pkg).alongside) {
        if (dep.startsWith('@org/')) expect(names.has(dep), dep).toBe(true);
        else expect(versions[dep], dep).toMatch(/^\d+\.\d+/);
      }
    }
  });
});

describe('alongsideSpecs', () => {
  const plan = {
    ...planFor({ name: '@org/x', relativeDir: 'packages/x' }),
    alongside: ['@org/a', 'b'],
  };

  it('pins each name to its version', () => {
    expect(alongsideSpecs(plan, { '@org/a': '1.2.0', b: '3.0.0' })).toEqual([
      '@org/a@1.2.0',
      'b@3.0.0',
    ]);
    expect(alongsideSpecs(plan, { '@org/a': '1.2.0' })).toEqual(['@org/a@1.2.0', 'b']);
  });

  it('refuses an @org package the release did not publish, whatever the map holds', () => {
    expect(() => alongsideSpecs(plan, {})).toThrow(/@org\/a is to be installed alongside/);
    const inherited = Object.create({ '@org/a': '9.9.9' }) as Record<string, string>;
    expect(() => alongsideSpecs(plan, inherited)).toThrow(/was not published/);
  });
});

describe('parsePlan', () => {
  it('adds the package’s own checks after the module checks', () => {
    const plan = parsePlan(
      '{"alongside": ["pino"], "types": ["node"], "checks": [{"id": "pino output", "file": "pino.mjs"}]}',
      'plan.json',
    );
    expect(plan).toMatchObject({ alongside: ['pino'], types: ['node'], jsx: false });
    expect(plan.checks.map((c) => c.id)).toEqual([
      'esm',
      'cjs',
      'types:bundler',
      'types:node16',
      'pino output',
    ]);
    expect(plan.checks[3]?.files).toEqual(['types.ts', 'types.cts']);
    expect(parsePlan('{"__proto__": {"jsx": "yes"}}', 'plan.json').jsx).toBe(false);
  });

  it.each([
    ['not JSON', '{'],
    ['a list', '[]'],
    ['null', 'null'],
    ['alongside not a list', '{"alongside": "react"}'],
    ['an empty name', '{"alongside": [""]}'],
    ['types with a number', '{"types": [1]}'],
    ['jsx as a string', '{"jsx": "true"}'],
    ['a type file out of the folder', '{"typeFiles": {"esm": "../types.ts", "cjs": "types.cts"}}'],
    ['a type file missing', '{"typeFiles": {"esm": "types.ts"}}'],
    ['checks not a list', '{"checks": {}}'],
    ['a check without an id', '{"checks": [{"file": "a.mjs"}]}'],
    ['a check file out of the folder', '{"checks": [{"id": "x", "file": "../../x.mjs"}]}'],
    ['a check Node cannot run', '{"checks": [{"id": "x", "file": "x.ts"}]}'],
  ])('rejects %s, naming the file', (_label, text) => {
    expect(() => parsePlan(text, 'broken/plan.json')).toThrow(/^broken\/plan\.json: /);
  });

  it('reads every plan.json of consumer-checks', () => {
    for (const pkg of published) expect(() => planFor(pkg)).not.toThrow();
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
