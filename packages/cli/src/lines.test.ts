import {
  explain,
  isClash,
  type LineInfo,
  lineFor,
  lines,
  type PlatformId,
  platformIds,
  platforms,
  platformTables,
  twinsOf,
} from '@org/error-codes';
import { loadMessages } from '@org/error-codes-i18n';
import { describe, expect, it } from 'vitest';
import { cli, inProcess, linesOf, UNPRINTABLE } from '../test/harness.js';

const en = await loadMessages('web', 'en');
const label = (id: PlatformId) => en.labels.platforms[id];
const tryHelp = 'Try `error-codes --help`.\n';
const partial = platforms.filter((p) => !p.complete);
const huge = 'x'.repeat(100_000);

interface JsonAnswer {
  clash: boolean;
  meanings: { meaning: string; title: string; lines: { platform: string; code: number }[] }[];
  unknownOn: { line: string; reason: string }[];
  matches: {
    platform: PlatformId;
    code: number;
    name: string;
    meaning: string;
    sameMeaning: { platform: string; code: number; name: string }[];
  }[];
}

const json = async (args: string[]) =>
  JSON.parse((await cli([...args, '--json'])).stdout) as JsonAnswer;

describe('error-codes 3008: every line, the clash marked', () => {
  it('reads 3008 on each line that has it, with the core’s twins, as JSON', async () => {
    const doc = await json(['3008']);
    const answer = explain(3008);
    expect(doc.clash).toBe(true);
    expect(doc.clash).toBe(isClash(3008));
    expect(doc.matches.map((m) => [m.platform, m.name])).toEqual([
      ['ios', 'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED'],
      ['flutter-1', 'ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED'],
    ]);
    for (const [i, m] of doc.matches.entries()) {
      const twins = twinsOf(answer.matches[i]?.entry).map((t) => ({
        platform: t.platform,
        code: t.code,
        name: t.name,
      }));
      expect(m.sameMeaning).toEqual(twins);
    }
    // iOS 3008 is web 3045: renumbered, same meaning.
    expect(doc.matches[0]?.sameMeaning).toContainEqual(
      expect.objectContaining({ platform: 'web', code: 3045 }),
    );
    expect(doc.meanings.map((m) => m.lines.map((l) => l.platform))).toEqual([
      ['ios'],
      ['flutter-1'],
    ]);
    // The lines without 3008: complete ones have no such code, a partial one may, Android has no table.
    expect(doc.unknownOn).toEqual(
      (lines as readonly LineInfo[])
        .filter((l) => !answer.matches.some((m) => m.platform === l.id))
        .map((l) => ({
          line: l.id,
          reason: !l.hasTable ? 'no-table' : l.complete ? 'not-in-table' : 'table-incomplete',
        })),
    );
    expect(doc.unknownOn.map((u) => u.reason)).toEqual([
      'not-in-table',
      'not-in-table',
      'table-incomplete',
      'no-table',
    ]);
  });

  it('heads the text with the clash, each meaning on its lines, and how to pick one', async () => {
    const r = await cli(['3008']);
    expect(r.code).toBe(0);
    const lines = linesOf(r.stdout);
    expect(lines[0]).toBe('3008 means different things on different platforms:');
    expect(lines[1]).toMatch(
      new RegExp(`^ {2}${literal(label('ios'))}: ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED — \\S`),
    );
    expect(lines[2]).toMatch(
      new RegExp(
        `^ {2}${literal(label('flutter-1'))}: ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED — `,
      ),
    );
    expect(lines[3]).toBe(
      '  Which one applies depends on your SDK: add --platform ios|flutter-1 or --sdk <package>@<version>.',
    );
    expect(r.stdout).toContain(`${label('ios')} · 3008 ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED\n`);
    expect(r.stdout).toContain(
      `${label('flutter-1')} · 3008 ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED\n`,
    );
    expect(r.stdout).toMatch(new RegExp(`Same meaning on ${literal(label('web'))}: 3045 \\w+`));
    for (const p of partial) {
      expect(r.stdout).toContain(
        `${label(p.id)}: 3008 is not in this line’s table, which is incomplete`,
      );
    }
  });

  it('shows iOS 3008 alone with --platform ios, the other meaning in one line', async () => {
    const r = await cli(['3008', '--platform', 'ios']);
    expect(r.code).toBe(0);
    expect(linesOf(r.stdout)[0]).toBe(
      `${label('ios')} · 3008 ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED`,
    );
    expect(r.stdout).not.toMatch(/ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED\n\s+\S/);
    expect(linesOf(r.stdout).filter((l) => l.includes('MICROPHONE'))).toEqual([
      `On ${label('flutter-1')}, 3008 means something else: ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED (error-codes 3008 --platform flutter-1)`,
    ]);
    expect(r.stderr).toBe('');
  });

  it('prints lines whose texts read the same as one block, and twins on unshown lines only', async () => {
    const r = await cli(['3023']);
    const heads = linesOf(r.stdout).filter((l) => / · 3023 /.test(l));
    // Each line that has 3023 is named once, in some block's head.
    for (const m of explain(3023).matches) {
      const named = heads.filter((h) => h.split(' · ')[0]?.includes(label(m.platform)));
      expect(named, m.platform).toHaveLength(1);
    }
    expect(heads.length).toBeLessThan(explain(3023).matches.length);
    // Flutter 1.2.x's camera-in-use is 3003: the one twin not already in the answer.
    expect(r.stdout).toMatch(new RegExp(`Same meaning on ${literal(label('flutter-1'))}: 3003 `));
    expect(r.stdout).not.toMatch(new RegExp(`Same meaning on ${literal(label('ios'))}: 3023 `));
  });
});

