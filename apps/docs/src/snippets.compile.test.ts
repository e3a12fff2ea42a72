import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type PlatformId, platformIds } from '@org/error-codes';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSiteConfig } from './config.js';
import { loadSiteData, type SiteData } from './data.js';
import { catalogOf } from './platforms.js';
import { allRoutes } from './routes.js';
import { type SiteLocale, siteLocales } from './site.js';
import { neverEmitted, type Snippet, snippetsFor } from './snippets.js';

/*
 * The TypeScript and TSX snippets of the code pages (which ones: `compiled` below),
 * each written out as its own module and compiled by tsc against the installed
 * @videosdk.live/js-sdk, react-sdk and react-native-sdk (0.4.2, the React Native
 * line's SDK) typings, React's, pino's and the workspace packages' (under apps/docs, so they
 * resolve as they would in an app). Strict options, as a careful app would set them.
 * A few broken copies are compiled in the same run: each must fail, which proves
 * the typings are really read (an `any` would let them pass).
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.snippets');
const typescript = createRequire(import.meta.url).resolve('typescript');
const run = promisify(execFile);

/*
 * The check each child process runs, through the compiler API rather than the tsc
 * command: react-native-sdk 0.4.2's own typings hold a syntax error (below), and the
 * tsc command reports only syntax errors when a program has any, so no type error
 * of any snippet would surface. The API gives every file's type errors regardless.
 * Printed as tsc prints them (`.snippets/<file>(line,col): error TS…`).
 */
const checker = `
const ts = require(process.argv[1]);
const { compilerOptions, files } = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'));
const { options, errors } = ts.convertCompilerOptionsFromJson(compilerOptions, process.cwd());
const program = ts.createProgram(files.map((f) => '.snippets/' + f), options);
const diagnostics = [
  ...errors,
  ...program.getOptionsDiagnostics(),
  ...program.getGlobalDiagnostics(),
  ...program.getSyntacticDiagnostics(),
  ...program.getSemanticDiagnostics(),
];
process.stdout.write(ts.formatDiagnostics(diagnostics, {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => process.cwd(),
  getNewLine: () => '\\n',
}));
`;

/*
 * The one error allowed, in react-native-sdk 0.4.2's published types/index.d.ts:
 * `onE2EEStateChanged?: (…)` has no `=> void`. The parser recovers; the SDK's
 * other types, `useMeeting` among them, are read (the rn- mutants prove it).
 */
const knownSdkError =
  /react-native-sdk\/types\/index\.d\.ts\(521,3\): error TS1005: '=>' expected\.$/;

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
const mutants: {
  id: string;
  from: string;
  /** Break a never-emitted code's sample (its try/catch form), not the event form. */
  thrown?: true;
  break: (code: string) => string;
}[] = [
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
    id: 'rn-misspelt-hook-option',
    from: 'react-native-sdk',
    break: (c) => c.replace('onError:', 'onErorr:'),
  },
  {
    id: 'rn-unknown-code',
    from: 'react-native-sdk',
    break: (c) => c.replace(/ErrorCodes\.\w+/, 'ErrorCodes.ERROR_NOT_ON_REACT_NATIVE'),
  },
  {
    id: 'logger-argument',
    from: 'logger',
    break: (c) => c.replace('logError(logger,', 'logError(42,'),
  },
  {
    id: 'thrown-unknown-code',
    from: 'js-sdk',
    thrown: true,
    break: (c) => c.replace(/ErrorCodes\.\w+/, 'ErrorCodes.NOT_A_REAL_CODE'),
  },
  {
    id: 'thrown-call-not-a-function',
    from: 'js-sdk',
    thrown: true,
    break: (c) => c.replace('meeting.join()', 'meeting.joinn()'),
  },
  {
    id: 'thrown-react-wrong-call',
    from: 'react-sdk',
    thrown: true,
    break: (c) => c.replace('attempt(join)', 'attempt(42)'),
  },
  {
    id: 'entry-field',
    from: 'fetch',
    break: (c) => c.replace('entry.userMessage', 'entry.userMesage'),
  },
];

