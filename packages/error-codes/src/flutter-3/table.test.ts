import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLUTTER3_PAGE_BASE, readFlutter3Source } from '../../scripts/readFlutter3Source.js';
import { catalog as flutter1 } from '../flutter-1/index.js';
import { lines } from '../lines/registry.generated.js';
import { meaningIdOf } from '../meaning.js';
import { catalog as web } from '../web/index.js';
import { entries, referencePages } from './table.generated.js';

const source = readFlutter3Source();
const firstExtraction = JSON.parse(
  readFileSync(
    new URL('../../sources/flutter-3/constants-confirmed.json', import.meta.url),
    'utf8',
  ),
) as { complete: boolean; entries: { code: number; name: string; message: string | null }[] };
const byCode = <T extends { readonly code: number }>(list: readonly T[], code: number) =>
  list.find((e) => e.code === code);

describe('the Flutter 3.x table', () => {
  it('is marked incomplete, in its source and in the line registry', () => {
    expect(firstExtraction.complete).toBe(false);
    expect(source.complete).toBe(false);
    const line = lines.find((l) => l.id === 'flutter-3');
    expect(line?.complete).toBe(false);
    expect(line?.codes).toBe(entries.length);
  });

  it('holds every constant of the first extraction, with the same code and name', () => {
    for (const c of firstExtraction.entries) {
      const e = entries.find((x) => x.name === c.name);
      expect(e?.code, c.name).toBe(c.code);
      if (c.message !== null) expect(e?.message).toBe(c.message);
    }
  });

  it('records, for every constant, the reference page that showed it', () => {
    expect(Object.keys(referencePages).sort()).toEqual(entries.map((e) => e.name).sort());
    for (const e of entries) {
      expect(referencePages[e.name]).toBe(`${FLUTTER3_PAGE_BASE}${e.name}-constant.html`);
      expect(e.message, e.name).not.toBeNull();
    }
  });

  it('has no code twice and no name twice', () => {
    expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    expect(entries.every((e) => e.platform === 'flutter-3')).toBe(true);
  });

  it('renumbered 3002, 3003, 3006, 3007, 3018 and 3023 from Flutter 1.2.x', () => {
    for (const code of [3002, 3003, 3006, 3007, 3018, 3023]) {
      expect(byCode(entries, code)?.meaning, String(code)).not.toBe(
        byCode(flutter1, code)?.meaning,
      );
    }
    expect(byCode(flutter1, 3023)?.name).toBe('ERROR_JOINING_MEETING');
    expect(byCode(entries, 3023)?.name).toBe('ERROR_CAMERA_IN_USE');
  });

  it('numbers every code as web does: a shared number always means what it means on web', () => {
    for (const e of entries) {
      const w = byCode(web, e.code);
      if (w) expect(e.meaning, `${e.code} ${e.name}`).toBe(w.meaning);
    }
  });

  it('says "room" where web says "meeting"; each such name is web’s name with MEETING for ROOM', () => {
    const webNames = new Set<string>(web.map((e) => e.name));
    const roomNames = entries.filter((e) => /ROOM/.test(e.name) && !webNames.has(e.name));
    expect(roomNames.map((e) => e.name)).toEqual([
      'ERROR_ACTION_PERFORMED_BEFORE_ROOM_JOINED',
      'ERROR_ROOM_MEDIA_CONNECTION_FAILED',
      'ERROR_UNABLE_TO_JOIN_ROOM',
      'ERROR_END_ROOM_FAILED',
      'ERROR_ROOM_RECONNECTING',
      'INVALID_ROOM_ID',
      'UNAUTHORIZED_ROOM_ID',
      'ROOM_ID_DISABLED',
      'SWITCH_ROOM_FAILED',
    ]);
    for (const e of roomNames) {
      const twin = byCode(web, e.code);
      expect(twin?.name).toBe(e.name.replace('ROOM', 'MEETING'));
      expect(meaningIdOf(e.name)).toBe(twin?.meaning);
    }
  });
});
