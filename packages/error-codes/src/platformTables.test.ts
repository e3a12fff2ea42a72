import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categories,
  entriesByNumber,
  features,
  isClash,
  isPlatformId,
  lines,
  meanings,
  numbers,
  platformIds,
  platforms,
  platformTables,
  twinsOf,
} from './index.js';

const all = platformIds.flatMap((id) => [...platformTables[id]]);

describe('the platform registry', () => {
  it('lists every line with a table, in registry order, each at its own entry point', () => {
    expect(platformIds).toEqual(['web', 'react-native', 'ios', 'flutter-1', 'flutter-3']);
    expect(platforms.map((p) => p.id)).toEqual([...platformIds]);
    for (const p of platforms) {
      expect(p.entryPoint).toBe(`@org/error-codes/${p.id}`);
      expect(p.codes).toBe(platformTables[p.id].length);
      expect(platformTables[p.id].every((e) => e.platform === p.id)).toBe(true);
    }
    expect(lines.find((l) => l.id === 'android')?.hasTable).toBe(false);
  });

  it('names no line "flutter" alone: a Flutter app picks its version line', () => {
    expect(isPlatformId('flutter')).toBe(false);
    expect(platforms.filter((p) => p.sdk.package === 'videosdk').map((p) => p.id)).toEqual([
      'flutter-1',
      'flutter-3',
    ]);
  });

  it('isPlatformId accepts the ids and nothing else', () => {
    for (const id of platformIds) expect(isPlatformId(id)).toBe(true);
    for (const junk of [
      'android',
      'Web',
      ' web',
      '__proto__',
      'constructor',
      '',
      'x'.repeat(1e5),
      1,
      null,
      {},
      ['web'],
    ]) {
      expect(isPlatformId(junk)).toBe(false);
    }
  });
});

describe('twins and numbers across lines', () => {
  it('finds a renumbered twin: iOS 3008 means what web 3045 means', () => {
    const ios3008 = platformTables.ios.find((e) => e.code === 3008);
    expect(twinsOf(ios3008).map((e) => [e.platform, e.code])).toEqual([
      ['web', 3045],
      ['flutter-3', 3045],
    ]);
  });

  it('gives every entry the entries of other lines with its meaning, and only those', () => {
    for (const e of all) {
      const twins = twinsOf(e);
      expect(twins.every((t) => t.meaning === e.meaning && t.platform !== e.platform)).toBe(true);
      expect(twins).toHaveLength(
        all.filter((o) => o.meaning === e.meaning && o.platform !== e.platform).length,
      );
    }
  });

  it('answers every line’s entry for a number and marks clashes', () => {
    expect(entriesByNumber(3008).map((e) => [e.platform, e.name])).toEqual([
      ['ios', 'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED'],
      ['flutter-1', 'ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED'],
    ]);
    expect(isClash(3008)).toBe(true);
    expect(isClash('3023')).toBe(true);
    expect(isClash(4001)).toBe(false);
    expect(entriesByNumber('4001').length).toBe(5);
  });

  it('keeps meanings and numbers in step with the tables', () => {
    for (const e of all) {
      expect(meanings().get(e.meaning)?.get(e.platform)).toBe(e.code);
      expect(numbers().get(e.code)?.get(e.platform)).toBe(e.meaning);
    }
    expect(meanings().size).toBe(new Set(all.map((e) => e.meaning)).size);
  });

  it('never throws and finds nothing for junk', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(Array.isArray(twinsOf(junk))).toBe(true);
        expect(Array.isArray(entriesByNumber(junk))).toBe(true);
        expect(typeof isClash(junk)).toBe('boolean');
      }),
    );
    for (const junk of ['__proto__', 'constructor', '', '9'.repeat(1e5), 3.5, -1, Number.NaN]) {
      expect(entriesByNumber(junk)).toEqual([]);
    }
    expect(twinsOf({ meaning: '__proto__' })).toEqual([]);
  });

  it('uses every category and feature of the vocabulary on some line', () => {
    expect(new Set(all.map((e) => e.category))).toEqual(new Set(categories));
    expect(new Set(all.map((e) => e.feature).filter(Boolean))).toEqual(new Set(features));
  });
});

describe('the package exports', () => {
  it('exports every line’s entry point, and no other line entry point', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const lineExports = Object.keys(pkg.exports).filter((k) => !/^\.$|\.json$/.test(k));
    expect(lineExports).toEqual(platforms.map((p) => `./${p.id}`));
    expect(platforms.map((p) => p.entryPoint)).toEqual(
      platforms.map((p) => `@org/error-codes/${p.id}`),
    );
  });
});
