import cli = require('@org/error-codes-cli');

const status: Promise<number> = cli.run(['--help'], {
  stdout: { write: () => true },
  stderr: { write: () => true },
  env: {},
});
// @ts-expect-error io is required.
cli.run(['3017']);

export = { status };
