/**
 * The written rules that derive a web entry's category, severity, retryable and
 * feature from its wire name and its words (the runtime message, or the SDK's doc
 * comment where no message is known). A web code that means what a Flutter code
 * means takes the Flutter entry's fields instead, so one meaning is described once.
 * The package README states the same rules in prose.
 */
import {
  DEFAULT_RETRY_POLICY,
  FEW_SECONDS_RETRY_POLICY,
  type RetryPolicy,
} from '../src/retryPolicy.js';
import type { ErrorCategory, ErrorFeature, ErrorSeverity } from '../src/types.js';

/** The services a name can name: each is both a category and a feature. */
const SERVICE_RULES = [
  [/TRANSLATION/, 'translation'],
  [/TRANSCRIPTION/, 'transcription'],
  [/WHITEBOARD/, 'whiteboard'],
  [/PUBSUB/, 'pubsub'],
  [/_VALUE$/, 'realtime-store'],
  [/MEDIA_RELAY/, 'media-relay'],
  [/HLS/, 'hls'],
  [/LIVESTREAM|RTMP/, 'livestream'],
] as const satisfies ReadonlyArray<readonly [RegExp, ErrorCategory & ErrorFeature]>;

/** First match wins: services first, then the kinds of problem. */
const CATEGORY_RULES: ReadonlyArray<readonly [RegExp, ErrorCategory]> = [
  ...SERVICE_RULES,
  [/RECORDING/, 'recording'],
  [/^MAX_/, 'limit'],
  [/^ACCOUNT_|^ADD_ON_SERVICES|^APIKEY_DEACTIVATED$/, 'account'],
  [/^INVALID_(API_KEY|TOKEN|PERMISSIONS)$|^UNAUTHORIZED_/, 'auth'],
  [/DISPLAY_MEDIA|SCREENSHARE/, 'screenshare'],
  [/PARTICIPANT_(MIC|WEBCAM)|^REMOVE_PARTICIPANT|^(UN)?PIN_/, 'participant-control'],
  [
    /STREAMS?_FAILED$|^SET_QUALITY|CONSUM|ADAPTIVE_SUBSCRIPTION|^CODEC_NOT_SUPPORTED$|MULTISTREAM/,
    'stream',
  ],
  [/MEDIA_CONNECTION|RECONNECTING|TIMED_OUT|MEDIA_NOT_READY|SOMETHING_WENT_WRONG/, 'connection'],
  [/MEETING|PARTICIPANT|_MODE|ENTRY_FAILED|SWITCH_/, 'session'],
  [/SEND_FAILED|PAYLOAD|FILE_/, 'data'],
  [/ALREADY_IN_REQUESTED_STATE|OPERATION_|ACTION_NOT_SUPPORTED$|INVALID_PARAMETER/, 'usage'],
  [/CAMERA|MICROPHONE|MIC_|WEBCAM|VIDEO|AUDIO|TRACK|CODEC|MEDIA|CAPTURE_IMAGE/, 'media-device'],
  // iOS only, last so no web or Flutter name falls here: a character (an AI
  // participant) joining or leaving, and the code iOS gives an error it cannot classify.
  [/^CHARACTER_(JOIN|LEAVE)_FAILED$|^UNKNOWN_ERROR$/, 'session'],
];

const FEATURE_RULES: ReadonlyArray<readonly [RegExp, ErrorFeature]> = [
  ...SERVICE_RULES,
  [/PARTICIPANT_RECORDING/, 'participant-recording'],
  [/TRACK_RECORDING/, 'track-recording'],
  [/COMPP?OSITE_RECORDING/, 'composite-recording'],
  [/RECORDING/, 'recording'],
];

/** Names that keep the participant out of the meeting, or put them out of it. */
const FATAL =
  /^(MEETING_ID_DISABLED|APIKEY_DEACTIVATED|MAX_RECV_ONLY_LIMIT_REACHED_ON_ORGANIZATION|ERROR_MEETING_MEDIA_CONNECTION_FAILED|ERROR_UNABLE_TO_JOIN_MEETING)$/;

export function categoryOf(name: string): ErrorCategory {
  for (const [pattern, category] of CATEGORY_RULES) if (pattern.test(name)) return category;
  throw new Error(`no category rule matches ${name}: add one to scripts/deriveFields.ts`);
}

export function featureOf(name: string): ErrorFeature | null {
  for (const [pattern, feature] of FEATURE_RULES) if (pattern.test(name)) return feature;
  return null;
}

/**
 * `fatal`: the participant cannot get in or is put out. `warning`: the SDK recovered
 * (it reverted or fell back), or the call met a state that needs nothing fixed (already
 * active, already in progress, reconnecting). `error`: everything else.
 */
export function severityOf(name: string, words: string): ErrorSeverity {
  if (FATAL.test(name)) return 'fatal';
  if (/reverting|falling back|already active|already in progress|is reconnecting/i.test(words)) {
    return 'warning';
  }
  return 'error';
}

/**
 * `retryable` (defined in src/types.ts): the same call can succeed if the app repeats
 * it unchanged after a short wait. True when the words say to try again, or blame an
 * unknown or internal error or "something went wrong", unless they first ask for a fix
 * (verify a value, close other programs, check a device, grant a permission). A few
 * names say neither and are listed with why. "Check your network connection … and try
 * again" (3044) stays retryable: a connection comes back by itself, and the SDK
 * itself restarts it.
 */
export function retryableOf(name: string, words: string): boolean {
  if (RETRYABLE_NAMES.test(name)) return true;
  if (NOT_RETRYABLE_NAMES.test(name)) return false;
  return RETRYABLE_WORDS.test(words) && !FIX_FIRST_WORDS.test(words);
}

export const RETRYABLE_WORDS =
  /try again|attempt again|due to an? (?:unknown|internal) error|something went wrong/i;

/** Words that ask for a change before the call is repeated: "check X and try again" where X is not a passing state. */
export const FIX_FIRST_WORDS =
  /verify|close any programs|check your microphone|grant the necessary permissions/i;

/**
 * Their words give no verdict, but the call can be repeated unchanged: the SDK was not
 * ready yet (3050), the call was cut short (3056), or a server round trip failed
 * (3061 screen-share start, 4045/4046 realtime store).
 */
const RETRYABLE_NAMES =
  /^(ERROR_MEDIA_DEVICE_NOT_INITIALIZED|ERROR_OPERATION_ABORTED|ERROR_SCREENSHARE_PRODUCE_FAILED|FAILED_TO_(SET|GET)_VALUE)$/;

/**
 * Their words say "try again", but a track fails to be created when its device fails:
 * the camera or microphone must be checked first (Flutter 1.2.x 3017/3018, web 3053/3060).
 */
const NOT_RETRYABLE_NAMES =
  /^ERROR_(CREATING_(VIDEO|AUDIO)_TRACK|(VIDEO|AUDIO)_TRACK_CREATION_FAILED)$/;

/**
 * The retry policy of an entry: none unless it is retryable; the few-seconds policy
 * where the words say to wait a few seconds (4018–4020), else the default.
 */
export function retryPolicyOf(retryable: boolean, words: string): RetryPolicy | null {
  if (!retryable) return null;
  return FEW_SECONDS_WORDS.test(words) ? FEW_SECONDS_RETRY_POLICY : DEFAULT_RETRY_POLICY;
}

export const FEW_SECONDS_WORDS = /after (?:a )?few seconds/i;
