import { describe, expectTypeOf, it } from 'vitest';
import * as flutter from './flutter-1/index.js';
import {
  explain,
  type MeaningId,
  type MeaningIdOf,
  MeetingError,
  type PlatformId,
} from './index.js';
import * as web from './web/index.js';

describe('per-platform literal types', () => {
  it('getError keeps each platform’s literal name and code', () => {
    expectTypeOf(
      web.getError(3017).name,
    ).toEqualTypeOf<'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED'>();
    expectTypeOf(flutter.getError(3017).name).toEqualTypeOf<'ERROR_CREATING_VIDEO_TRACK'>();
    expectTypeOf(web.getError(4009).name).toEqualTypeOf<'MAX_PARTCIPANT_REACHED'>();
    expectTypeOf(flutter.getError(4009).name).toEqualTypeOf<'MAX_PARTICIPANT_REACHED'>();
    expectTypeOf(web.getError(3023).meaning).toEqualTypeOf<'camera-in-use'>();
    expectTypeOf(web.getError(4001).code).toEqualTypeOf<4001>();
    expectTypeOf(web.ErrorCodes.PUBSUB_PUBLISH_FAILED).toEqualTypeOf<4087>();
  });

  it('getError rejects a code the platform does not have', () => {
    // @ts-expect-error 4087 is a web code only
    flutter.getError(4087);
    // @ts-expect-error 5012 is a Flutter code only
    web.getError(5012);
    // @ts-expect-error a plain number is not an ErrorCode
    web.getError(4001 as number);
  });

  it('ErrorCode and MeaningId are per-platform unions', () => {
    expectTypeOf<3079>().toExtend<web.ErrorCode>();
    expectTypeOf<3079>().not.toExtend<flutter.ErrorCode>();
    expectTypeOf<'pubsub-publish-failed'>().toExtend<MeaningIdOf<'web'>>();
    expectTypeOf<'pubsub-publish-failed'>().not.toExtend<MeaningIdOf<'flutter-1'>>();
    expectTypeOf<MeaningIdOf<PlatformId>>().toEqualTypeOf<MeaningId>();
  });

  it('findError returns the platform’s entry or undefined; isErrorCode narrows', () => {
    expectTypeOf(web.findError).returns.toEqualTypeOf<web.ErrorEntry | undefined>();
    const value: unknown = 4001;
    if (flutter.isErrorCode(value)) expectTypeOf(value).toEqualTypeOf<flutter.ErrorCode>();
  });

  it('normalizeError discriminates on known and names its platform', () => {
    const n = web.normalizeError({ code: 4001 });
    expectTypeOf(n.platform).toEqualTypeOf<'web'>();
    if (n.known) expectTypeOf(n.entry).toEqualTypeOf<web.ErrorEntry>();
    else expectTypeOf(n.entry).toEqualTypeOf<undefined>();
  });

  it('MeetingError takes a normalized error, never a bare payload', () => {
    new MeetingError(web.normalizeError(4001));
    // @ts-expect-error the platform is not picked silently: normalize first
    new MeetingError({ code: 4001 });
    expectTypeOf(explain).parameter(0).toEqualTypeOf<unknown>();
  });
});
