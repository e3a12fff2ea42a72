import { isBuiltin } from 'node:module';

/** One fenced code block of a README. */
export interface FencedBlock {
  /** The first word of the fence's info string (`ts`, `tsx`, `sh`), lower-cased; `''` when none. */
  readonly language: string;
  /** The rest of the info string (`nocompile: reason`). */
  readonly meta: string;
  readonly code: string;
  /** 1-based line of the block's first code line in the README. */
  readonly line: number;
}

/** The languages whose blocks are type-checked. */
export const TS_LANGUAGES: ReadonlySet<string> = new Set(['ts', 'tsx', 'typescript']);

/**
 * The fenced code blocks of a Markdown text (CommonMark fences: three or more backticks
 * or tildes, indented by at most three spaces; the closing fence uses the same
 * character, at least as long). A fence left open runs to the end of the text, as
 * CommonMark renders it.
 */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  let open: { fence: string; info: string; start: number; body: string[]; indent: number } | null =
    null;
  lines.forEach((text, index) => {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close?.[1] && close[1][0] === open.fence[0] && close[1].length >= open.fence.length) {
        blocks.push(toBlock(open));
        open = null;
      } else {
        open.body.push(stripIndent(text, open.indent));
      }
      return;
    }
    const start = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(text);
    if (!start?.[2]) return;
    const info = (start[3] ?? '').trim();
    // A backtick fence's info string may not hold a backtick (CommonMark).
    if (start[2][0] === '`' && info.includes('`')) return;
    open = {
      fence: start[2],
      info,
      start: index + 2,
      body: [],
      indent: start[1]?.length ?? 0,
    };
  });
  if (open) blocks.push(toBlock(open));
  return blocks;
}

function toBlock(open: { info: string; start: number; body: string[] }): FencedBlock {
  const [language = '', ...meta] = open.info.split(/\s+/);
  return {
    language: language.toLowerCase(),
    meta: meta.join(' '),
    code: `${open.body.join('\n')}\n`,
    line: open.start,
  };
}

function stripIndent(text: string, indent: number): string {
  let i = 0;
  while (i < indent && text[i] === ' ') i++;
  return text.slice(i);
}

/**
 * Why a TS block is left out of the compile check: the reason written after
 * `nocompile` in its fence (```` ```ts nocompile: shows a deliberate error ````).
 * `undefined` when the block is checked; an empty string when the marker has no
 * reason, which the check reports as a problem.
 */
export function optOutReason(block: FencedBlock): string | undefined {
  const marker = /^nocompile\b[\s:=—-]*(.*)$/.exec(block.meta.trim());
  if (!marker) return undefined;
  return (marker[1] ?? '').replace(/^["']|["']$/g, '').trim();
}

/** One `npm install …` / `pnpm add …` / `yarn add …` / `bun add …` line of a shell block. */
export interface InstallLine {
  readonly text: string;
  /** The packages of the command (flags, versions and paths dropped; tarballs named by their package). */
  readonly packages: readonly string[];
  /** What follows `#` on the line (`or: winston`). */
  readonly comment: string;
}

const INSTALL_COMMAND =
  /(?:^|[\s;&|(])(?:npm\s+(?:install|i|add)|pnpm\s+(?:add|install|i)|yarn\s+add|bun\s+(?:add|install|i))\s+([^#;&|]*)/;

/**
 * The install commands of a Markdown text's shell blocks, one per line that holds
 * one, including a command inside a comment (`# or install it: npm install …`).
 * A tarball (`./org-error-codes-react-0.0.0.tgz`, as `npm pack` names it) stands for
 * the package it holds when `tarballNames` knows it.
 */
export function installLines(
  markdown: string,
  tarballNames: ReadonlyMap<string, string> = new Map(),
): InstallLine[] {
  const found: InstallLine[] = [];
  for (const block of fencedBlocks(markdown)) {
    if (!['sh', 'bash', 'shell', 'console', 'zsh'].includes(block.language)) continue;
    for (const text of block.code.split('\n')) {
      const command = INSTALL_COMMAND.exec(text);
      if (!command) continue;
      const hash = text.indexOf('#', (command.index ?? 0) + command[0].length);
      const comment = hash === -1 ? '' : text.slice(hash + 1).trim();
      const packages = commandArguments(command[1] ?? '')
        .map((arg) => packageOfInstallArg(arg, tarballNames))
        .filter((name): name is string => name !== undefined);
      found.push({ text: text.trim(), packages, comment });
    }
  }
  return found;
}

const ARGUMENT =
  /^(?:-[\w-]+(?:=\S*)?|\.{0,2}\/\S+|(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:@\S+)?)$/i;

/**
 * The arguments of an install command, flags included. A command written inside a
 * sentence ends where the sentence goes on: at a word that is no argument
 * (`` `error-codes`` ``), or after one that ends in a comma or full stop.
 */
function commandArguments(text: string): string[] {
  const args: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const ends = /[,.]$/.test(word) && !/\.(tgz|tar\.gz)$/.test(word);
    const arg = ends ? word.slice(0, -1) : word;
    if (!ARGUMENT.test(arg)) break;
    args.push(arg);
    if (ends) break;
  }
  return args.filter((arg) => !arg.startsWith('-'));
}

function packageOfInstallArg(
  arg: string,
  tarballNames: ReadonlyMap<string, string>,
): string | undefined {
  if (/\.(tgz|tar\.gz)$/.test(arg)) {
    const file = arg.split('/').pop() ?? arg;
    return tarballNames.get(file.replace(/-\d+\.\d+\.\d+[^/]*\.(tgz|tar\.gz)$/, ''));
  }
  if (arg.startsWith('.') || arg.startsWith('/') || arg.includes(':')) return undefined;
  // `@scope/name@1.2.3`, `name@^2`: the name without its version.
  const at = arg.indexOf('@', 1);
  return at === -1 ? arg : arg.slice(0, at);
}

/** The file name prefix `npm pack` gives a package's tarball: `@org/error-codes` → `org-error-codes`. */
export function tarballPrefix(name: string): string {
  return name.replace(/^@/, '').replace('/', '-');
}

/** The package an import specifier loads: `@org/error-codes/web` → `@org/error-codes`; `undefined` for a relative path. */
export function packageOfSpecifier(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Whether an import needs no install line: Node's built-in modules (`node:fs`, `fs`). */
export function isNodeBuiltin(specifier: string): boolean {
  return isBuiltin(specifier);
}
