const assert = require('node:assert/strict');
const { run } = require('@org/error-codes-cli');
const { requireEverySubpath } = require('./subpaths.cjs');

requireEverySubpath('@org/error-codes-cli');

(async () => {
  let stdout = '';
  const code = await run(['MAX_PARTCIPANT_REACHED', '--json'], {
    stdout: { write: (t) => (stdout += t) },
    stderr: { write: () => undefined },
    env: {},
  });
  assert.equal(code, 0);
  const doc = JSON.parse(stdout);
  assert.ok(
    doc.matches.some((m) => m.platform === 'web' && m.code === 4009),
    stdout,
  );
  let printed = '';
  await run(['--version'], {
    stdout: { write: (t) => (printed += t) },
    stderr: { write: () => undefined },
    env: {},
  });
  assert.equal(printed, `${require('@org/error-codes-cli/package.json').version}\n`);
  console.log(`CJS: run() found ${doc.matches.length} matches`);
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
