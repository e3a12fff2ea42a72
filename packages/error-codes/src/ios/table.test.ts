import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  iosDisagreements,
  readDocComment,
  readIosSource,
  readSwiftMembers,
} from '../../scripts/readIosSource.js';
import { catalog as flutter } from '../flutter-1/index.js';
import { lines } from '../lines/registry.generated.js';
import { catalog as web } from '../web/index.js';
import { entries } from './table.generated.js';

// The committed extraction (sources/ios-3.2.0), read the way the generator reads it.
const source = readIosSource();
const interfaceText = readFileSync(
  new URL('../../sources/ios-3.2.0/VideoSDKError.swiftinterface', import.meta.url),
  'utf8',
);
const webByCode = new Map(web.map((e) => [e.code as number, e]));

describe('the iOS extraction: the Swift interface and the doc comments agree', () => {
  it('declares 151 members and documents 151, the same names both ways', () => {
    expect(source.members).toHaveLength(151);
    expect(source.entries).toHaveLength(151);
    expect(new Set(source.members)).toEqual(new Set(source.entries.map((e) => e.name)));
    expect(iosDisagreements(source)).toEqual([]);
  });

  it('reads a code from every doc comment and no code twice', () => {
    const codes = source.entries.map((e) => e.code);
    expect(codes.every((c) => Number.isInteger(c) && c >= 3000 && c < 6000)).toBe(true);
    expect(new Set(codes).size).toBe(151);
  });

  it('counts every member line of the interface, none skipped by the reader', () => {
    const memberLines = interfaceText.split('\n').filter((l) => l.includes('public static let '));
    expect(readSwiftMembers(interfaceText)).toHaveLength(memberLines.length);
  });

  it('finds a disagreement when a member or a comment is missing or a code repeats', () => {
    const [first, second] = source.entries;
    if (!first || !second) throw new Error('empty extraction');
    expect(iosDisagreements({ ...source, members: source.members.slice(1) })).toEqual([
      `${source.members[0]}: not a member`,
    ]);
    expect(iosDisagreements({ ...source, members: [...source.members, 'EXTRA_ERROR'] })).toEqual([
      'EXTRA_ERROR: no doc comment',
    ]);
    expect(
      iosDisagreements({ ...source, entries: [first, { ...second, code: first.code }] }).filter(
        (p) => p.includes('code used twice'),
      ),
    ).toEqual([`${first.code}: code used twice`]);
  });

  it('refuses a doc comment without its code line', () => {
    expect(readDocComment('X', 'Unknown error.\n\nError code: `4000`')).toEqual({
      code: 4000,
      message: 'Unknown error.',
    });
    expect(() => readDocComment('X', 'Unknown error.')).toThrow(/no "Error code/);
    expect(() => readDocComment('X', 'Error code: `4000`')).toThrow(/no "Error code/);
  });
});

describe('the iOS table', () => {
  it('holds the 151 codes, names and messages of VideoSDKRTC 3.2.0, sorted by code', () => {
    expect(entries).toHaveLength(151);
    const byName = new Map(source.entries.map((e) => [e.name, e]));
    for (const e of entries) {
      expect(byName.get(e.name)).toEqual({ code: e.code, name: e.name, message: e.message });
      expect(e.platform).toBe('ios');
    }
    expect(entries.map((e) => e.code)).toEqual(
      [...entries.map((e) => e.code)].sort((a, b) => a - b),
    );
  });

  it('shares 146 numbers with web under the same names', () => {
    const same = entries.filter((e) => webByCode.get(e.code)?.name === e.name);
    expect(same).toHaveLength(146);
    for (const e of same) expect(e.meaning).toBe(webByCode.get(e.code)?.meaning);
  });

  it('renumbers two: iOS 3008 means web 3045, iOS 3009 means web 3046', () => {
    const meaningOf = (code: number) => entries.find((e) => e.code === code)?.meaning;
    expect(meaningOf(3008)).toBe(webByCode.get(3045)?.meaning);
    expect(meaningOf(3009)).toBe(webByCode.get(3046)?.meaning);
    expect(webByCode.get(3008)?.meaning).not.toBe(meaningOf(3008));
  });

  it('has three codes web lacks (4000, 4033, 4034) and lacks the RN codes, 3045, 3046 and 3076–3079', () => {
    const webMeanings = new Set<string>(web.map((e) => e.meaning));
    expect(entries.filter((e) => !webMeanings.has(e.meaning)).map((e) => e.code)).toEqual([
      4000, 4033, 4034,
    ]);
    const iosCodes = new Set(entries.map((e) => e.code as number));
    const missing = web.filter((e) => !iosCodes.has(e.code)).map((e) => e.code);
    expect(missing).toEqual([
      3036, 3037, 3038, 3039, 3040, 3041, 3042, 3043, 3045, 3046, 3076, 3077, 3078, 3079,
    ]);
  });

  it('takes a twin’s fields where web or Flutter 1.2.x has the meaning', () => {
    for (const e of entries) {
      const twin =
        web.find((w) => w.meaning === e.meaning) ?? flutter.find((f) => f.meaning === e.meaning);
      if (!twin) continue;
      expect([e.category, e.severity, e.retryable, e.feature]).toEqual([
        twin.category,
        twin.severity,
        twin.retryable,
        twin.feature,
      ]);
    }
  });

  it('is the registry line of VideoSDKRTC 3.1.0–3.2.0 and 4.0.0-beta.1, complete', () => {
    const line = lines.find((l) => l.id === 'ios');
    expect(line).toMatchObject({
      sdk: { package: 'VideoSDKRTC', versions: '>=3.1.0 <=3.2.0 || 4.0.0-beta.1' },
      complete: true,
      hasTable: true,
      codes: 151,
      source: 'sources/ios-3.2.0/',
    });
  });
});
