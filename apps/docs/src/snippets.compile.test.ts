import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { platformIds } from '@org/error-codes';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSiteConfig } from './config.js';
import { loadSiteData, type SiteData } from './data.js';
import { catalogOf } from './platforms.js';
import { allRoutes } from './routes.js';
import { siteLocales } from './site.js';
import { type Snippet, snippetsFor } from './snippets.js';

/*
 * Every TypeScript and TSX snippet of every code page, written out as its own module
 * and compiled by tsc against the installed @videosdk.live/js-sdk and react-sdk
 * typings, React's, pino's and the workspace packages' (under apps/docs, so they
 * resolve as they would in an app). Strict options, as a careful app would set them.
 * A few broken copies are compiled in the same run: each must fail, which proves
 * the typings are really read (an `any` would let them pass).
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.snippets');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = promisify(execFile);

const compilerOptions = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  module: 'ESNext',
  moduleResolution: 'Bundler',
  moduleDetection: 'force',
  jsx: 'react-jsx',
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};

/** Broken copies of real snippets, each with the one mistake tsc must catch. */
const mutants: { id: string; from: string; break: (code: string) => string }[] = [
  {
    id: 'unknown-code',
    from: 'js-sdk',
    break: (c) => c.replace(/ErrorCodes\.\w+/, 'ErrorCodes.NOT_A_REAL_CODE'),
  },
  {
    id: 'unknown-event',
    from: 'js-sdk',
    break: (c) => c.replace("meeting.on('error'", "meeting.on('no-such-event'"),
  },
  {
    id: 'misspelt-hook-option',
    from: 'react-sdk',
    break: (c) => c.replace('onError:', 'onErorr:'),
  },
  {
    id: 'provider-without-platform',
    from: 'react-sdk',
    break: (c) => c.replace('platform={web} ', ''),
  },
  {
    id: 'logger-argument',
    from: 'logger',
    break: (c) => c.replace('logError(logger,', 'logError(42,'),
  },
  {
    id: 'entry-field',
    from: 'fetch',
    break: (c) => c.replace('entry.userMessage', 'entry.userMesage'),
  },
];

interface Written {
  readonly file: string;
  readonly page: string;
  readonly snippet: Snippet;
}

let data: SiteData;
const written: Written[] = [];
const broken = new Map<string, string>(); // mutant id → its file
let output = '';

beforeAll(async () => {
  data = await loadSiteData();
  const config = readSiteConfig({});
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const route of allRoutes()) {
    if (route.kind !== 'code') continue;
    const entry = data.entry(route.platform, route.entry.code, route.locale);
    if (!entry) throw new Error(`no entry for ${route.path}`);
    const { app, server } = snippetsFor(entry, route.locale, config);
    for (const snippet of [...app, ...server]) {
      if (snippet.language !== 'ts' && snippet.language !== 'tsx') continue;
      const file = `${route.platform}-${route.entry.code}-${route.locale}-${snippet.id}.${snippet.language}`;
      writeFileSync(join(dir, file), snippet.code);
      written.push({ file, page: route.path, snippet });
    }
  }
  for (const mutant of mutants) {
    const source = written.find((w) => w.snippet.id === mutant.from);
    if (!source) throw new Error(`no ${mutant.from} snippet to break`);
    const code = mutant.break(source.snippet.code);
    if (code === source.snippet.code) throw new Error(`${mutant.id} did not change the snippet`);
    const file = `mutant-${mutant.id}.${source.snippet.language}`;
    writeFileSync(join(dir, file), code);
    broken.set(mutant.id, file);
  }
  // Two tsc processes, one per core, each over half of the files.
  const files = [...written.map((w) => w.file), ...broken.values()];
  const halves = [0, 1].map((half) => files.filter((_, i) => i % 2 === half));
  const results = await Promise.all(
    halves.map(async (half, i) => {
      const project = join(dir, `tsconfig.${i}.json`);
      writeFileSync(project, JSON.stringify({ compilerOptions, files: half }));
      try {
        await run(process.execPath, [tsc, '-p', project, '--pretty', 'false'], {
          cwd: root,
          maxBuffer: 64 * 1024 * 1024,
        });
        return '';
      } catch (error) {
        const e = error as { stdout?: string; stderr?: string };
        if (!e.stdout) throw error;
        return `${e.stdout}${e.stderr ?? ''}`;
      }
    }),
  );
  output = results.join('\n');
}, 180_000);

/** The tsc errors of one file, as `line: message`. */
function errorsOf(file: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(`.snippets/${file}(`))
    .map((line) => line.slice(line.indexOf('(')));
}

describe('the snippets of every code page', () => {
  it('are all written out: the TypeScript ones of every platform, code and locale', () => {
    // Web pages carry js-sdk, react-sdk, logger and fetch; Flutter pages logger and fetch.
    const perPage = { web: 4, flutter: 2 } as const;
    const expected = platformIds.reduce(
      (sum, p) => sum + catalogOf(p).length * siteLocales.length * perPage[p],
      0,
    );
    expect(written).toHaveLength(expected);
  });

  it('compile with tsc against the real SDK typings and the packages', () => {
    const failing = written.filter((w) => errorsOf(w.file).length > 0);
    const report = failing
      .slice(0, 10)
      .map((w) => `${w.page} ${w.snippet.id}: ${errorsOf(w.file).join(' | ')}`);
    expect(report).toEqual([]);
    // Nothing else failed either (a missing type package, a bad tsconfig).
    const unexplained = output
      .split('\n')
      .filter((line) => line.includes('error TS') && !line.startsWith('.snippets/mutant-'));
    expect(unexplained.slice(0, 5)).toEqual([]);
  });

  it('would fail the test if a snippet did not compile (broken copies are caught)', () => {
    expect(broken.size).toBe(mutants.length);
    for (const [id, file] of broken) expect(errorsOf(file), id).not.toEqual([]);
  });
});
