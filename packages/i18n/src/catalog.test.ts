import { type AnyErrorEntry, platformIds, platformTables } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { localizedCatalog } from './catalog.js';
import { loadMessages } from './loadMessages.js';
import { localizeEntry } from './localizeEntry.js';
import { searchableRows } from './query.js';
import type { PlatformMessages } from './types.js';

describe('localizedCatalog', () => {
  it('is every line’s table localized, in table order, with its rows and indexes', async () => {
    for (const platform of platformIds) {
      const messages = await loadMessages(platform, 'fr');
      const table = platformTables[platform] as readonly AnyErrorEntry[];
      const catalog = localizedCatalog(messages);
      expect([catalog.platform, catalog.locale]).toEqual([platform, 'fr']);
      expect(catalog.entries).toEqual(table.map((e) => localizeEntry(e, messages)));
      expect(catalog.entries.every((e) => e.known)).toBe(true);
      expect(catalog.rows).toEqual(searchableRows(catalog.entries));
      expect(catalog.rows.map((r) => r.entry)).toEqual(catalog.entries);
      for (const [i, e] of table.entries()) {
        expect(catalog.byCode.get(e.code)).toBe(catalog.entries[i]);
        expect(catalog.byMeaning.get(e.meaning)).toContain(catalog.entries[i]);
        expect(catalog.lookup(e.code)).toBe(catalog.entries[i]);
      }
      expect(catalog.byCode.size).toBe(table.length);
      expect([...catalog.byMeaning.values()].flat()).toHaveLength(table.length);
    }
  });

  it('is built once per messages and support contact', async () => {
    const messages = await loadMessages('web', 'de');
    const catalog = localizedCatalog(messages);
    expect(localizedCatalog(messages)).toBe(catalog);
    expect(localizedCatalog(messages, {})).toBe(catalog);
    const own = localizedCatalog(messages, { supportContact: 'help@example.com' });
    expect(own).not.toBe(catalog);
    expect(localizedCatalog(messages, { supportContact: 'help@example.com' })).toBe(own);
    const withContact = own.entries.filter((e) => e.userMessage.includes('help@example.com'));
    expect(withContact.length).toBeGreaterThan(0);
    expect(localizedCatalog(await loadMessages('web', 'es'))).not.toBe(catalog);
  });

  it('is frozen', async () => {
    const catalog = localizedCatalog(await loadMessages('ios', 'ja'));
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.entries)).toBe(true);
    expect(Object.isFrozen(catalog.entries[0])).toBe(true);
    expect(Object.isFrozen(catalog.rows)).toBe(true);
    expect(Object.isFrozen(catalog.rows[0])).toBe(true);
  });

  it.each([0, -1, 'UNKNOWN', '__proto__', 'x'.repeat(100_000), null, undefined, {}, Number.NaN])(
    'looks %j up as an unknown code, never throwing',
    async (junk) => {
      const messages = await loadMessages('web', 'en');
      const entry = localizedCatalog(messages).lookup(junk);
      expect(entry.known).toBe(false);
      expect(entry.platform).toBe('web');
      expect(entry.locale).toBe('en');
    },
  );

  it.each([
    undefined,
    null,
    42,
    'web',
    {},
    { platform: '__proto__', locale: 'en' },
    { platform: 'web', locale: 'xx' },
    { platform: 'toString', locale: 'en' },
  ])('refuses %j with a TypeError', (junk) => {
    expect(() => localizedCatalog(junk as unknown as PlatformMessages)).toThrow(TypeError);
  });

  it('takes a junk support contact as none', async () => {
    const messages = await loadMessages('flutter-3', 'en');
    const junk = { supportContact: 42 } as unknown as { supportContact: string };
    expect(localizedCatalog(messages, junk)).toBe(localizedCatalog(messages));
    expect(localizedCatalog(messages, null as never)).toBe(localizedCatalog(messages));
  });
});
