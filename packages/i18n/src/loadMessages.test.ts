import { describe, expect, it } from 'vitest';
import { getLoadedMessages, loadMessages } from './loadMessages.js';

describe('loadMessages', () => {
  it('loads one negotiated locale and caches it', async () => {
    expect(getLoadedMessages('ja')).toBeUndefined();
    const ja = await loadMessages('ja-JP');
    expect(ja.locale).toBe('ja');
    expect(await loadMessages('ja')).toBe(ja);
    expect(getLoadedMessages('ja')).toBe(ja);
  });

  it.each(['xx', '', null, {}, '__proto__', 'x'.repeat(10_000)])(
    'falls back to en for %j',
    async (junk) => {
      expect((await loadMessages(junk)).locale).toBe('en');
    },
  );

  it('loads every locale, the pseudo-locale too', async () => {
    for (const l of ['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'hi', 'ar', 'en-XA']) {
      expect((await loadMessages(l)).locale).toBe(l);
    }
  });
});
