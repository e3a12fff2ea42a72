/**
 * `pnpm release:rehearse`: a release, for real, against a throwaway registry.
 *
 * Verdaccio on 127.0.0.1 (no uplinks, storage in a temp folder) receives what
 * `changeset version` + `changeset publish` produce from a throwaway copy of this
 * repository; then each published package is installed alone, with npm and with pnpm,
 * into a fresh project that runs its checks on Node 20, 22 and 24. Everything it made
 * is removed at the end, also on failure or Ctrl-C (REHEARSAL_KEEP=1 keeps the projects
 * to look into). Exits 1 unless every check passed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CheckResult,
  type Consumer,
  createConsumer,
  measureFootprint,
  PACKAGE_MANAGERS,
  runConsumerChecks,
} from './consumers.js';
import { killAll, mapLimit } from './exec.js';
import { currentNode, ensureNode, type NodeBinary } from './nodeBinaries.js';
import { planFor, readCatalogVersions } from './packagePlans.js';
import { formatFootprints, formatResults } from './report.js';
import { prepareReleaseCopy, versionAndPublish } from './throwawayRelease.js';
import { type LocalRegistry, startRegistry } from './verdaccio.js';
import { listPublishablePackages, REPO_ROOT } from './workspace.js';

const root = REPO_ROOT;
const OTHER_NODE_MAJORS = [22, 24];
// 2-core CI machines: two installs or checks at a time keeps the network busy without thrashing.
const CONCURRENCY = 2;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const step = (message: string) => console.log(`[${elapsed().padStart(7)}] ${message}`);

let work: string | undefined;
let registry: LocalRegistry | undefined;
let cleanedUp = false;

async function cleanUp(): Promise<void> {
  if (cleanedUp) return;
  cleanedUp = true;
  killAll();
  await registry?.stop().catch(() => undefined);
  if (work && process.env.REHEARSAL_KEEP === '1') console.log(`kept ${work} (REHEARSAL_KEEP=1)`);
  else if (work) rmSync(work, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping Verdaccio and removing ${work ?? 'nothing'}`);
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

function assertBuilt(): void {
  for (const pkg of listPublishablePackages(root)) {
    for (const file of pkg.manifest.files ?? []) {
      if (!existsSync(join(pkg.dir, file))) {
        throw new Error(`${pkg.manifest.name}: ${file} is missing; run \`pnpm build\` first`);
      }
    }
  }
}

function subpathsOf(name: string, manifest: Record<string, unknown>): string[] {
  const { exports } = manifest as { exports?: unknown };
  const keys =
    exports && typeof exports === 'object' && Object.keys(exports)[0]?.startsWith('.')
      ? Object.keys(exports)
      : ['.'];
  return keys
    .filter((k) => k !== './package.json' && !k.includes('*'))
    .map((k) => (k === '.' ? name : `${name}${k.slice(1)}`));
}

async function main(): Promise<number> {
  assertBuilt();
  work = mkdtempSync(join(tmpdir(), 'org-release-rehearsal-'));
  const cacheDir = join(root, 'node_modules/.cache/release-rehearsal');
  step(`work folder ${work}`);

  // The binaries download while the release is rehearsed.
  const nodesPromise: Promise<NodeBinary[]> = Promise.all(
    OTHER_NODE_MAJORS.map((major) => ensureNode(major, cacheDir)),
  ).then((others) => [currentNode(), ...others]);
  nodesPromise.catch(() => undefined);

  registry = await startRegistry(join(work, 'verdaccio'));
  step(`Verdaccio ${registry.url} (no uplinks)`);

  const copy = await prepareReleaseCopy(root, join(work, 'repo'));
  for (const note of copy.notes) step(`note: ${note}`);
  const release = await versionAndPublish(root, copy, registry);
  step(
    `changeset version + publish: ${release.published.map((p) => `${p.name}@${p.version}`).join(', ')}; tags: ${release.tags.join(', ') || 'none'}`,
  );

  const nodes = await nodesPromise;
  step(`Node ${nodes.map((n) => n.version).join(', ')}`);

  const versions = {
    ...readCatalogVersions(root),
    ...Object.fromEntries(release.published.map((p) => [p.name, p.version])),
  };
  const jobs = release.published.flatMap((p) =>
    PACKAGE_MANAGERS.map((pm) => ({ pm, published: p, plan: planFor(p) })),
  );
  const consumers: Consumer[] = await mapLimit(jobs, CONCURRENCY, async (job) => {
    const consumer = await createConsumer({
      base: join(work as string, 'consumers'),
      pm: job.pm,
      plan: job.plan,
      version: job.published.version,
      subpaths: subpathsOf(job.published.name, job.published.manifest),
      registry: registry as LocalRegistry,
      versions,
    });
    step(
      `${job.pm} install ${job.published.name}: ${consumer.install.ok ? 'ok' : 'FAILED'} (${(consumer.install.ms / 1000).toFixed(1)} s)`,
    );
    return consumer;
  });

  const results: CheckResult[] = (
    await mapLimit(consumers, CONCURRENCY, (consumer) => runConsumerChecks(consumer, nodes))
  ).flat();
  const installResults: CheckResult[] = consumers.flatMap((c) =>
    nodes.slice(0, 1).map((node) => ({
      package: c.plan.name,
      pm: c.pm,
      check: 'install alone',
      node: node.major,
      ok: c.install.ok,
      ms: c.install.ms,
      output: c.install.output,
    })),
  );
  const all = [...installResults, ...results].sort((a, b) => a.package.localeCompare(b.package));

  const failures = all.filter((r) => !r.ok);
  for (const failure of failures) {
    console.log(
      `\nFAIL ${failure.package} ${failure.check} (${failure.pm}, Node ${failure.node}) in ${consumers.find((c) => c.plan.name === failure.package && c.pm === failure.pm)?.dir}\n${failure.output.split('\n').slice(-40).join('\n')}`,
    );
  }
  if (failures.length > 0 && process.env.REHEARSAL_KEEP !== '1') {
    console.log('\n(REHEARSAL_KEEP=1 pnpm release:rehearse keeps these projects to look into.)');
  }
  const npmConsumers = consumers.filter((c) => c.pm === 'npm' && c.install.ok);
  console.log(
    `\n${formatResults(
      all,
      PACKAGE_MANAGERS,
      nodes.map((n) => n.major),
    )}`,
  );
  console.log(`(types:* run once per project, with TypeScript on Node ${nodes[0]?.major})\n`);
  console.log(formatFootprints(npmConsumers.map(measureFootprint)));
  console.log(
    `\nRelease rehearsal: ${all.length - failures.length} passed, ${failures.length} failed, ${release.published.length} packages, in ${elapsed()}`,
  );
  return failures.length === 0 ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`\nRelease rehearsal failed: ${(error as Error).stack ?? error}`);
} finally {
  await cleanUp();
}
process.exit(code);
