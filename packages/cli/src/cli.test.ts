import { explain, type PlatformId } from '@org/error-codes';
import { loadMessages, locales, pseudoLocale } from '@org/error-codes-i18n';
import { describe, expect, it } from 'vitest';
import { ANSI, cli, inProcess, linesOf, UNPRINTABLE } from '../test/harness.js';

const en = await loadMessages('web', 'en');
const label = (id: PlatformId) => en.labels.platforms[id];

describe('error-codes <code|name|alias>', () => {
  it('says first that 3017 means different things, then explains every line’s meaning', async () => {
    const r = await cli(['3017']);
    expect(r.code).toBe(0);
    expect(linesOf(r.stdout)[0]).toBe('3017 means different things on different platforms:');
    expect(r.stdout).toContain('ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
    expect(r.stdout).toContain('ERROR_CREATING_VIDEO_TRACK');
    expect(r.stdout).toMatch(/Why it happens[\s\S]*How to fix it[\s\S]*\[End user\]/);
    expect(r.stdout).not.toContain(ANSI);
  });

  it('with --platform, opens with the entry and gives the other meaning one line', async () => {
    const r = await cli(['3017', '--platform', 'web']);
    expect(r.code).toBe(0);
    expect(linesOf(r.stdout)[0]).toBe(
      `${label('web')} · 3017 ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED`,
    );
    expect(r.stdout).not.toMatch(/means different things/);
    const otherLines = linesOf(r.stdout).filter((l) => l.includes('ERROR_CREATING_VIDEO_TRACK'));
    expect(otherLines).toEqual([
      `On ${label('flutter-1')}, 3017 means something else: ERROR_CREATING_VIDEO_TRACK (error-codes 3017 --platform flutter-1)`,
    ]);
    // The command it names shows that meaning.
    const other = await cli(['3017', '--platform', 'flutter-1']);
    expect(linesOf(other.stdout)[0]).toBe(
      `${label('flutter-1')} · 3017 ERROR_CREATING_VIDEO_TRACK`,
    );
  });

  it('prints the same as JSON with --json, one line with --platform', async () => {
    const r = await cli(['3017', '--platform', 'web', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.clash).toBe(true);
    expect(doc.matches).toHaveLength(1);
    expect(doc.matches[0]).toMatchObject({
      platform: 'web',
      code: 3017,
      name: 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
      docsUrl: null,
    });
    expect(doc.matches[0].sameMeaning).toContainEqual({
      platform: 'flutter-1',
      code: 3007,
      name: 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
    });
    expect(doc.matches[0].fixes.length).toBeGreaterThan(0);
    // The clash is still described whole: every line's meaning, grouped.
    expect(doc.meanings.map((m: { meaning: string }) => m.meaning)).toEqual([
      'camera-access-denied-or-dismissed',
      'video-track-creation-failed',
    ]);
  });

  it('finds names, aliases in any case, and words', async () => {
    const alias = JSON.parse((await cli(['max_partcipant_reached', '--json'])).stdout);
    expect(alias.matches.map((m: { platform: string }) => m.platform)).toEqual(
      explain('MAX_PARTCIPANT_REACHED').matches.map((m) => m.platform),
    );
    expect(alias.matches.map((m: { platform: string }) => m.platform)).toContain('flutter-1');
    const words = await cli(['pubsub', 'publish', '--json']);
    expect(JSON.parse(words.stdout).matches.map((m: { code: number }) => m.code)).toContain(4087);
  });

  it('applies the filters to a code too', async () => {
    expect((await cli(['4001', '--category', 'auth'])).code).toBe(0);
    const none = await cli(['4001', '--category', 'recording']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/No error code matches “4001”/);
  });

  it.each([...locales, pseudoLocale])('reads in %s, from --locale or LANG', async (locale) => {
    const byFlag = await cli(['4001', '--json', '--locale', locale]);
    expect(byFlag.stderr).toBe('');
    expect(JSON.parse(byFlag.stdout).locale).toBe(locale);
    expect(JSON.parse(byFlag.stdout).matches[0].title.length).toBeGreaterThan(0);
    const byEnv = JSON.parse(
      (await cli(['4001', '--json'], { LANG: `${locale.replace('-', '_')}.UTF-8` })).stdout,
    );
    expect(byEnv.locale).toBe(locale);
  });

  it('prefers LC_ALL over LANG, and reads C as English', async () => {
    const r = JSON.parse(
      (await cli(['4001', '--json'], { LC_ALL: 'ja_JP.UTF-8', LANG: 'de_DE.UTF-8' })).stdout,
    );
    expect(r.locale).toBe('ja');
    expect(JSON.parse((await cli(['4001', '--json'], { LANG: 'C' })).stdout).locale).toBe('en');
  });

  it('colours only a terminal, and never with NO_COLOR', async () => {
    expect((await inProcess(['4001'], {}, true)).stdout).toContain(ANSI);
    expect((await inProcess(['4001'], { NO_COLOR: '1' }, true)).stdout).not.toContain(ANSI);
    expect((await inProcess(['4001'], {}, false)).stdout).not.toContain(ANSI);
    expect((await cli(['4001'], { NO_COLOR: '1' })).stdout).not.toContain(ANSI);
  });
});

describe('an unknown --locale', () => {
  const named = [...locales, pseudoLocale].join(', ');

  it('warns on stderr, names the supported locales, and shows English', async () => {
    const r = await cli(['3017', '--locale', 'xx']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`error-codes: no texts in “xx”, showing English. Locales: ${named}\n`);
    expect(r.stdout).toMatch(/3017 means different things/);
    expect(JSON.parse((await cli(['3017', '--locale', 'xx', '--json'])).stdout).locale).toBe('en');
  });

  it.each(['de-AT', 'pt', 'en-GB', 'EN', 'zh-Hans-CN', 'ja_JP'])(
    'says nothing for %s, which a shipped locale serves',
    async (tag) => {
      const r = await inProcess(['4001', '--locale', tag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    },
  );

  it.each([
    ['zh-TW'],
    ['C'],
    ['__proto__'],
    [''],
    ['x'.repeat(10_000)],
    ['\u202ede\u0000\n'],
    ['😀'],
  ])('%# warns without echoing more than 40 characters or a control', async (tag) => {
    const r = await inProcess(['4001', '--locale', tag]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Locales: ${named}`);
    const echoed = /“(.*)”/su.exec(r.stderr)?.[1] ?? '';
    expect(Array.from(echoed).length).toBeLessThanOrEqual(41);
    expect(r.stderr).not.toMatch(UNPRINTABLE);
  });

  it('stays silent about an unsupported LANG: that is the machine, not the user', async () => {
    const r = await cli(['4001'], { LANG: 'sv_SE.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('docs links', () => {
  it('are left out without ERROR_CODES_DOCS_URL: no link to a placeholder', async () => {
    const r = await cli(['3017']);
    expect(r.stdout).not.toMatch(/Docs:|https?:\/\//);
    for (const m of JSON.parse((await cli(['3017', '--json'])).stdout).matches) {
      expect(m.docsUrl).toBeNull();
    }
  });

  it('point at ERROR_CODES_DOCS_URL, in the reader’s locale', async () => {
    const env = { ERROR_CODES_DOCS_URL: 'https://errors.acme.test/' };
    const r = await cli(['3017', '--platform', 'web'], env);
    expect(r.stdout).toContain('  Docs: https://errors.acme.test/web/errors/3017/\n');
    const de = JSON.parse((await cli(['3017', '--json', '--locale', 'de'], env)).stdout);
    expect(de.matches.map((m: { docsUrl: string }) => m.docsUrl)).toEqual(
      explain(3017).matches.map((m) => `https://errors.acme.test/de/${m.platform}/errors/3017/`),
    );
    // Lines that print as one block list each line's link, one per row.
    const all = await cli(['3023'], env);
    for (const m of explain(3023).matches) {
      expect(all.stdout).toContain(`https://errors.acme.test/${m.platform}/errors/3023/\n`);
    }
  });

  it.each([
    'errors.acme.test',
    'javascript:alert(1)',
    '__proto__',
    `https://${'x'.repeat(5000)}`,
    '\u001b[31mhttp://x',
  ])('%# warns once about an address that is no http(s) URL and links nothing', async (base) => {
    const r = await inProcess(['3017'], { ERROR_CODES_DOCS_URL: base });
    expect(r.code).toBe(0);
    expect(linesOf(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^error-codes: ERROR_CODES_DOCS_URL must be an http\(s\) address/);
    expect(r.stderr.length).toBeLessThan(200);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stdout).not.toContain('Docs:');
  });
});
