import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { run } from '../src/run.js';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const exec = promisify(execFile);

export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The built bin in a real child process, its stdout a pipe (not a terminal), no locale or docs address unless given. */
export async function cli(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      maxBuffer: 16 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** `run` in process, with a fake terminal, to see what a TTY gets. */
export async function inProcess(
  args: string[],
  env: Record<string, string> = {},
  isTTY = false,
): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t: string) => (stdout += t), isTTY },
    stderr: { write: (t: string) => (stderr += t) },
    env,
  });
  return { code, stdout, stderr };
}

/** The escape that starts every ANSI style. */
export const ANSI = '\u001b[';

/** The lines of a text, without the empty one after its last newline. */
export const linesOf = (text: string) => text.replace(/\n$/, '').split('\n');

/** A control (other than a newline) or a format character such as a bidi override: nothing a message should echo. */
export const UNPRINTABLE = /[^\P{Cc}\n]|\p{Cf}/u;

/** The built bin with its stdout closed before it writes, as `error-codes list | head` leaves it. */
export function cliIntoClosedPipe(args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: '', stderr }));
  });
}
