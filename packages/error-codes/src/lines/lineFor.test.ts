import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLineId, lineFor, lineIds, lines } from '../index.js';
import { parseVersion, satisfies } from './semver.js';

const idOf = (sdkPackage: unknown, version: unknown) => {
  const r = lineFor(sdkPackage, version);
  return r.ok ? r.line.id : undefined;
};

describe('lineFor: from an SDK package and version to the line that covers it', () => {
  it('tells the two Flutter lines apart by version', () => {
    expect(idOf('videosdk', '3.8.0')).toBe('flutter-3');
    expect(idOf('videosdk', '3.0.0')).toBe('flutter-3');
    expect(idOf('videosdk', '1.2.4')).toBe('flutter-1');
    expect(idOf('videosdk', '1.2.0')).toBe('flutter-1');
  });

  it('names the known ranges where no line covers a version (videosdk 2.0.0)', () => {
    const r = lineFor('videosdk', '2.0.0');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe(
      'videosdk 2.0.0 is in no line the catalog knows; known for videosdk: flutter-1 (videosdk >=1.2.0 <1.3.0), flutter-3 (videosdk >=3.0.0 <4.0.0)',
    );
    expect(r.known).toEqual([
      { line: 'flutter-1', package: 'videosdk', versions: '>=1.2.0 <1.3.0' },
      { line: 'flutter-3', package: 'videosdk', versions: '>=3.0.0 <4.0.0' },
    ]);
    expect(idOf('videosdk', '1.3.0')).toBeUndefined();
    expect(idOf('videosdk', '4.0.0')).toBeUndefined();
  });

  it('maps the web, React Native and iOS SDKs', () => {
    expect(idOf('@videosdk.live/js-sdk', '1.1.1')).toBe('web');
    expect(idOf('@videosdk.live/js-sdk', '0.3.6')).toBe('web');
    expect(idOf('@videosdk.live/js-sdk', '1.1.2')).toBeUndefined();
    expect(idOf('@videosdk.live/react-sdk', '1.1.1')).toBe('web');
    expect(idOf('@videosdk.live/react-sdk', '0.4.3')).toBe('web');
    expect(idOf('@videosdk.live/react-native-sdk', '0.4.2')).toBe('react-native');
    expect(idOf('@videosdk.live/react-native-sdk', '0.4.1')).toBeUndefined();
    expect(idOf('VideoSDKRTC', '3.2.0')).toBe('ios');
    expect(idOf('VideoSDKRTC', '3.1.0')).toBe('ios');
    expect(idOf('VideoSDKRTC', '4.0.0-beta.1')).toBe('ios');
    expect(idOf('VideoSDKRTC', '4.0.0-beta.2')).toBeUndefined();
    expect(idOf('VideoSDKRTC', '4.0.0')).toBeUndefined();
    expect(idOf('VideoSDKRTC', '3.0.9')).toBeUndefined();
  });

  it('accepts a package name in any case and a version with spaces, a v or build metadata', () => {
    expect(idOf('VIDEOSDK', ' 3.8.0 ')).toBe('flutter-3');
    expect(idOf('videosdkrtc', 'v3.2.0')).toBe('ios');
    expect(idOf('videosdk', '3.8.0+12')).toBe('flutter-3');
  });

  it('says Android has no table rather than guessing one', () => {
    const r = lineFor('live.videosdk:rtc-android-sdk', '3.0.0');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/Android line, which has no table: .*Maven/);
  });

  it('answers junk with a reason and never throws', () => {
    const cases: [unknown, unknown][] = [
      [undefined, undefined],
      [null, '1.0.0'],
      [42, '1.0.0'],
      ['', '1.0.0'],
      ['   ', '1.0.0'],
      ['__proto__', '1.0.0'],
      ['constructor', '1.0.0'],
      ['x'.repeat(1_000_000), '1.0.0'],
      ['videosdk', 'x'.repeat(1_000_000)],
      ['videosdk', undefined],
      ['videosdk', 3.8],
      ['videosdk', '3.8'],
      ['videosdk', 'latest'],
      ['videosdk', '^3.8.0'],
      ['videosdk', '03.8.0'],
      ['videosdk', '99999999999999999999.0.0'],
      ['videosdk', { toString: () => '3.8.0' }],
    ];
    for (const [p, v] of cases) {
      const r = lineFor(p, v);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason.length).toBeGreaterThan(0);
        expect(r.reason.length).toBeLessThan(1000);
        expect(r.known.length).toBeGreaterThan(0);
      }
    }
    expect(lineFor('__proto__', '1.0.0')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /^"__proto__" is not an SDK package the catalog knows; known: web/,
      ),
    });
    expect(lineFor('videosdk', '3.8')).toMatchObject({
      reason: expect.stringMatching(
        /^"3.8" is not a version \(x.y.z\); known for videosdk: flutter-1 /,
      ),
    });
  });

  it('never throws and only ever returns a line with a table (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...lines.map((l) => l.sdk.package)), fc.anything()),
        fc.oneof(
          fc.tuple(fc.nat(10), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`),
          fc.anything(),
        ),
        (p, v) => {
          const r = lineFor(p, v);
          if (r.ok) expect(r.line.hasTable).toBe(true);
          else expect(typeof r.reason).toBe('string');
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('the line registry', () => {
  it('lists every line once, with Android present and without a table', () => {
    expect(lineIds).toEqual(['web', 'react-native', 'ios', 'flutter-1', 'flutter-3', 'android']);
    expect(lines.map((l) => l.id)).toEqual([...lineIds]);
    expect(lines.map((l) => [l.id, l.codes, l.complete, l.hasTable])).toEqual([
      ['web', 160, true, true],
      ['react-native', 56, true, true],
      ['ios', 151, true, true],
      ['flutter-1', 68, true, true],
      ['flutter-3', lines.find((l) => l.id === 'flutter-3')?.codes, false, true],
      ['android', 0, false, false],
    ]);
  });

  it('gives no two lines of one package a shared version: every bound of a range falls in its own line only', () => {
    const boundsOf = (range: string) => range.split(/[\s|<>=]+/).filter((v) => /^\d/.test(v));
    for (const a of lines) {
      for (const v of boundsOf(a.sdk.versions)) {
        const parsed = parseVersion(v);
        if (!parsed) throw new Error(`${a.id}: ${v} is not a version`);
        const inclusive = satisfies(parsed, a.sdk.versions);
        const others = lines.filter(
          (b) => b !== a && b.sdk.package === a.sdk.package && satisfies(parsed, b.sdk.versions),
        );
        expect(
          others.map((b) => b.id),
          `${a.id} ${v}`,
        ).toEqual([]);
        if (inclusive && a.hasTable) expect(idOf(a.sdk.package, v)).toBe(a.id);
      }
    }
  });

  it('guards line ids', () => {
    for (const id of lineIds) expect(isLineId(id)).toBe(true);
    for (const junk of ['', 'Web', 'flutter', '__proto__', 3, null, undefined, {}]) {
      expect(isLineId(junk)).toBe(false);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(lines)).toBe(true);
    expect(lines.every((l) => Object.isFrozen(l))).toBe(true);
  });
});
