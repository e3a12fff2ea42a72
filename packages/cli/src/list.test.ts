import { type AnyErrorEntry, platformIds, platformTables } from '@org/error-codes';
import * as flutter1 from '@org/error-codes/flutter-1';
import * as web from '@org/error-codes/web';
import { describe, expect, it } from 'vitest';
import { cli, cliIntoClosedPipe, inProcess, linesOf, UNPRINTABLE } from '../test/harness.js';

/** Every entry of every line's table, in registry order. */
const every: readonly AnyErrorEntry[] = platformIds.flatMap(
  (p): readonly AnyErrorEntry[] => platformTables[p],
);

describe('error-codes list', () => {
  it('prints a header row, then every code of every line', async () => {
    const r = await cli(['list']);
    expect(r.code).toBe(0);
    const lines = linesOf(r.stdout);
    expect(lines[0]).toMatch(/^PLATFORM\s+CODE\s+NAME\s+TITLE$/);
    expect(lines).toHaveLength(1 + every.length);
    const ids = new Set(lines.slice(1).map((l) => l.split(/\s+/)[0]));
    expect([...ids]).toEqual([...platformIds]);
    // The columns line up under the header.
    const at = (line: string, word: string) => line.indexOf(word);
    const header = lines[0] ?? '';
    expect(at(lines[1] ?? '', String(web.catalog[0]?.code))).toBe(at(header, 'CODE'));
    expect(at(lines[1] ?? '', web.catalog[0]?.name ?? '?')).toBe(at(header, 'NAME'));
  });

  it.each(platformIds)('lists the %s line alone with --platform, in code order', async (id) => {
    const rows = JSON.parse((await cli(['list', '--platform', id, '--json'])).stdout) as {
      platform: string;
      code: number;
    }[];
    expect(rows.map((r) => r.code)).toEqual(platformTables[id].map((e) => e.code));
    expect(new Set(rows.map((r) => r.platform))).toEqual(new Set([id]));
  });

  it('keeps the header in a pipe, so `| head` starts with it', async () => {
    const r = await cli(['list', '--platform', 'web']);
    expect(linesOf(r.stdout).slice(0, 2)).toEqual([
      expect.stringMatching(/^PLATFORM\s+CODE\s+NAME\s+TITLE$/),
      expect.stringMatching(/^web\s+3011\s+ERROR_GET_VIDEO_MEDIA\s+Video capture not supported$/),
    ]);
  });

  it('stops quietly, with its status, when the reader of its output has gone', async () => {
    expect(await cliIntoClosedPipe(['list'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await cliIntoClosedPipe(['camera', '--json'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const none = await cliIntoClosedPipe(['zzzz', '--json']);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('No error code matches “zzzz”.\n');
  });

  it('lines the columns up under a header in wide characters', async () => {
    const lines = linesOf(
      (await cli(['list', '--locale', 'ja', '--platform', 'flutter-1'])).stdout,
    );
    expect(lines[0]).toMatch(/^プラットフォーム\s+コード\s+名前\s+タイトル$/);
    // プラットフォーム is 8 characters and 16 columns wide: the code column starts at 18.
    expect(lines[1]?.indexOf('3001')).toBe(18);
  });

  it('lists codes with filters, as JSON without a header', async () => {
    const r = await cli(['list', '--platform', 'flutter-1', '--category', 'auth', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { code: number }) => x.code)).toEqual([
      4001, 4002, 4008, 4022, 4023, 4024, 4025,
    ]);
    expect(rows.map((x: { code: number }) => x.code)).toEqual(
      flutter1.catalog.filter((e) => e.category === 'auth').map((e) => e.code),
    );
    const retryable = JSON.parse((await cli(['list', '--retryable', '--json'])).stdout);
    const notRetryable = JSON.parse((await cli(['list', '--retryable=false', '--json'])).stdout);
    expect(retryable.length + notRetryable.length).toBe(every.length);
    expect(retryable.length).toBe(every.filter((e) => e.retryable).length);
  });

  it('says on stderr that nothing matches, and exits 1', async () => {
    const r = await cli(['list', '--platform', 'flutter-1', '--feature', 'whiteboard']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('No error code matches: --platform flutter-1 --feature whiteboard\n');
    const words = await cli(['list', 'zzzz', '--retryable=false']);
    expect(words.code).toBe(1);
    expect(words.stderr).toBe('No error code matches: zzzz --retryable=false\n');
    const json = await cli([
      'list',
      '--platform',
      'flutter-1',
      '--feature',
      'whiteboard',
      '--json',
    ]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toMatch(/^No error code matches/);
    // The words come back as a shell reads them, whole, quoted where needed.
    const long = 'z'.repeat(60);
    expect((await inProcess(['list', long, "zz'zz", '$HOME'])).stderr).toBe(
      `No error code matches: ${long} 'zz'\\''zz' '$HOME'\n`,
    );
    const german = await cli(['list', 'zzzz', '--locale', 'de']);
    expect(german.stderr).toBe('Kein Fehlercode passt: zzzz --locale de\n');
  });

  it.each([
    [['list', '__proto__'], 1],
    [['list', 'x'.repeat(100_000)], 2],
    [['list', '\u0000'], 1],
    [['list', ''], 0],
    [['list', '--category', '__proto__'], 2],
    [['list', '--category', ''], 2],
    [['list', '--feature', 'x'.repeat(100_000)], 2],
  ])('junk %#: its exit status, at most a short message', async (args, status) => {
    const r = await inProcess(args as string[]);
    expect(r.code).toBe(status);
    expect(r.stderr.length).toBeLessThan(400);
    expect(r.stderr).not.toMatch(UNPRINTABLE);
  });
});
