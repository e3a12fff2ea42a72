import errorCodes = require('@org/error-codes');
import web = require('@org/error-codes/web');
import flutter1 = require('@org/error-codes/flutter-1');
import ios = require('@org/error-codes/ios');

const webName: 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED' = web.getError(3017).name;
const flutterName: 'ERROR_CREATING_VIDEO_TRACK' = flutter1.getError(3017).name;
const iosName: 'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED' = ios.getError(3008).name;
const entry: web.ErrorEntry | undefined = web.findError('anything');
const clash: boolean = errorCodes.explain(3017).clash;
// @ts-expect-error web has no 5012: the types are real, not `any`.
web.getError(5012);

export = { clash, entry, flutterName, iosName, webName };
