/**
 * What the CLI prints of the end-user texts (`--json`'s userTitle, userMessage and
 * the end user's steps, and those steps in the text answer) names the app's own
 * support team, never VideoSDK: the CLI sets no contact, so it shows the defaults.
 */
import { type AnyErrorEntry, type PlatformId, platformIds, platformTables } from '@org/error-codes';
import { loadMessages, locales } from '@org/error-codes-i18n';
import { describe, expect, it } from 'vitest';
import { inProcess } from '../test/harness.js';

interface Served {
  code: number;
  userTitle: string;
  userMessage: string;
  fixes: { by: string; text: string }[];
}

async function served(code: number | string, line: PlatformId, locale: string): Promise<Served> {
  const r = await inProcess([String(code), '--platform', line, '--json', '--locale', locale]);
  const doc = JSON.parse(r.stdout) as { matches: Served[] };
  return doc.matches[0] as Served;
}

const endUserTexts = (e: Served) => [
  e.userTitle,
  e.userMessage,
  ...e.fixes.filter((s) => s.by === 'user').map((s) => s.text),
];

const vendorIn = (e: Served) =>
  endUserTexts(e)
    .filter((t) => /videosdk/i.test(t) || t.includes('{supportContact}'))
    .map((t) => `${e.code}: ${t}`);

const codesOf = (line: PlatformId) =>
  (platformTables[line] as readonly AnyErrorEntry[]).map((e) => e.code);

describe('the end-user texts the CLI prints', () => {
  it.each(locales)('name no VideoSDK address for any web code, in %s (--json)', async (locale) => {
    const team = (await loadMessages('web', locale)).labels.supportTeam;
    const found: string[] = [];
    let asked = 0;
    for (const code of codesOf('web')) {
      const e = await served(code, 'web', locale);
      found.push(...vendorIn(e));
      if (e.userMessage.includes(team)) asked++;
    }
    expect(found).toEqual([]);
    expect(asked).toBeGreaterThan(3);
  });

  it.each(platformIds.filter((p) => p !== 'web'))(
    'name no VideoSDK address for any %s code, in English (--json)',
    async (line) => {
      const found: string[] = [];
      for (const code of codesOf(line)) found.push(...vendorIn(await served(code, line, 'en')));
      expect(found).toEqual([]);
    },
  );

  it('print the end user’s step with the locale’s words in the text answer (de, 4053)', async () => {
    const r = await inProcess(['4053', '--platform', 'web', '--locale', 'de']);
    const steps = r.stdout.split('\n').filter((l) => l.includes('[Endnutzer]'));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step).toContain('den Support dieser App');
      expect(step).not.toMatch(/videosdk/i);
    }
    // The account owner's step still names VideoSDK's dashboard: that one is theirs.
    expect(r.stdout).toMatch(/\[Kontoinhaber \(Dashboard\)\].*VideoSDK/);
  });
});
