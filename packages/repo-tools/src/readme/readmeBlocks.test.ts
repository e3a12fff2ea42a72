import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPublishablePackages, REPO_ROOT } from '../release/workspace.js';
import { type CompileResult, compileBlocks, formatDiagnostic } from './compileBlocks.js';
import { readmeCheckSetup } from './environment.js';
import { listReadmes, type MissingInstall, missingInstalls, readReadme } from './readmes.js';

/*
 * Every TypeScript block of every README (the root's, each package's and app's),
 * type-checked as pasted into a strict app (`@org/tsconfig`'s React settings) that
 * installed what the README's install lines say, against the built packages and the
 * real typings of the VideoSDK SDKs, React, pino, winston and Fastify. One program
 * for all blocks, in this process. Broken copies in __fixtures__ go through the same
 * program and must fail, each with its one expected error.
 */

const setup = readmeCheckSetup(REPO_ROOT);
const read = (path: string) =>
  readReadme(path, { root: REPO_ROOT, knownPackages: setup.knownPackages });
const readmes = listReadmes(REPO_ROOT).map(read);
const fixture = (name: string) =>
  read(fileURLToPath(new URL(`./__fixtures__/${name}/README.md`, import.meta.url)));
const broken = {
  typeError: fixture('type-error'),
  missingInstall: fixture('missing-install'),
  undefinedName: fixture('undefined-name'),
};

let result: CompileResult;

beforeAll(() => {
  if (setup.unbuilt.length > 0) {
    throw new Error(
      `build the packages first (pnpm --filter './packages/*' build): missing ${setup.unbuilt.join(', ')}`,
    );
  }
  result = compileBlocks([...readmes, ...Object.values(broken)], setup.env);
  // One program over the SDKs', React's and the packages' typings: about 10 s on two
  // busy cores. The budget is for a hang, not a stopwatch.
}, 180_000);

const errorsOf = (readme: string) =>
  result.diagnostics.filter((d) => d.readme === readme).map(formatDiagnostic);
const describeMissing = (m: MissingInstall) =>
  `${m.readme}:${m.line} imports '${m.specifier}', but no install line of the README lists ${m.pkg}`;
const withBlocks = readmes.filter((r) => r.blocks.length > 0);

describe('the README code blocks', () => {
  it('are found in the root README and every published package README', () => {
    const expected = [
      'README.md',
      ...listPublishablePackages(REPO_ROOT).map((p) => `${p.relativeDir}/README.md`),
    ];
    expect(withBlocks.map((r) => r.relativePath)).toEqual(expect.arrayContaining(expected));
  });

  it.each(
    withBlocks.map((r) => [r.relativePath, r.blocks.filter((b) => b.optOut === undefined).length]),
  )('%s: its TypeScript blocks compile (%i)', (path) => {
    expect(result.global).toEqual([]);
    expect(result.compiled.get(path)).toBeGreaterThan(0);
    expect(errorsOf(path)).toEqual([]);
  });

  it.each(withBlocks.map((r) => [r.relativePath, r] as const))(
    '%s: its install lines list every package its blocks import',
    (_, readme) => {
      expect(missingInstalls(readme).map(describeMissing)).toEqual([]);
    },
  );

  it('are left out of the check only with a written reason (```ts nocompile: why)', () => {
    const unexplained = readmes.flatMap((r) =>
      r.blocks.filter((b) => b.optOut === '').map((b) => `${r.relativePath}:${b.line}`),
    );
    expect(unexplained).toEqual([]);
  });
});

describe('the broken copies fail in the same run', () => {
  it('a missing required prop (react-sdk 1.1.1 `debugMode`) is a type error', () => {
    expect(missingInstalls(broken.typeError)).toEqual([]);
    expect(errorsOf(broken.typeError.relativePath)).toEqual([
      expect.stringMatching(/ TS2741 Property 'debugMode' is missing/),
    ]);
  });

  it('an import the install line leaves out is named, and does not resolve', () => {
    expect(missingInstalls(broken.missingInstall).map((m) => [m.specifier, m.pkg])).toEqual([
      ['@org/error-codes/web', '@org/error-codes'],
    ]);
    expect(errorsOf(broken.missingInstall.relativePath)).toEqual([
      expect.stringMatching(/ TS2307 Cannot find module '@org\/error-codes\/web'/),
    ]);
  });

  it('a name the example never defines is an error', () => {
    expect(missingInstalls(broken.undefinedName)).toEqual([]);
    expect(errorsOf(broken.undefinedName.relativePath)).toEqual([
      expect.stringMatching(/ TS2304 Cannot find name 'sdkEvent'/),
    ]);
  });
});
