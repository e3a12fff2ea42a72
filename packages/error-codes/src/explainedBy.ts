/**
 * "Often explained by": from a vague meaning (a request that failed "due to an unknown
 * error", "something went wrong") to the specific meanings that usually lie behind it.
 * When an app gets the vague code, it should look in its logs for one of these around
 * the same time, or check for the state they name. Written by hand from the SDK's own
 * words (4018–4020 name a previous session still processing; 4021, 4028–4030 an account
 * or organization limit; 3035 a call before the join completed; 5004–5006 the 2-hour
 * limit that already ended a service). The keys and targets are meaning ids, so one
 * link holds on every line; a line lacking a target simply has no link to it.
 */
import type { PlatformId } from './lines/registry.generated.js';
import { type AnyErrorEntry, type MeaningId, platformTables } from './platformTables.js';

type Links = { readonly [M in MeaningId]?: readonly MeaningId[] };

const beforeJoin = 'action-performed-before-meeting-joined';

export const explainedBy = {
  'start-recording-failed': [
    'prev-recording-processing',
    'add-on-services-disabled',
    'max-recording-limit-reached-on-organization',
    beforeJoin,
    'recording-duration-limit-reached',
  ],
  'stop-recording-failed': ['recording-failed', 'recording-duration-limit-reached'],
  'start-livestream-failed': [
    'prev-rtmp-recording-processing',
    'invalid-livestream-config',
    'add-on-services-disabled',
    'max-livestream-limit-reached-on-organization',
    beforeJoin,
    'livestream-duration-limit-reached',
  ],
  'stop-livestream-failed': ['livestream-failed', 'livestream-duration-limit-reached'],
  'start-hls-failed': [
    'prev-hls-streaming-processing',
    'add-on-services-disabled',
    'max-hls-limit-reached-on-organization',
    beforeJoin,
    'hls-duration-limit-reached',
  ],
  'stop-hls-failed': ['hls-failed', 'hls-duration-limit-reached'],
  'start-transcription-failed': ['add-on-services-disabled', beforeJoin],
  'stop-transcription-failed': ['transcription-failed'],
  'start-participant-recording-failed': [
    'add-on-services-disabled',
    'max-recording-limit-reached-on-organization',
    beforeJoin,
  ],
  'stop-participant-recording-failed': ['participant-recording-failed'],
  'start-track-recording-failed': [
    'add-on-services-disabled',
    'max-recording-limit-reached-on-organization',
    beforeJoin,
  ],
  'stop-track-recording-failed': ['track-recording-failed'],
  'start-composite-recording-failed': [
    'add-on-services-disabled',
    'max-recording-limit-reached-on-organization',
    beforeJoin,
  ],
  'start-translation-failed': ['add-on-services-disabled', beforeJoin],
  // iOS words it "failed due to an unknown error"; the other lines say "please try again".
  'start-whiteboard-failed': [beforeJoin],
  'stop-translation-failed': ['translation-failed'],
  'something-went-wrong': [
    'meeting-reconnecting',
    'meeting-media-connection-failed',
    'operation-timed-out',
  ],
  'unknown-error': [beforeJoin, 'meeting-reconnecting'],
  'create-consumer-failed': ['media-not-ready', 'meeting-reconnecting'],
} as const satisfies Links;

/**
 * The entries of `entry`'s own line whose meanings often explain it, in the map's
 * order; `[]` for a specific meaning, a target the line lacks, or anything that is not
 * a catalog entry. Never throws.
 */
export function oftenExplainedBy(entry: unknown): readonly AnyErrorEntry[] {
  if (typeof entry !== 'object' || entry === null) return [];
  let meaning: unknown;
  let platform: unknown;
  try {
    ({ meaning, platform } = entry as { meaning?: unknown; platform?: unknown });
  } catch {
    return [];
  }
  if (typeof meaning !== 'string' || !Object.hasOwn(explainedBy, meaning)) return [];
  if (typeof platform !== 'string' || !Object.hasOwn(platformTables, platform)) return [];
  const table = platformTables[platform as PlatformId] as readonly AnyErrorEntry[];
  if (!table.some((e) => e.meaning === meaning)) return [];
  const targets: readonly string[] = explainedBy[meaning as keyof typeof explainedBy];
  return targets.flatMap((t) => table.filter((e) => e.meaning === t));
}
