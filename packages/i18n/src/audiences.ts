/**
 * Who reads an end-user text, by what they can do in the meeting. A meaning's own
 * words are for the `host`: whoever runs the meeting and can start or stop its
 * services (recording, livestream, HLS, transcription, translation). A `participant`
 * takes part but may lack those powers; a `viewer` watches (HLS, view-only mode) and
 * can start nothing.
 */
export const audiences = ['host', 'participant', 'viewer'] as const;

export type Audience = (typeof audiences)[number];

/** True for one of `audiences`. */
export function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (audiences as readonly string[]).includes(value);
}
