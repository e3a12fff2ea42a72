import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, findError, getError, isErrorCode } from './index.js';

const codes = new Set<unknown>(catalog.map((e) => e.code));
const names = new Set<unknown>(catalog.map((e) => e.name));
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

describe('getError', () => {
  it('returns the entry of a known code', () => {
    expect(getError(4010).name).toBe('MAX_SPEAKER_REACHED');
  });
});

describe('isErrorCode', () => {
  it('is true only for catalog code numbers', () => {
    expect(isErrorCode(4001)).toBe(true);
    expect(isErrorCode(3023)).toBe(true);
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
