import { type AnyErrorEntry, platformIds, platformTables } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { retryWording } from '../test/retryWording.js';
import { english } from '../test/texts.js';
import { endUserTexts, surfaceOf } from './surface.js';

/**
 * `retryable` (defined on the core's `ErrorEntryShape`): the same call can succeed if
 * the app repeats it unchanged after a short wait. The end-user words must agree: a
 * retryable entry tells the reader to try again (at once or after a wait that passes
 * by itself), and an entry that is not retryable never does; it may say "…, then try
 * again" after a change the reader makes.
 *
 * The allowlist: calls the app makes on its own, never the end user, so the end user
 * has nothing to try again; the app repeats them (its own step says so), and the end
 * user is told what to do if the app's repeats fail.
 */
const APP_ONLY_CALLS: Readonly<Record<string, string>> = {
  'pubsub-subscribe-failed': 'the app subscribes to a topic; the user only sees messages',
  'pubsub-unsubscribe-failed': 'the app unsubscribes; the user has nothing to do',
};

const userWords = (entry: AnyErrorEntry): string[] => {
  const words = endUserTexts(english.meanings[entry.meaning] as never, surfaceOf(entry.platform));
  return [words.userMessage, ...words.fixes.filter((s) => s.by === 'user').map((s) => s.text)];
};

const all = platformIds.flatMap((p) => [...platformTables[p]] as AnyErrorEntry[]);

describe('retryable agrees with the end-user texts', () => {
  it('on every entry of every line (English, each line’s surface)', () => {
    const disagree: string[] = [];
    for (const e of all) {
      if (Object.hasOwn(APP_ONLY_CALLS, e.meaning)) continue;
      const says = retryWording(userWords(e));
      if (e.retryable !== (says === 'retry')) {
        disagree.push(
          `${e.platform} ${e.code} ${e.meaning}: retryable ${e.retryable}, text ${says}`,
        );
      }
    }
    expect(disagree).toEqual([]);
  });

  it('allowlists only retryable calls the app makes by itself, whose app step repeats them', () => {
    for (const id of Object.keys(APP_ONLY_CALLS)) {
      const entries = all.filter((e) => e.meaning === id);
      expect(entries.length, id).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.retryable, `${e.platform} ${e.code}`).toBe(true);
        expect(retryWording(userWords(e)), id).not.toBe('retry');
      }
      const appSteps = english.meanings[id]?.fixes.filter((s) => s.by === 'app') ?? [];
      expect(
        appSteps.some((s) => /\bagain\b/.test(s.text)),
        id,
      ).toBe(true);
    }
  });

  it('tells a retry from a step after a change (planted examples)', () => {
    expect(retryWording(['We couldn’t start screen sharing. Try again.'])).toBe('retry');
    expect(retryWording(['Wait a few seconds, then try again.'])).toBe('retry');
    expect(retryWording(['The broadcast stopped. You can start it again.'])).toBe('retry');
    expect(retryWording(['Close it, then try again.'])).toBe('after-change');
    expect(retryWording(['Allow camera access in Settings, then try again.'])).toBe('after-change');
    expect(retryWording(['This meeting is full. Try again later.'])).toBe('after-change');
    expect(retryWording(['Try again, and allow it when asked.'])).toBe('after-change');
    expect(retryWording(['Check that it’s connected, then turn it on again.'])).toBe(
      'after-change',
    );
    expect(retryWording(['Reload the page and join again.'])).toBe('none');
    expect(retryWording(['No action is needed.'])).toBe('none');
  });
});
