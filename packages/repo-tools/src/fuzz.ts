/**
 * `pnpm test:fuzz`: the property tests (every test named "… (property)") of each
 * workspace that uses fast-check, with one random seed for the whole run, printed
 * first so a failure can be repeated (`FC_SEED=<seed> pnpm test:fuzz`). `pnpm test`
 * runs the same tests on the fixed seed; a counterexample found here becomes a
 * regression case beside its property.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fastCheckSeed } from '@org/tsconfig/vitest/seed.js';

const root = join(import.meta.dirname, '../../..');
const given = process.env.FC_SEED;
const seed = fastCheckSeed(given && given !== '' ? given : 'random').value;

const workspaces: string[] = [];
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, group)).sort()) {
    const manifest = join(root, group, name, 'package.json');
    if (!existsSync(manifest) || name === 'repo-tools') continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
      devDependencies?: Record<string, string>;
      dependencies?: Record<string, string>;
    };
    if (pkg.devDependencies?.['fast-check'] || pkg.dependencies?.['fast-check']) {
      workspaces.push(join(group, name));
    }
  }
}

console.log(`fast-check seed ${seed} (repeat with FC_SEED=${seed} pnpm test:fuzz)`);
let failed = 0;
for (const dir of workspaces) {
  console.log(`\n${dir}`);
  const run = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', '--testNamePattern', '\\(property\\)', '--reporter', 'default'],
    { cwd: join(root, dir), stdio: 'inherit', env: { ...process.env, FC_SEED: String(seed) } },
  );
  if (run.status !== 0) failed += 1;
}
console.log(
  `\nfuzz: ${workspaces.length - failed} of ${workspaces.length} workspaces passed with seed ${seed}`,
);
process.exit(failed ? 1 : 0);
