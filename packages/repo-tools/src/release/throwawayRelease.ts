import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { runOrThrow } from './exec.js';
import { authEnv, authLine, type LocalRegistry, SCOPE } from './verdaccio.js';
import {
  listPublishablePackages,
  listWorkspacePackages,
  type PackageManifest,
} from './workspace.js';

const SKIPPED = new Set([
  'node_modules',
  '.turbo',
  '.vitest-result.json',
  'test-results',
  'coverage',
]);

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Release rehearsal',
  GIT_AUTHOR_EMAIL: 'rehearsal@example.invalid',
  GIT_COMMITTER_NAME: 'Release rehearsal',
  GIT_COMMITTER_EMAIL: 'rehearsal@example.invalid',
};

export interface ReleaseCopy {
  readonly dir: string;
  /** What the copy had to differ in from the repository, said in the report. */
  readonly notes: readonly string[];
}

/**
 * Copies what `changeset version` and `changeset publish` read into `dir`: the root
 * manifest, the workspace and Changesets config, every workspace manifest, and the
 * published packages whose build output is already there. The repository is only read.
 */
export async function prepareReleaseCopy(root: string, dir: string): Promise<ReleaseCopy> {
  const notes: string[] = [];
  const workspace = listWorkspacePackages(root);
  const published = new Set(listPublishablePackages(root).map((p) => p.relativeDir));
  mkdirSync(dir, { recursive: true });
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml', '.npmrc']) {
    if (existsSync(join(root, file))) cpSync(join(root, file), join(dir, file));
  }
  cpSync(join(root, '.changeset'), join(dir, '.changeset'), { recursive: true });
  for (const pkg of workspace) {
    const target = join(dir, pkg.relativeDir);
    if (published.has(pkg.relativeDir)) {
      cpSync(pkg.dir, target, {
        recursive: true,
        filter: (source) => !SKIPPED.has(source.slice(pkg.dir.length + 1).split('/')[0] ?? ''),
      });
    } else {
      mkdirSync(target, { recursive: true });
      cpSync(join(pkg.dir, 'package.json'), join(target, 'package.json'));
    }
  }
  notes.push(...fitChangesetConfig(dir, new Set(workspace.map((p) => p.manifest.name))));
  linkWorkspaceDependencies(workspace.map((p) => ({ ...p, dir: join(dir, p.relativeDir) })));
  // Changesets resolves its changelog generator from the project, as in the repository.
  const cli = realpathSync(join(root, 'node_modules/@changesets/cli'));
  mkdirSync(join(dir, 'node_modules/@changesets'), { recursive: true });
  symlinkSync(cli, join(dir, 'node_modules/@changesets/cli'), 'dir');
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  // A repository of its own, so `changeset publish` can tag the release as it would for real.
  const git = (...args: string[]) =>
    runOrThrow('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, timeoutMs: 60_000 });
  await git('init', '--quiet', '--initial-branch=main');
  await git('add', '--all');
  await git('commit', '--quiet', '--no-verify', '-m', 'rehearsal: the working tree');
  return { dir, notes };
}

/**
 * Changesets refuses a config naming packages the project lacks. While some of the
 * `fixed` libraries or ignored apps are not written yet, the copy's config leaves
 * them out (and says so); once they all exist the config is used as it is.
 */
function fitChangesetConfig(dir: string, names: ReadonlySet<string>): string[] {
  const file = join(dir, '.changeset/config.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as {
    fixed?: string[][];
    linked?: string[][];
    ignore?: string[];
  };
  const dropped: string[] = [];
  const keep = (name: string) => {
    if (!names.has(name)) dropped.push(name);
    return names.has(name);
  };
  const groups = (list: string[][] | undefined) =>
    (list ?? []).map((group) => group.filter(keep)).filter((group) => group.length > 0);
  config.fixed = groups(config.fixed);
  config.linked = groups(config.linked);
  config.ignore = (config.ignore ?? []).filter(keep);
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return dropped.length > 0
    ? [`.changeset/config.json: left out ${dropped.join(', ')} (not in the workspace yet)`]
    : [];
}

