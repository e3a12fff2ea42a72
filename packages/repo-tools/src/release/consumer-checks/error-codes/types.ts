import {
  type AnyErrorEntry,
  type Explanation,
  explain,
  type MeaningIdOf,
  meanings,
  type PlatformId,
  platforms,
} from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter-1';
import * as ios from '@org/error-codes/ios';
import {
  catalog,
  type ErrorCode,
  ErrorCodes,
  type ErrorEntry,
  type ErrorName,
  findError,
  getError,
  isErrorCode,
  MeetingError,
  normalizeError,
} from '@org/error-codes/web';

// One number, two meanings: each platform's getError gives its own literal name.
const webName: 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED' = getError(3017).name;
const flutterName: 'ERROR_CREATING_VIDEO_TRACK' = flutter.getError(3017).name;
// @ts-expect-error web 3017 is not Flutter's name: the types are per platform.
const crossed: 'ERROR_CREATING_VIDEO_TRACK' = getError(3017).name;
const code: 3017 = ErrorCodes.ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED;
const name: ErrorName = getError(code).name;
const found: ErrorEntry | undefined = findError('anything');
const input: unknown = 42;
if (isErrorCode(input)) {
  const narrowed: ErrorCode = input;
  void narrowed;
}
const normalized = normalizeError({ code: 1, message: 'x' });
if (normalized.known) {
  const known: ErrorCode = normalized.code;
  void known;
}
const error = new MeetingError(normalized, { cause: input });
const platform: PlatformId | undefined = error.platform;
const answer: Explanation = explain(3017);
const clash: boolean = answer.clash;
const any: AnyErrorEntry | undefined = answer.matches[0]?.entry;
const inUse: number | undefined = meanings().get('camera-in-use')?.get('flutter-1');
const iosOnly: MeaningIdOf<'ios'> = ios.getError(4033).meaning;
// @ts-expect-error there is no plain 'flutter' line: a Flutter app names its version line.
const noFlutter: PlatformId = 'flutter';
const ids: PlatformId[] = platforms.map((p) => p.id);
flutter.getError(5012);
// @ts-expect-error web has no 5012 (Flutter has): the types are real, not `any`.
getError(5012);
// @ts-expect-error 1 is not a code on either platform.
flutter.getError(1);
// @ts-expect-error the catalog is readonly.
catalog.push(getError(3017));

export {
  any,
  clash,
  crossed,
  flutterName,
  found,
  ids,
  inUse,
  iosOnly,
  name,
  noFlutter,
  platform,
  webName,
};
