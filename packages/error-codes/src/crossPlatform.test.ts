import { describe, expect, it } from 'vitest';
import * as flutter from './flutter/index.js';
import { categories, features, meanings, numbers, platformIds, platforms } from './index.js';
import * as web from './web/index.js';

const tables = { web: web.catalog, flutter: flutter.catalog };

describe('the cross-platform map', () => {
  it('lists the platforms as data, web first', () => {
    expect(platforms.map((p) => p.id)).toEqual([...platformIds]);
    expect(platforms[0]?.sdk.package).toBe('@videosdk.live/js-sdk');
  });

  it('gives every meaning its code on each platform that has it', () => {
    for (const id of platformIds) {
      for (const e of tables[id]) {
        expect((meanings as Record<string, Record<string, number>>)[e.meaning]?.[id]).toBe(e.code);
      }
    }
    const total = new Set([...web.catalog, ...flutter.catalog].map((e) => e.meaning)).size;
    expect(Object.keys(meanings)).toHaveLength(total);
  });

  it('shares one meaning between platforms for the same name and for the paired names', () => {
    expect(meanings['camera-in-use']).toEqual({ web: 3023, flutter: 3003 });
    expect(meanings['max-participant-reached']).toEqual({ web: 4009, flutter: 4009 });
    expect(meanings['video-track-creation-failed']).toEqual({ web: 3053, flutter: 3017 });
  });

  it('flags every number whose meaning differs between platforms, and only those', () => {
    for (const [code, entry] of Object.entries(numbers)) {
      const w = web.findError(Number(code))?.meaning;
      const f = flutter.findError(Number(code))?.meaning;
      expect(entry.clash, code).toBe(w !== undefined && f !== undefined && w !== f);
    }
    expect(numbers[3017]).toEqual({
      clash: true,
      web: 'camera-access-denied-or-dismissed',
      flutter: 'video-track-creation-failed',
    });
    expect(Object.values(numbers).filter((n) => n.clash)).toHaveLength(13);
  });

  it('uses every category and feature of the vocabulary on some platform', () => {
    const all = [...web.catalog, ...flutter.catalog];
    expect(new Set(all.map((e) => e.category))).toEqual(new Set(categories));
    expect(new Set(all.map((e) => e.feature).filter(Boolean))).toEqual(new Set(features));
  });
});
