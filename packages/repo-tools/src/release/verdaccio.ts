import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** A token of the user created for publishing. */
  readonly token: string;
  stop(): Promise<void>;
}

/** The scope the rehearsal publishes; everything else comes from the usual registry. */
export const SCOPE = '@org';

/**
 * Starts Verdaccio in this process on 127.0.0.1 and a free port, with its storage in
 * `dir` and no uplinks: it holds only what the rehearsal publishes to it.
 */
export async function startRegistry(dir: string): Promise<LocalRegistry> {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const app = await runServer({
    self_path: join(dir, 'config.yaml'),
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1 } },
    uplinks: {},
    packages: {
      [`${SCOPE}/*`]: { access: '$all', publish: '$authenticated', unpublish: '$authenticated' },
      '**': { access: '$all' },
    },
    log: { type: 'stdout', format: 'json', level: 'error' },
    web: { enable: false },
    // biome-ignore lint/suspicious/noExplicitAny: Verdaccio's ConfigYaml type wants fields this throwaway config does not need.
  } as any);
  const server: Server = await new Promise((resolve, reject) => {
    const s: Server = app.listen(0, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  try {
    const response = await fetch(`${url}-/user/org.couchdb.user:rehearsal`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'rehearsal', password: `rehearsal-${process.pid}-${port}` }),
    });
    const body = (await response.json()) as { token?: string };
    if (!response.ok || !body.token) {
      throw new Error(`Verdaccio did not create the publishing user: ${response.status}`);
    }
    return { url, token: body.token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function authKey(registry: LocalRegistry): string {
  return `//${registry.url.replace(/^https?:\/\//, '')}:_authToken`;
}

/** The `.npmrc` line that authenticates to this registry. */
export function authLine(registry: LocalRegistry): string {
  return `${authKey(registry)}=${registry.token}`;
}

/**
 * The same as an environment variable, which npm reads wherever it runs. `pnpm publish`
 * runs `npm publish` in a temp folder with a copy of the workspace `.npmrc`, but npm
 * reads a project `.npmrc` only from the nearest folder above with a package.json or a
 * node_modules, and a stray `/node_modules` makes that `/`: the token would be lost.
 */
export function authEnv(registry: LocalRegistry): Record<string, string> {
  return { [`npm_config_${authKey(registry)}`]: registry.token };
}