/*
 * Which pages' snippets are compiled: every code of every line in English, and the
 * first code of every line in every other locale. A snippet's code depends on the
 * entry (its constant, number and title) and on the locale only through the locale
 * id it passes (`loadMessages(line, 'de')`, `locales/<line>/de`), so this covers
 * every constant and every locale module path in about an eighth of the files.
 */
const compiled = (platform: PlatformId, code: number, locale: SiteLocale) =>
  locale === 'en' || catalogOf(platform)[0]?.code === code;

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
    if (route.kind !== 'code' || !compiled(route.platform, route.entry.code, route.locale))
      continue;
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
    const source = written.find(
      (w) =>
        w.snippet.id === mutant.from &&
        (!mutant.thrown || w.snippet.code.includes('catch (thrown)')),
    );
    if (!source) throw new Error(`no ${mutant.from} snippet to break`);
    const code = mutant.break(source.snippet.code);
    if (code === source.snippet.code) throw new Error(`${mutant.id} did not change the snippet`);
    const file = `mutant-${mutant.id}.${source.snippet.language}`;
    writeFileSync(join(dir, file), code);
    broken.set(mutant.id, file);
  }
  // Two checking processes, one per core, each over half of the files.
  const files = [...written.map((w) => w.file), ...broken.values()];
  const halves = [0, 1].map((half) => files.filter((_, i) => i % 2 === half));
  const results = await Promise.all(
    halves.map(async (half, i) => {
      const project = join(dir, `tsconfig.${i}.json`);
      writeFileSync(project, JSON.stringify({ compilerOptions, files: half }));
      const { stdout, stderr } = await run(process.execPath, ['-e', checker, typescript, project], {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
      });
      return `${stdout}${stderr}`;
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
  it('are all written out: the TypeScript ones of every line and code, and of every locale', () => {
    // Web pages carry js-sdk, react-sdk, logger and fetch; React Native pages its SDK's hook,
    // logger and fetch; iOS and Flutter pages logger and fetch (Swift and Dart are not compiled).
    const perPage: Record<PlatformId, number> = {
      web: 4,
      'react-native': 3,
      ios: 2,
      'flutter-1': 2,
      'flutter-3': 2,
    };
    const expected = platformIds.reduce(
      (sum, p) => sum + (catalogOf(p).length + siteLocales.length - 1) * perPage[p],
      0,
    );
    expect(written).toHaveLength(expected);
  });

  it('give every never-emitted web code the try/catch form, never meeting.on', () => {
    const web = written.filter((w) => w.file.startsWith('web-') && w.file.includes('-en-'));
    const thrownForm = web.filter((w) => w.snippet.code.includes('catch (thrown)'));
    const codes = new Set<number>(
      catalogOf('web')
        .filter((e) => neverEmitted(e))
        .map((e) => e.code),
    );
    expect(codes.size).toBeGreaterThan(0);
    // js-sdk and react-sdk, for each such code.
    expect(thrownForm).toHaveLength(codes.size * 2);
    for (const w of thrownForm) {
      expect(codes.has(Number(w.file.split('-')[1]))).toBe(true);
      // No listener (a comment may name the event it never reaches).
      expect(w.snippet.code).not.toContain("meeting.on('error',");
      expect(w.snippet.code).not.toContain('onError:');
    }
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
      .filter((line) => line.includes('error TS') && !line.startsWith('.snippets/mutant-'))
      .filter((line) => !knownSdkError.test(line));
    expect(unexplained.slice(0, 5)).toEqual([]);
  });

  it('would fail the test if a snippet did not compile (broken copies are caught)', () => {
    expect(broken.size).toBe(mutants.length);
    for (const [id, file] of broken) expect(errorsOf(file), id).not.toEqual([]);
  });
});
