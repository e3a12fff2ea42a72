#!/usr/bin/env node
import { run } from './run.js';

// `error-codes list | head`: once the reader has gone, stop quietly with the status
// already decided, instead of Node's EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
