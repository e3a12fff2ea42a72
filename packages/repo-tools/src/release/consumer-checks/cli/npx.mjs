// The bin as a user runs it after `npm install @org/error-codes-cli`: `npx error-codes …`
// in the project, on the Node running this file (its folder goes first on PATH, so npx
// and the bin's `#!/usr/bin/env node` both get it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, dirname } from 'node:path';

const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  NO_COLOR: '1',
  LANG: 'C',
};
delete env.LC_ALL;
delete env.LC_MESSAGES;
delete env.ERROR_CODES_DOCS_URL;

/**
 * The installed bin or a failure, never a download of some other `error-codes`.
 * `--no-install` (npx turns it into `--yes=false`), not `--no`: npx reads the word
 * after `--no` as its value and would take the CLI's own flags for npm's.
 */
function npx(...args) {
  return npxOf('error-codes', ...args);
}

/** `npx <name> …`, installed only: the bin's name, or the package's as the README recommends. */
function npxOf(name, ...args) {
  const result = spawnSync('npx', ['--no-install', name, ...args], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(result.error, undefined, String(result.error));
  return result;
}

const node = spawnSync('node', ['--version'], { env, encoding: 'utf8' });
assert.equal(node.stdout.trim(), process.version, 'PATH does not lead to the Node under test');

const found = npx('3017', '--platform', 'web', '--json');
assert.equal(found.status, 0, found.stderr);
const doc = JSON.parse(found.stdout);
assert.equal(doc.clash, true);
assert.equal(doc.matches.length, 1);
assert.equal(doc.matches[0].platform, 'web');
assert.equal(doc.matches[0].code, 3017);
assert.equal(doc.matches[0].name, 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
assert.ok(doc.matches[0].title.length > 0, 'no localized title');

const none = npx('9999');
assert.equal(none.status, 1, `9999: exit ${none.status}\n${none.stderr}`);
assert.equal(none.stdout, '');
assert.match(none.stderr, /9999/);

const usage = npx('--platform', 'flutter', '1');
assert.equal(usage.status, 2, `--platform flutter: exit ${usage.status}\n${usage.stderr}`);
assert.match(usage.stderr, /--platform/);

// What the README recommends: the package's own name, never the unrelated `error-codes`.
const { version } = createRequire(import.meta.url)('@org/error-codes-cli/package.json');
const byPackage = npxOf('@org/error-codes-cli', '--version');
assert.equal(byPackage.status, 0, byPackage.stderr);
assert.equal(byPackage.stdout, `${version}\n`);

console.log(`npx error-codes on Node ${process.version}: exit 0, 1, 2 as documented`);
