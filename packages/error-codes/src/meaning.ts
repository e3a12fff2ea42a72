/**
 * Spellings that VideoSDK's SDKs or docs use for the same code. The first of each
 * pair is the wire typo some SDK sends, the second the corrected spelling another
 * SDK (or the docs) uses. Lookups accept both on every platform.
 */
export const spellingPairs = [
  ['MAX_PARTCIPANT_REACHED', 'MAX_PARTICIPANT_REACHED'],
  ['UNAUTHORIZED_PARTCIPANT_ID', 'UNAUTHORIZED_PARTICIPANT_ID'],
  ['STOP_COMPPOSITE_RECORDING_FAILED', 'STOP_COMPOSITE_RECORDING_FAILED'],
] as const;

/**
 * Codes that mean the same thing on two platforms under different names, read
 * off their messages (Flutter 3017 "An error occurred while creating the video
 * track", web 3053 "Failed to create the video track"). Every other meaning is
 * named after its wire name, so two platforms that send the same name share it.
 */
export const namedMeanings: Readonly<Record<string, string>> = {
  ERROR_CREATING_VIDEO_TRACK: 'video-track-creation-failed',
  ERROR_VIDEO_TRACK_CREATION_FAILED: 'video-track-creation-failed',
  ERROR_CREATING_AUDIO_TRACK: 'audio-track-creation-failed',
  ERROR_AUDIO_TRACK_CREATION_FAILED: 'audio-track-creation-failed',
  ERROR_JOINING_MEETING: 'unable-to-join-meeting',
  ERROR_UNABLE_TO_JOIN_MEETING: 'unable-to-join-meeting',
  ERROR_SCREENSHARE_PERMISSION_DENIED: 'screenshare-permission-denied',
  ERROR_GET_DISPLAY_MEDIA_PERMISSION_DENIED: 'screenshare-permission-denied',
  ERROR_SCREENSHARE_NOT_SUPPORTED: 'screenshare-not-supported',
  ERROR_GET_DISPLAY_MEDIA: 'screenshare-not-supported',
  // Flutter 3.x says "room" where the other SDKs say "meeting", with the same code
  // and the same words otherwise (each pair checked in src/flutter-3/table.test.ts).
  ERROR_ACTION_PERFORMED_BEFORE_ROOM_JOINED: 'action-performed-before-meeting-joined',
  ERROR_ROOM_MEDIA_CONNECTION_FAILED: 'meeting-media-connection-failed',
  ERROR_UNABLE_TO_JOIN_ROOM: 'unable-to-join-meeting',
  ERROR_END_ROOM_FAILED: 'end-meeting-failed',
  ERROR_ROOM_RECONNECTING: 'meeting-reconnecting',
  INVALID_ROOM_ID: 'invalid-meeting-id',
  UNAUTHORIZED_ROOM_ID: 'unauthorized-meeting-id',
  ROOM_ID_DISABLED: 'meeting-id-disabled',
  SWITCH_ROOM_FAILED: 'switch-meeting-failed',
};

/** Every other spelling of a wire name (`MAX_PARTCIPANT_REACHED` → `['MAX_PARTICIPANT_REACHED']`). */
export function aliasesOf(name: string): string[] {
  const pair = spellingPairs.find((p) => (p as readonly string[]).includes(name));
  return pair ? pair.filter((s) => s !== name) : [];
}

/** The stable meaning id of a wire name: `ERROR_CAMERA_IN_USE` → `camera-in-use`. */
export function meaningIdOf(name: string): string {
  const named = namedMeanings[name];
  if (named) return named;
  const corrected = spellingPairs.find((p) => p[0] === name)?.[1] ?? name;
  return corrected
    .replace(/^ERROR_/, '')
    .toLowerCase()
    .replaceAll('_', '-');
}
