import { describe, expect, it } from 'vitest';
import {
  fencedBlocks,
  installLines,
  optOutReason,
  packageOfSpecifier,
  tarballPrefix,
} from './markdown.js';

const fence = '```';

describe('fencedBlocks', () => {
  it('reads the language, the rest of the info string, the code and its first line', () => {
    const md = ['# T', '', `${fence}tsx nocompile: why`, 'const a = 1;', fence, 'text'].join('\n');
    expect(fencedBlocks(md)).toEqual([
      { language: 'tsx', meta: 'nocompile: why', code: 'const a = 1;\n', line: 4 },
    ]);
  });

  it('closes a fence only with the same character, at least as long', () => {
    const md = ['````ts', '```', '~~~', 'x;', '````', '~~~sh', 'ls', '~~~'].join('\n');
    expect(fencedBlocks(md).map((b) => [b.language, b.code])).toEqual([
      ['ts', '```\n~~~\nx;\n'],
      ['sh', 'ls\n'],
    ]);
  });

  it('runs a fence left open to the end, and reads none from a backtick info string', () => {
    expect(fencedBlocks('```a`b\nnot a block').length).toBe(0);
    expect(fencedBlocks('```ts\nopen').map((b) => b.code)).toEqual(['open\n']);
    expect(fencedBlocks('')).toEqual([]);
  });
});

describe('optOutReason', () => {
  const block = (meta: string) => ({ language: 'ts', meta, code: '', line: 1 });
  it('is the reason after nocompile, empty without one, undefined for a checked block', () => {
    expect(optOutReason(block('nocompile: shows a deliberate error'))).toBe(
      'shows a deliberate error',
    );
    expect(optOutReason(block('nocompile="needs a bundler plugin"'))).toBe(
      'needs a bundler plugin',
    );
    expect(optOutReason(block('nocompile'))).toBe('');
    expect(optOutReason(block(''))).toBeUndefined();
    expect(optOutReason(block('title="a.ts"'))).toBeUndefined();
  });
});

describe('installLines', () => {
  const sh = (...lines: string[]) => [`${fence}sh`, ...lines, fence].join('\n');

  it('lists the packages of each install command, without flags or versions', () => {
    const md = sh(
      'pnpm add @org/error-codes @org/error-codes-logger pino   # or: winston',
      'npm install --save-dev typescript@5 -E',
      'yarn add react@^19',
      'pnpm install    # everything',
      'npx @org/error-codes-cli 3017',
    );
    expect(installLines(md).map((l) => [l.packages, l.comment])).toEqual([
      [['@org/error-codes', '@org/error-codes-logger', 'pino'], 'or: winston'],
      [['typescript'], ''],
      [['react'], ''],
      [[], 'everything'],
    ]);
  });

  it('reads a command written in a comment up to where the sentence goes on', () => {
    const md = sh('# or install it: npm install --global @org/error-codes-cli, then `error-codes`');
    expect(installLines(md).map((l) => l.packages)).toEqual([['@org/error-codes-cli']]);
  });

  it('names a tarball by the package it holds, and drops other paths', () => {
    const names = new Map([[tarballPrefix('@org/error-codes-react'), '@org/error-codes-react']]);
    const md = sh(
      'npm install ../x/org-error-codes-react-0.0.0.tgz ./vendor/thing ./other-1.0.0.tgz',
    );
    expect(installLines(md, names).map((l) => l.packages)).toEqual([['@org/error-codes-react']]);
  });

  it('reads no install line outside shell blocks', () => {
    expect(installLines(`${fence}ts\n// npm install pino\n${fence}\nnpm install pino`)).toEqual([]);
  });
});

describe('packageOfSpecifier', () => {
  it('is the package of a bare specifier, undefined for a path', () => {
    expect(packageOfSpecifier('@org/error-codes/web')).toBe('@org/error-codes');
    expect(packageOfSpecifier('react-dom/server')).toBe('react-dom');
    expect(packageOfSpecifier('./App')).toBeUndefined();
    expect(packageOfSpecifier('/abs')).toBeUndefined();
  });
});