describe('a line whose table is incomplete', () => {
  const f3 = partial[0] as LineInfo;
  const missing = [3008, 9999].filter(
    (code) =>
      !(platformTables[f3.id as PlatformId] as readonly { code: number }[]).some(
        (e) => e.code === code,
      ),
  );

  it('reads 3023 on Flutter 3.x as camera-in-use, never as Flutter 1.2.x’s joining error', async () => {
    const r = await cli(['3023', '--platform', 'flutter-3']);
    expect(r.code).toBe(0);
    expect(linesOf(r.stdout)[0]).toBe(`${label('flutter-3')} · 3023 ERROR_CAMERA_IN_USE`);
    expect(linesOf(r.stdout).filter((l) => l.includes('ERROR_JOINING_MEETING'))).toEqual([
      `On ${label('flutter-1')}, 3023 means something else: ERROR_JOINING_MEETING (error-codes 3023 --platform flutter-1)`,
    ]);
  });

  it.each(missing)('says %i is unconfirmed there, not that no such code exists', async (code) => {
    const r = await cli([String(code), '--platform', f3.id]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${label(f3.id as PlatformId)}: ${code} is not in this line’s table, which is incomplete: it may be a code not confirmed yet. Never read it with another line’s table.\n`,
    );
    const doc = JSON.parse((await cli([String(code), '--platform', f3.id, '--json'])).stdout);
    expect(doc.matches).toEqual([]);
    expect(doc.unknownOn).toEqual([{ line: f3.id, reason: 'table-incomplete' }]);
  });

  it('adds the same note to “no match” when no line has the number', async () => {
    const r = await cli(['9999']);
    expect(r.code).toBe(1);
    expect(linesOf(r.stderr)[0]).toBe('No error code matches “9999”.');
    expect(r.stderr).toContain(`${label(f3.id as PlatformId)}: 9999 is not in this line’s table`);
    // A complete line lacking it just has no such code.
    const ios = await cli(['9999', '--platform', 'ios']);
    expect(ios.stderr).toBe('No error code matches “9999”.\n');
  });
});

describe('--platform and --sdk name a line', () => {
  it.each(platformIds)('--platform %s reads that line’s table', async (id) => {
    const first = platformTables[id][0] as { code: number; name: string };
    const r = await cli([String(first.code), '--platform', id, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(
      doc.matches.map((m: { platform: string; name: string }) => [m.platform, m.name]),
    ).toEqual([[id, first.name]]);
  });

  it('refuses flutter alone: two lines number their codes differently', async () => {
    const r = await inProcess(['3023', '--platform', 'flutter']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^error-codes: --platform flutter names 2 lines that number their codes differently: /,
    );
    expect(r.stderr).toContain('flutter-1 (');
    expect(r.stderr).toContain('flutter-3 (');
    expect(r.stderr).toContain('--sdk <package>@<version>');
  });

  it('refuses a line without a table, with the registry’s reason', async () => {
    const none = (lines as readonly LineInfo[]).filter((l) => !l.hasTable);
    expect(none.length).toBeGreaterThan(0);
    for (const line of none) {
      const r = await inProcess(['3001', '--platform', line.id]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `error-codes: --platform ${line.id}: the catalog has no table for ${line.label}. ${line.note}\n${tryHelp}`,
      );
    }
  });

  it.each([
    ['videosdk@3.8.0', 'flutter-3'],
    ['videosdk@1.2.4', 'flutter-1'],
    ['@videosdk.live/js-sdk@1.1.1', 'web'],
    ['@videosdk.live/react-native-sdk@0.4.2', 'react-native'],
    ['VideoSDKRTC@3.2.0', 'ios'],
  ])('--sdk %s picks %s, as lineFor does', async (sdk, id) => {
    const at = sdk.lastIndexOf('@');
    expect(lineFor(sdk.slice(0, at), sdk.slice(at + 1))).toMatchObject({ ok: true, line: { id } });
    const viaSdk = await cli(['--sdk', sdk, '3023', '--json']);
    const viaPlatform = await cli(['--platform', id, '3023', '--json']);
    expect(viaSdk.code).toBe(viaPlatform.code);
    expect(viaSdk.stdout).toBe(viaPlatform.stdout);
  });

  it('--sdk videosdk@3.8.0 3023 is Flutter 3.x’s camera-in-use', async () => {
    const r = await cli(['--sdk', 'videosdk@3.8.0', '3023']);
    expect(r.code).toBe(0);
    expect(linesOf(r.stdout)[0]).toBe(`${label('flutter-3')} · 3023 ERROR_CAMERA_IN_USE`);
  });

  it('--sdk videosdk@2.0.0 is refused with lineFor’s reason (exit 2)', async () => {
    const r = await cli(['--sdk', 'videosdk@2.0.0', '3023']);
    expect(r.code).toBe(2);
    const answer = lineFor('videosdk', '2.0.0');
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(r.stderr).toBe(`error-codes: --sdk videosdk@2.0.0: ${answer.reason}\n${tryHelp}`);
  });

  it('refuses --sdk and --platform that name different lines', async () => {
    const r = await inProcess(['3023', '--sdk', 'videosdk@3.8.0', '--platform', 'flutter-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error-codes: --sdk videosdk@3.8.0 is the flutter-3 line, but --platform says flutter-1\n${tryHelp}`,
    );
    expect(
      (await inProcess(['3023', '--sdk', 'videosdk@3.8.0', '--platform', 'flutter-3'])).code,
    ).toBe(0);
  });

  it.each([
    ['videosdk'],
    ['videosdk@'],
    ['@videosdk.live/js-sdk'],
    ['@'],
    ['__proto__@1.0.0'],
    ['videosdk@__proto__'],
    ['constructor@1.2.4'],
    [`${huge}@1.0.0`],
    [`videosdk@${huge}`],
    ['\u202evideosdk@3.8.0\u0000'],
    ['live.videosdk:rtc-android-sdk@1.0.0'],
  ])('--sdk junk %#: exit 2, a short printable reason', async (sdk) => {
    const r = await inProcess(['3023', '--sdk', sdk]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error-codes: --sdk /);
    expect(r.stderr.length).toBeLessThan(600);
    expect(r.stderr).not.toMatch(UNPRINTABLE);
  });
});

