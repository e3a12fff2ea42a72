import { type AnyErrorEntry, platformIds, platformTables } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { getLoadedMessages, loadMessages } from './loadMessages.js';
import { locales, pseudoLocale } from './localeList.js';

describe('loadMessages', () => {
  it('loads one platform in one negotiated locale and caches it', async () => {
    expect(getLoadedMessages('web', 'ja')).toBeUndefined();
    const ja = await loadMessages('web', 'ja-JP');
    expect([ja.locale, ja.platform]).toEqual(['ja', 'web']);
    expect(await loadMessages('web', 'ja')).toBe(ja);
    expect(getLoadedMessages('web', 'ja')).toBe(ja);
    expect(getLoadedMessages('flutter-3', 'ja')).toBeUndefined();
  });

  it('holds exactly the meanings of its line, every line', async () => {
    for (const platform of platformIds) {
      const m = await loadMessages(platform, 'de');
      const expected = [
        ...new Set((platformTables[platform] as readonly AnyErrorEntry[]).map((e) => e.meaning)),
      ].sort();
      expect(m.platform).toBe(platform);
      expect(Object.keys(m.meanings).sort()).toEqual(expected);
    }
  });

  it.each(['xx', '', null, {}, '__proto__', 'x'.repeat(10_000)])(
    'falls back to en for %j',
    async (junk) => {
      expect((await loadMessages('flutter-1', junk)).locale).toBe('en');
    },
  );

  it.each(['flutter', 'android', '', null, '__proto__', 42, 'x'.repeat(10_000)])(
    'rejects the unknown platform %j with a clear error naming every line',
    async (p) => {
      await expect(loadMessages(p as 'web', 'de')).rejects.toThrow(
        new RegExp(`Unknown platform .*${platformIds.map((id) => `'${id}'`).join(', ')}$`),
      );
      expect(getLoadedMessages(p as 'web', 'de')).toBeUndefined();
    },
  );

  it('loads every locale of every platform, the pseudo-locale too', async () => {
    for (const platform of platformIds) {
      for (const l of [...locales, pseudoLocale]) {
        expect((await loadMessages(platform, l)).locale).toBe(l);
      }
    }
  });
});
