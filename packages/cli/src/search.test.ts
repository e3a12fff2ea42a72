import { platformIds } from '@org/error-codes';
import { searchTerms, searchText } from '@org/error-codes-i18n';
import { describe, expect, it } from 'vitest';
import { cli, inProcess, linesOf, UNPRINTABLE } from '../test/harness.js';

/** `error-codes <words>` prints a title line, a blank, the table, [more], a blank, the show-one line. */
function parseCompact(stdout: string) {
  const lines = linesOf(stdout);
  const head = lines.indexOf('') + 1;
  const end = lines.lastIndexOf('') - (lines.at(-1) === '' ? 1 : 0);
  const rows = lines.slice(head + 1, end).filter((l) => !l.startsWith('…'));
  return {
    title: lines[0],
    header: lines[head],
    rows: rows.map((l) => {
      const [platform, code, name, ...title] = l.split(/\s{2,}/);
      return { platform, code: Number(code), name, title: title.join('  ') };
    }),
    more: lines.find((l) => l.startsWith('…')),
    showOne: lines.at(-1),
  };
}

describe('error-codes <words>', () => {
  it('lists “camera denied” on the web compactly, 3017 “Camera access denied” first', async () => {
    const r = await cli(['camera', 'denied', '--platform', 'web']);
    expect(r.code).toBe(0);
    const out = parseCompact(r.stdout);
    // The query seam ranks: the camera codes that say "denied" first, then the codes
    // holding the rarer word only (a microphone denied), as a search engine would.
    expect(out.title).toMatch(/^\d+ matches for “camera denied”, best first:$/);
    expect(out.header).toMatch(/^PLATFORM\s+CODE\s+NAME\s+TITLE$/);
    expect(out.rows[0]).toEqual({
      platform: 'web',
      code: 3017,
      name: 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
      title: 'Camera access denied',
    });
    for (const row of out.rows.slice(0, 3)) {
      expect(row.title).toMatch(/^Camera (access|permission) denied/);
    }
    expect(out.showOne).toBe('Show one in full: error-codes 3017 --platform web');
    expect(linesOf(r.stdout).length).toBeLessThanOrEqual(24);
  });

  it('keeps a broad word to a screenful and names the command that lists them all', async () => {
    const r = await cli(['camera']);
    expect(r.code).toBe(0);
    const lines = linesOf(r.stdout);
    expect(lines.length).toBeLessThanOrEqual(24);
    const out = parseCompact(r.stdout);
    const total = Number(/^(\d+) matches/.exec(out.title ?? '')?.[1]);
    expect(total).toBeGreaterThan(out.rows.length);
    expect(out.more).toBe(
      `… and ${total - out.rows.length} more. All of them: error-codes list camera`,
    );
    const all = await cli(['list', 'camera']);
    expect(linesOf(all.stdout)).toHaveLength(total + 1);
    // Every title the screenful shows holds the word; the list has the same entries.
    for (const row of out.rows) {
      expect(row.title.toLowerCase()).toContain('camera');
      expect(all.stdout).toMatch(new RegExp(`^${row.platform}\\s+${row.code}\\s+${row.name}`, 'm'));
    }
  });

  it('names a command that shows the best match in full', async () => {
    const out = parseCompact((await cli(['microphone', 'denied'])).stdout);
    const command = out.showOne?.replace('Show one in full: error-codes ', '').split(' ') ?? [];
    const full = await cli(command);
    expect(full.code).toBe(0);
    const best = out.rows[0];
    expect(linesOf(full.stdout)[0]).toMatch(new RegExp(`· ${best?.code} ${best?.name}$`));
    expect(full.stdout).toContain('How to fix it');
  });

  it('keeps the filters and the locale in the commands it names', async () => {
    const web = parseCompact(
      (await cli(['camera', '--platform', 'web', '--retryable=false'])).stdout,
    );
    expect(web.more).toMatch(
      /All of them: error-codes list camera --platform web --retryable=false$/,
    );
    const r = await cli(['kamera', '--severity', 'warning', '--locale', 'de']);
    const out = parseCompact(r.stdout);
    expect(out.header).toMatch(/^PLATTFORM\s+CODE\s+NAME\s+TITEL$/);
    expect(out.showOne).toMatch(
      new RegExp(
        `^Einen vollständig anzeigen: error-codes \\d{4} --platform (${platformIds.join('|')}) --locale de$`,
      ),
    );
  });

  it('shows a single match in full', async () => {
    const json = JSON.parse(
      (await cli(['autoplay', 'camera', '--platform', 'web', '--json'])).stdout,
    );
    expect(json.matches).toHaveLength(1);
    const r = await cli(['autoplay', 'camera', '--platform', 'web']);
    expect(linesOf(r.stdout)[0]).toBe(
      `${json.matches[0].labels.platform} · 3025 ERROR_CAMERA_PERMISSION_OR_AUTOPLAY_ISSUE`,
    );
    expect(r.stdout).toContain('How to fix it');
  });

  it.each([
    'camera',
    'camera denied',
    'microphone',
    'token expired',
    'recording',
    'screen share',
    'api key',
  ])('ranks “%s”: titles holding every word come first, phrase matches before them', async (q) => {
    const { matches } = JSON.parse((await cli([...q.split(' '), '--json'])).stdout) as {
      matches: { title: string }[];
    };
    expect(matches.length).toBeGreaterThan(0);
    const terms = searchTerms(q);
    const tier = (title: string) => {
      const folded = searchText({ title }).trim();
      if (folded.includes(terms.join(' '))) return 2;
      return terms.every((t) => folded.includes(t)) ? 1 : 0;
    };
    const tiers = matches.map((m) => tier(m.title));
    expect(tiers).toEqual([...tiers].sort((a, b) => b - a));
  });

  it('ranks in another locale by that locale’s titles', async () => {
    const { matches } = JSON.parse(
      (await cli(['kamera', 'verweigert', '--locale', 'de', '--json'])).stdout,
    );
    expect(matches[0].title.toLowerCase()).toMatch(/kamera/);
  });
});

describe('word search junk', () => {
  it.each([
    [['__proto__', 'constructor'], 1],
    [['toString'], 1],
    [['x'.repeat(256)], 1],
    [['x'.repeat(257)], 2],
    [['camera', 'x'.repeat(300)], 2],
    [['ｃａｍｅｒａ'], 0],
    [['CAMÉRA'], 0],
    [['\u202ecamera'], 1],
    [['😀'], 1],
    [['\ud800'], 1],
    [['.*'], 1],
    [['camera', '', ' '], 0],
  ])('junk %#: its exit status, echoing at most 40 characters', async (args, status) => {
    const r = await inProcess(args as string[]);
    expect(r.code).toBe(status);
    expect(r.stderr.length).toBeLessThan(300);
    expect(r.stderr).not.toMatch(UNPRINTABLE);
    if (status === 1) expect(r.stderr).toMatch(/^No error code matches “/);
  });
});