/** The links pnpm install makes for `workspace:` dependencies; `pnpm publish` reads versions through them. */
function linkWorkspaceDependencies(
  packages: readonly { dir: string; manifest: PackageManifest }[],
): void {
  const byName = new Map(packages.map((p) => [p.manifest.name, p.dir]));
  for (const pkg of packages) {
    const { dependencies, devDependencies, peerDependencies, optionalDependencies } = pkg.manifest;
    const all = {
      ...devDependencies,
      ...peerDependencies,
      ...optionalDependencies,
      ...dependencies,
    };
    for (const [name, spec] of Object.entries(all)) {
      const target = byName.get(name);
      if (!spec.startsWith('workspace:') || !target) continue;
      const link = join(pkg.dir, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      if (!existsSync(link)) symlinkSync(target, link, 'dir');
    }
  }
}

export interface PublishedVersion {
  readonly name: string;
  readonly version: string;
  /** Its folder in the repository (`packages/cli`). */
  readonly relativeDir: string;
  /** The manifest as the registry serves it. */
  readonly manifest: Record<string, unknown>;
}

/** `changeset version` then `changeset publish` in the copy, against the local registry. */
export async function versionAndPublish(
  root: string,
  copy: ReleaseCopy,
  registry: LocalRegistry,
): Promise<{
  versionOutput: string;
  publishOutput: string;
  published: PublishedVersion[];
  tags: string[];
}> {
  const changeset = join(realpathSync(join(root, 'node_modules/@changesets/cli')), 'bin.js');
  writeFileSync(
    join(copy.dir, '.npmrc'),
    [`registry=${registry.url}`, `${SCOPE}:registry=${registry.url}`, authLine(registry), ''].join(
      '\n',
    ),
  );
  const env = {
    ...process.env,
    ...GIT_ENV,
    CI: 'true',
    npm_config_registry: registry.url,
    [`npm_config_${SCOPE}:registry`]: registry.url,
    ...authEnv(registry),
  };
  const version = await runOrThrow(process.execPath, [changeset, 'version'], {
    cwd: copy.dir,
    env,
    timeoutMs: 120_000,
  });
  const publish = await runOrThrow(process.execPath, [changeset, 'publish'], {
    cwd: copy.dir,
    env,
    timeoutMs: 300_000,
  });
  const published: PublishedVersion[] = [];
  for (const pkg of listPublishablePackages(copy.dir)) {
    const response = await fetch(`${registry.url}${pkg.manifest.name.replace('/', '%2f')}`);
    if (!response.ok) {
      throw new Error(
        `${pkg.manifest.name} is not on the local registry after changeset publish (${response.status})`,
      );
    }
    const packument = (await response.json()) as {
      versions?: Record<string, Record<string, unknown>>;
    };
    const manifest = packument.versions?.[pkg.manifest.version];
    if (!manifest) {
      throw new Error(`${pkg.manifest.name}@${pkg.manifest.version} was not published`);
    }
    const leftovers = JSON.stringify(manifest).match(/"(workspace|catalog):[^"]*"/g);
    if (leftovers) {
      throw new Error(
        `${pkg.manifest.name} was published with ${leftovers.join(', ')} in its package.json`,
      );
    }
    published.push({
      name: pkg.manifest.name,
      version: pkg.manifest.version,
      relativeDir: pkg.relativeDir,
      manifest,
    });
  }
  const tags = (
    await runOrThrow('git', ['tag', '--list'], { cwd: copy.dir, timeoutMs: 30_000 })
  ).stdout
    .split('\n')
    .filter(Boolean);
  return {
    versionOutput: version.stdout + version.stderr,
    publishOutput: publish.stdout + publish.stderr,
    published,
    tags,
  };
}
