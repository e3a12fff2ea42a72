import {
  type AnyErrorEntry,
  isPlatformId,
  platformIds,
  platforms,
  platformTables,
} from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { allTexts } from '../test/texts.js';
import type { Glossary } from './glossary.js';
import { loadMessages } from './loadMessages.js';
import { locales } from './localeList.js';
import { localizeEntry } from './localizeEntry.js';
import { endUserTexts, isLine, lineIdList, surfaceOf } from './surface.js';
import type { MeaningTexts } from './types.js';

const base: MeaningTexts = {
  title: 't',
  userTitle: 'Camera is blocked',
  description: 'd',
  userMessage: 'Allow the camera in your browser settings.',
  causes: ['c'],
  fixes: [{ by: 'user', text: 'Reload the page.' }],
  variants: {
    app: {
      userMessage: 'Allow the camera in your device’s Settings.',
      fixes: [{ by: 'user', text: 'Open the app again.' }],
    },
  },
};

describe('endUserTexts', () => {
  it('takes each field from the surface’s variant where it gives one, else the defaults', () => {
    expect(endUserTexts(base, 'app')).toEqual({
      userTitle: 'Camera is blocked',
      userMessage: 'Allow the camera in your device’s Settings.',
      fixes: [{ by: 'user', text: 'Open the app again.' }],
    });
    expect(endUserTexts(base, 'browser')).toEqual({
      userTitle: base.userTitle,
      userMessage: base.userMessage,
      fixes: base.fixes,
    });
  });

  it.each([
    null,
    undefined,
    42,
    'x',
    { variants: null },
    { variants: { app: 'x' } },
    { variants: { app: { userMessage: '' } }, userMessage: 'own' },
    JSON.parse('{"__proto__": {"variants": {"app": {"userMessage": "polluted"}}}}'),
  ])('never throws and reads only own words for %j', (junk) => {
    const words = endUserTexts(junk, 'app');
    expect(words.userMessage).not.toBe('polluted');
    if (typeof junk === 'object' && junk && 'userMessage' in junk && !Array.isArray(junk)) {
      expect(words.userMessage).toBe('own');
    }
  });

  it('never throws on an object whose every read throws', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, getOwnPropertyDescriptor: trap });
    expect(endUserTexts(hostile, 'app')).toEqual({
      userTitle: undefined,
      userMessage: undefined,
      fixes: undefined,
    });
  });

  it('knows each line’s surface from the registry', () => {
    for (const p of platforms) expect(surfaceOf(p.id)).toBe(p.surface);
    expect(surfaceOf('nope' as never)).toBe('browser');
  });
});

/** Words that assume a browser, in English. */
const BROWSER = /\b(browser|web ?page|the page|reload|refresh the page|tab)\b/i;
const glossaries = new Map<string, Glossary>(
  await Promise.all(
    locales.map(
      async (l) => [l, (await import(`./texts/${l}/glossary.ts`)).glossary as Glossary] as const,
    ),
  ),
);
const appLines = platformIds.filter((p) => surfaceOf(p) === 'app');

describe.each(locales)('what an app’s user reads, resolved, in %s', (locale) => {
  it('never speaks of a browser, a page to reload or a tab, on any app line', async () => {
    const forms = glossaries.get(locale)?.browser ?? [];
    const misses: string[] = [];
    for (const line of appLines) {
      const messages = await loadMessages(line, locale);
      for (const entry of platformTables[line] as readonly AnyErrorEntry[]) {
        const l = localizeEntry(entry, messages);
        const shown = [
          l.userTitle,
          l.userMessage,
          ...l.fixes.filter((s) => s.by === 'user').map((s) => s.text),
        ];
        for (const text of shown) {
          const hit =
            (locale === 'en' && BROWSER.test(text)) ||
            forms.some((f) => text.toLocaleLowerCase().includes(f.toLocaleLowerCase()));
          if (hit) misses.push(`${line} ${entry.code} ${entry.meaning}: ${text}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('has texts for every meaning of every line', async () => {
    for (const line of platformIds) {
      const messages = await loadMessages(line, locale);
      const texts = allTexts.find((t) => t.locale === locale);
      for (const entry of platformTables[line] as readonly AnyErrorEntry[]) {
        expect(Object.hasOwn(messages.meanings, entry.meaning), `${line} ${entry.meaning}`).toBe(
          true,
        );
        expect(localizeEntry(entry, messages).title).toBe(texts?.meanings[entry.meaning]?.title);
      }
    }
  });
});

describe('isLine', () => {
  it('agrees with the core’s isPlatformId, whatever it is given', () => {
    for (const value of [
      ...platformIds,
      'flutter',
      'android',
      '',
      '__proto__',
      'toString',
      42,
      null,
      {},
    ]) {
      expect(isLine(value), String(value)).toBe(isPlatformId(value));
    }
    expect(lineIdList).toEqual(platformIds);
  });
});
