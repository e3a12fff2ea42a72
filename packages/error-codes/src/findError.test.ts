import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as flutter from './flutter-1/index.js';
import * as web from './web/index.js';

describe.each([
  ['web', web],
  ['flutter-1', flutter],
] as const)('%s lookups', (_, { catalog, findError, isErrorCode }) => {
  const codes = new Set<unknown>(catalog.map((e) => e.code));
  const names = new Set<unknown>(catalog.flatMap((e) => [e.name, ...e.aliases]));
  const isCatalogKey = (v: unknown) =>
    codes.has(v) ||
    names.has(v) ||
    (typeof v === 'string' && codes.has(Number(v)) && String(Number(v)) === v);

  describe('findError', () => {
    it('accepts the number, its decimal string and the wire name', () => {
      const entry = findError(4001);
      expect(entry?.name).toBe('INVALID_API_KEY');
      expect(findError('4001')).toBe(entry);
      expect(findError('INVALID_API_KEY')).toBe(entry);
    });

    it.each([
      ' 4001',
      '4001 ',
      '04001',
      '4001.0',
      '4e3',
      '+4001',
      '0x0FA1',
      '４００１',
      'invalid_api_key',
      'INVALID_API_KEY ',
      '',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '9999',
      4001.5,
      -4001,
      0,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      9999,
      4001n,
      Symbol('4001'),
      null,
      undefined,
      true,
      {},
      [],
      [4001],
      { code: 4001 },
      new Number(4001),
      new String('4001'),
      () => 4001,
      Object.create(null),
    ])('returns undefined for %s', (input) => {
      expect(findError(input)).toBeUndefined();
    });

    it('returns undefined for a megabyte string without throwing', () => {
      expect(findError('4'.repeat(1 << 20))).toBeUndefined();
      expect(findError(`INVALID_API_KEY${'x'.repeat(1 << 20)}`)).toBeUndefined();
    });

    it('finds every catalog entry by each spelling', () => {
      for (const e of catalog) {
        expect(findError(e.code)).toBe(e);
        expect(findError(String(e.code))).toBe(e);
        expect(findError(e.name)).toBe(e);
        for (const alias of e.aliases) expect(findError(alias)).toBe(e);
      }
    });

    it('never throws and never returns an entry for a non-catalog input (property)', () => {
      fc.assert(
        fc.property(
          fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }),
          (input) => {
            const result = findError(input);
            expect(result === undefined || isCatalogKey(input)).toBe(true);
          },
        ),
        { numRuns: 2000 },
      );
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.integer(), fc.double()), (input) => {
          const result = findError(input);
          if (isCatalogKey(input)) expect(result).toBeDefined();
          else expect(result).toBeUndefined();
        }),
        { numRuns: 5000 },
      );
    });
  });

  describe('isErrorCode', () => {
    it('is true only for catalog code numbers', () => {
      expect(isErrorCode(4001)).toBe(true);
      for (const v of ['4001', 'INVALID_API_KEY', 4033, 4001n, null, {}, Number.NaN]) {
        expect(isErrorCode(v)).toBe(false);
      }
    });

    it('never throws and agrees with the catalog (property)', () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.integer({ min: 2900, max: 5100 })), (input) => {
          expect(isErrorCode(input)).toBe(typeof input === 'number' && codes.has(input));
        }),
        { numRuns: 3000 },
      );
    });
  });
});

describe('getError', () => {
  it('returns the entry of a known code on each platform', () => {
    expect(web.getError(4010).name).toBe('MAX_SPEAKER_REACHED');
    expect(web.getError(3017).name).toBe('ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
    expect(flutter.getError(3017).name).toBe('ERROR_CREATING_VIDEO_TRACK');
  });
});

describe('aliases', () => {
  it.each([
    ['MAX_PARTCIPANT_REACHED', 4009],
    ['MAX_PARTICIPANT_REACHED', 4009],
    ['UNAUTHORIZED_PARTCIPANT_ID', 4023],
    ['UNAUTHORIZED_PARTICIPANT_ID', 4023],
  ])('%s finds %i on both platforms', (spelling, code) => {
    expect(web.findError(spelling)?.code).toBe(code);
    expect(flutter.findError(spelling)?.code).toBe(code);
  });

  it('finds the web composite-recording typo by either spelling', () => {
    const entry = web.findError('STOP_COMPOSITE_RECORDING_FAILED');
    expect(entry?.name).toBe('STOP_COMPPOSITE_RECORDING_FAILED');
    expect(entry?.aliases).toEqual(['STOP_COMPOSITE_RECORDING_FAILED']);
    expect(web.findError('STOP_COMPPOSITE_RECORDING_FAILED')).toBe(entry);
  });

  it('keeps the platform wire spelling as the name', () => {
    expect(web.getError(4009).name).toBe('MAX_PARTCIPANT_REACHED');
    expect(flutter.getError(4009).name).toBe('MAX_PARTICIPANT_REACHED');
  });
});
