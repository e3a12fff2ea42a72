/**
 * What an English end-user text says about trying again, sentence by sentence, for
 * the test that holds the core's `retryable` to the texts (src/retryable.test.ts).
 *
 * - `retry`: repeat the same action, at once or after a wait that passes by itself:
 *   "Try again.", "Wait a few seconds, then try again.", "Try again in a moment.",
 *   "You can start it again.", "Check your internet connection, then try again." (a
 *   connection comes back by itself; nothing in the call changes).
 * - `after-change`: try again only after the reader changes something ("Allow camera
 *   access…, then try again", "Close it, then try again", "Try again, and allow it
 *   when asked"), or much later ("Try again later": a limit frees up, not in seconds).
 *   Neither is an automatic retry.
 * - `none`: no "again" of the same action (rejoining the meeting is another action).
 */
export type RetryWording = 'retry' | 'after-change' | 'none';

const RETRY =
  /^(?:Try again(?! later)(?!, and (?:allow|choose))|You can start it again|Start [\w ]+ again|Wait (?:a few seconds|a moment|until [^,.]+),? (?:then|and) try again|Check your internet connection, then try again)/i;

const AGAIN = /\btry again\b|\bstart it again\b|\bturn (?:it|the \w+|your \w+) on again\b/i;

export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s !== '');
}

export function retryWording(texts: readonly string[]): RetryWording {
  const sentences = texts.flatMap(sentencesOf);
  if (sentences.some((s) => RETRY.test(s))) return 'retry';
  if (sentences.some((s) => AGAIN.test(s))) return 'after-change';
  return 'none';
}
