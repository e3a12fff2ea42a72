import { delimiter, isAbsolute, relative } from 'node:path';

// What `pnpm run` / `pnpm exec` add for the repository's own scripts. NODE_PATH is the
// dangerous one: its `.pnpm/node_modules` holds every workspace package and hoisted
// dependency, so a fresh project's `require` would find what it never installed.
const INJECTED = [
  /^NODE_PATH$/,
  /^INIT_CWD$/,
  /^npm_(lifecycle|package)_/i,
  /^npm_(command|execpath|node_execpath)$/i,
  /^npm_config_(user_agent|verify_deps_before_run)$/i,
  /^pnpm_/i,
];

const inside = (dir: string, root: string) => {
  const path = relative(root, dir);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/**
 * The environment of a user's shell for the fresh projects: the rehearsal's own, less
 * what pnpm injected for the repository's scripts and the PATH entries that lead into
 * the repository (its `node_modules/.bin`, and relative ones that would resolve in each
 * project). Whatever else the user set (proxies, npm's cache) is kept.
 */
export function consumerEnv(env: NodeJS.ProcessEnv, root: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (!INJECTED.some((pattern) => pattern.test(key))) out[key] = value;
  }
  if (typeof env.PATH === 'string') {
    out.PATH = env.PATH.split(delimiter)
      .filter((dir) => dir !== '' && isAbsolute(dir) && !inside(dir, root))
      .join(delimiter);
  }
  return out;
}
