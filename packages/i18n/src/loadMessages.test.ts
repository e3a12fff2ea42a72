import { meanings } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { getLoadedMessages, loadMessages } from './loadMessages.js';
import { locales, pseudoLocale } from './locales.js';

describe('loadMessages', () => {
  it('loads one platform in one negotiated locale and caches it', async () => {
    expect(getLoadedMessages('web', 'ja')).toBeUndefined();
    const ja = await loadMessages('web', 'ja-JP');
    expect([ja.locale, ja.platform]).toEqual(['ja', 'web']);
    expect(await loadMessages('web', 'ja')).toBe(ja);
    expect(getLoadedMessages('web', 'ja')).toBe(ja);
    expect(getLoadedMessages('flutter', 'ja')).toBeUndefined();
  });

  it('holds exactly the meanings of its platform', async () => {
    for (const platform of ['web', 'flutter'] as const) {
      const m = await loadMessages(platform, 'de');
      const expected = Object.entries(meanings)
        .filter(([, codes]) => platform in codes)
        .map(([id]) => id)
        .sort();
      expect(Object.keys(m.meanings).sort()).toEqual(expected);
    }
  });

  it.each(['xx', '', null, {}, '__proto__', 'x'.repeat(10_000)])(
    'falls back to en for %j',
    async (junk) => {
      expect((await loadMessages('flutter', junk)).locale).toBe('en');
    },
  );

  it.each(['ios', '', null, '__proto__', 42])(
    'rejects the unknown platform %j with a clear error',
    async (p) => {
      await expect(loadMessages(p as 'web', 'de')).rejects.toThrow(
        /Unknown platform .*'web' or 'flutter'/,
      );
      expect(getLoadedMessages(p as 'web', 'de')).toBeUndefined();
    },
  );

  it('loads every locale of every platform, the pseudo-locale too', async () => {
    for (const platform of ['web', 'flutter'] as const) {
      for (const l of [...locales, pseudoLocale]) {
        expect((await loadMessages(platform, l)).locale).toBe(l);
      }
    }
  });
});
