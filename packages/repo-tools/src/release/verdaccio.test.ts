import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './exec.js';
import { authEnv, authLine, type LocalRegistry, startRegistry } from './verdaccio.js';

// A real Verdaccio on 127.0.0.1 and the real npm, the way `pnpm publish` runs it: in a
// folder with a copied `.npmrc` and no package.json, below a folder with a node_modules.
let dir: string;
let registry: LocalRegistry;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verdaccio-test-'));
  registry = await startRegistry(join(dir, 'verdaccio'));
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function whoami(cwd: string, env: Record<string, string>) {
  return run('npm', ['whoami', '--registry', registry.url], {
    cwd,
    env: { ...process.env, ...env },
    timeoutMs: 60_000,
  });
}

describe('the local registry', () => {
  it('listens on 127.0.0.1 and names the token line by host and port', () => {
    expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const host = registry.url.slice('http:'.length);
    expect(authLine(registry)).toBe(`${host}:_authToken=${registry.token}`);
    expect(authEnv(registry)).toEqual({ [`npm_config_${host}:_authToken`]: registry.token });
  });

  it('authenticates npm through the environment where npm skips the copied .npmrc', async () => {
    const project = join(dir, 'above');
    const packed = join(project, 'packed');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    mkdirSync(packed);
    writeFileSync(join(packed, '.npmrc'), `${authLine(registry)}\n`);
    // npm reads `above/.npmrc` (none), not `packed/.npmrc`: the token in the file is lost.
    expect((await whoami(packed, {})).code).not.toBe(0);
    const withEnv = await whoami(packed, authEnv(registry));
    expect(withEnv.stderr).not.toMatch(/ENEEDAUTH/);
    expect([withEnv.code, withEnv.stdout.trim()]).toEqual([0, 'rehearsal']);
  }, 120_000);
});
