import { describe, expect, it } from 'vitest';
import { consumerEnv } from './consumerEnv.js';

const root = '/work/repo';

describe('consumerEnv', () => {
  it('drops what pnpm injects for the repository’s scripts, keeps the user’s own settings', () => {
    const env = consumerEnv(
      {
        HOME: '/home/u',
        NODE_PATH: '/work/repo/node_modules/.pnpm/node_modules',
        INIT_CWD: '/work/repo',
        npm_lifecycle_event: 'release:rehearse',
        npm_package_json: '/work/repo/package.json',
        npm_command: 'run-script',
        npm_config_user_agent: 'pnpm/10',
        npm_config_verify_deps_before_run: 'false',
        pnpm_config_verify_deps_before_run: 'false',
        PNPM_SCRIPT_SRC_DIR: '/work/repo',
        npm_config_https_proxy: 'http://proxy.invalid:3128',
        npm_config_cache: '/tmp/npm-cache',
        CI: 'true',
      },
      root,
    );
    expect(env).toEqual({
      HOME: '/home/u',
      npm_config_https_proxy: 'http://proxy.invalid:3128',
      npm_config_cache: '/tmp/npm-cache',
      CI: 'true',
    });
  });

  it('takes the repository’s bins and relative entries off PATH, and nothing else', () => {
    const PATH = [
      './node_modules/.bin',
      '/work/repo/node_modules/.bin',
      '/work/repo/packages/x/node_modules/.bin',
      '',
      '/work/repository-next/bin',
      '/usr/local/bin',
      '/usr/bin',
    ].join(':');
    expect(consumerEnv({ PATH }, root).PATH).toBe(
      '/work/repository-next/bin:/usr/local/bin:/usr/bin',
    );
  });

  it('leaves the given environment as it was, and copes with junk', () => {
    const given = { NODE_PATH: 'x', PATH: '/usr/bin' };
    consumerEnv(given, root);
    expect(given).toEqual({ NODE_PATH: 'x', PATH: '/usr/bin' });
    expect(consumerEnv({}, root)).toEqual({});
    expect(consumerEnv(JSON.parse('{"__proto__": "x", "PATH": ""}'), root)).toEqual({ PATH: '' });
  });
});
