/**
 * `pnpm test:fuzz`: the property tests (every test named "… (property)") of each
 * workspace that uses fast-check, with one random seed for the whole run, printed
 * first so a failure can be repeated (`FC_SEED=<seed> pnpm test:fuzz`). `pnpm test`
 * runs the same tests on the fixed seed; a counterexample found here becomes a
 * regression case beside its property.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fastCheckSeed } from '@org/tsconfig/vitest/seed.js';
import { listWorkspacePackages, REPO_ROOT } from './release/workspace.js';

const given = process.env.FC_SEED;
const seed = fastCheckSeed(given && given !== '' ? given : 'random').value;

// Every workspace with tests that uses fast-check, but this one (its own test of the
// seed has no property) and the shared settings (which only set the seed).
const workspaces = listWorkspacePackages(REPO_ROOT)
  .filter(({ manifest }) => manifest.name !== '@org/repo-tools' && manifest.scripts?.test)
  .filter(
    ({ manifest }) =>
      manifest.devDependencies?.['fast-check'] ?? manifest.dependencies?.['fast-check'],
  )
  .map((pkg) => pkg.relativeDir);

console.log(`fast-check seed ${seed} (repeat with FC_SEED=${seed} pnpm test:fuzz)`);
let failed = 0;
for (const dir of workspaces) {
  console.log(`\n${dir}`);
  const run = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', '--testNamePattern', '\\(property\\)', '--reporter', 'default'],
    { cwd: join(REPO_ROOT, dir), stdio: 'inherit', env: { ...process.env, FC_SEED: String(seed) } },
  );
  if (run.status !== 0) failed += 1;
}
console.log(
  `\nfuzz: ${workspaces.length - failed} of ${workspaces.length} workspaces passed with seed ${seed}`,
);
process.exit(failed ? 1 : 0);