describe('error-codes platforms', () => {
  it('prints every line of the registry: id, label, SDK, versions, codes, complete, entry point', async () => {
    const r = await cli(['platforms']);
    expect(r.code).toBe(0);
    const rows = linesOf(r.stdout);
    expect(rows[0]).toMatch(/^ID\s+LINE\s+SDK\s+VERSIONS\s+CODES\s+COMPLETE\s+ENTRY POINT$/);
    for (const [i, line] of (lines as readonly LineInfo[]).entries()) {
      const cells = (rows[i + 1] ?? '').split(/\s{2,}/);
      expect(cells).toEqual([
        line.id,
        line.label,
        line.sdk.package,
        line.sdk.versions,
        line.hasTable ? String(line.codes) : '-',
        line.hasTable ? (line.complete ? 'yes' : 'no') : 'no table',
        line.entryPoint ?? '-',
      ]);
    }
    // Why a line is partial or missing, in the registry's words.
    for (const line of (lines as readonly LineInfo[]).filter((l) => !l.complete)) {
      expect(r.stdout).toContain(`${line.id}: ${line.note}`);
    }
  });

  it('prints the registry’s records as JSON, and one line with --platform or --sdk', async () => {
    expect(JSON.parse((await cli(['platforms', '--json'])).stdout)).toEqual(
      JSON.parse(JSON.stringify(lines)),
    );
    const one = JSON.parse((await cli(['platforms', '--sdk', 'videosdk@3.8.0', '--json'])).stdout);
    expect(one.map((l: LineInfo) => l.id)).toEqual(['flutter-3']);
    const ios = JSON.parse((await cli(['platforms', '-p', 'ios', '--json'])).stdout);
    expect(ios).toEqual([JSON.parse(JSON.stringify(lines.find((l) => l.id === 'ios')))]);
  });

  it('heads its columns in the reader’s locale', async () => {
    const r = await cli(['platforms', '--locale', 'de']);
    expect(linesOf(r.stdout)[0]).toMatch(/^ID\s+LINIE\s+SDK\s+VERSIONEN/);
  });

  it.each([
    [['platforms', 'ios'], 2],
    [['platforms', '--category', 'auth'], 2],
    [['platforms', '__proto__'], 2],
    [['platforms', huge], 2],
    [['platforms', '--platform', 'flutter'], 2],
  ])('junk %#: exit %i, a short message', async (args, status) => {
    const r = await inProcess(args);
    expect(r.code).toBe(status);
    expect(r.stderr.length).toBeLessThan(400);
    expect(r.stderr).not.toMatch(UNPRINTABLE);
  });
});

/** Text as a literal part of a RegExp. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
