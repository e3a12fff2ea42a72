import { describe, expectTypeOf, it } from 'vitest';
import {
  type ErrorCode,
  ErrorCodes,
  type ErrorEntry,
  type ErrorName,
  findError,
  getError,
  isErrorCode,
  normalizeError,
} from './index.js';

describe('public types', () => {
  it('getError keeps the literal name and code', () => {
    expectTypeOf(getError(4001).name).toEqualTypeOf<'INVALID_API_KEY'>();
    expectTypeOf(getError(4001).code).toEqualTypeOf<4001>();
    expectTypeOf(
      getError(ErrorCodes.UNAUTHORIZED_PARTCIPANT_ID).name,
    ).toEqualTypeOf<'UNAUTHORIZED_PARTCIPANT_ID'>();
  });

  it('getError rejects a code the catalog does not have', () => {
    // @ts-expect-error 9999 is not an ErrorCode
    getError(9999);
    // @ts-expect-error a plain number is not an ErrorCode
    getError(4001 as number);
  });

  it('ErrorCode is the union of the code literals', () => {
    expectTypeOf<4001>().toExtend<ErrorCode>();
    expectTypeOf<3023>().toExtend<ErrorCode>();
    expectTypeOf<4033>().not.toExtend<ErrorCode>();
    expectTypeOf<'MAX_SPEAKER_REACHED'>().toExtend<ErrorName>();
    expectTypeOf(ErrorCodes.INVALID_API_KEY).toEqualTypeOf<4001>();
  });

  it('findError returns an entry or undefined; isErrorCode narrows', () => {
    expectTypeOf(findError).returns.toEqualTypeOf<ErrorEntry | undefined>();
    const value: unknown = 4001;
    if (isErrorCode(value)) expectTypeOf(value).toEqualTypeOf<ErrorCode>();
  });

  it('normalizeError discriminates on known', () => {
    const n = normalizeError({ code: 4001 });
    if (n.known) expectTypeOf(n.entry).toEqualTypeOf<ErrorEntry>();
    else expectTypeOf(n.entry).toEqualTypeOf<undefined>();
  });
});
