import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { run } from '@org/error-codes-cli';
import { importEverySubpath } from './subpaths.mjs';

await importEverySubpath('@org/error-codes-cli');

async function cli(args, env = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t) => (stdout += t), isTTY: false },
    stderr: { write: (t) => (stderr += t) },
    env,
  });
  return { code, stdout, stderr };
}

const found = await cli(['3017', '--json']);
assert.equal(found.code, 0, found.stderr);
const doc = JSON.parse(found.stdout);
assert.equal(doc.clash, true);
assert.deepEqual(
  doc.matches.map((m) => [m.platform, m.name]),
  [
    ['web', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED'],
    ['react-native', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED'],
    ['ios', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED'],
    ['flutter-1', 'ERROR_CREATING_VIDEO_TRACK'],
    ['flutter-3', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED'],
  ],
);
const german = await cli(['3017', '--platform', 'flutter-1', '--json'], { LANG: 'de_DE.UTF-8' });
assert.equal(JSON.parse(german.stdout).locale, 'de');
const text = await cli(['4001']);
assert.equal(text.code, 0);
assert.match(text.stdout, /INVALID_API_KEY/);
assert.ok(!text.stdout.includes('\x1b['), 'colours in a pipe');
for (const junk of [
  ['__proto__'],
  ['x'.repeat(100_000)],
  ['--nope'],
  ['list', '--category', 'x'],
]) {
  const r = await cli(junk);
  assert.ok(r.code === 1 || r.code === 2, `${junk[0].slice(0, 20)}: exit ${r.code}`);
  assert.ok(r.stderr.length > 0);
}
// The version it prints is the installed package's, not a number written in the code.
const { version } = createRequire(import.meta.url)('@org/error-codes-cli/package.json');
const printed = await cli(['--version']);
assert.equal(printed.stdout, `${version}\n`);
// No docs address configured: no link to a placeholder.
assert.equal(doc.matches[0].docsUrl, null);
console.log(`ESM: run() explained 3017 on ${doc.matches.length} platforms`);
