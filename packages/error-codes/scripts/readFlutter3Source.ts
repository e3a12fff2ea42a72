/**
 * Reads the Flutter 3.x table from sources/flutter-3/ (PROVENANCE.md there):
 * `constants-confirmed.json`, the 27 constants first confirmed from VideoSDK's
 * Flutter 3.x API reference, and `reference-pages.json`, the constants confirmed
 * since, one reference page each. A constant in both must have the same code and
 * name; a message one leaves null the other may give. The table is partial by
 * nature: a code it lacks is unknown on the 3.x line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FLUTTER3_SOURCE_DIR = 'sources/flutter-3';
/** Where every constant's page lives: `<base><NAME>-constant.html`. */
export const FLUTTER3_PAGE_BASE =
  'https://docs.videosdk.live/flutter-sdk-reference/videosdk/VideoSDKError/';

export interface Flutter3Constant {
  readonly code: number;
  readonly name: string;
  readonly message: string | null;
  /** The reference page that showed it; null for a constant only the first extraction gives. */
  readonly page: string | null;
}

export interface Flutter3Source {
  readonly complete: boolean;
  readonly entries: readonly Flutter3Constant[];
}

interface ConfirmedFile {
  readonly complete: boolean;
  readonly entries: readonly { code: number; name: string; message: string | null }[];
}

interface PagesFile {
  readonly entries: readonly { code: number; name: string; message: string | null; page: string }[];
}

export function readFlutter3Source(
  packageRoot: string = fileURLToPath(new URL('..', import.meta.url)),
): Flutter3Source {
  const dir = join(packageRoot, FLUTTER3_SOURCE_DIR);
  const read = <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  const first = read<ConfirmedFile>('constants-confirmed.json');
  const pages = read<PagesFile>('reference-pages.json');
  const merged = new Map<string, Flutter3Constant>();
  for (const e of first.entries) merged.set(e.name, { ...e, page: null });
  for (const p of pages.entries) {
    if (p.page !== `${FLUTTER3_PAGE_BASE}${p.name}-constant.html`) {
      throw new Error(`reference-pages.json: ${p.name}'s page is not its constant page: ${p.page}`);
    }
    const known = merged.get(p.name);
    if (known && known.code !== p.code) {
      throw new Error(`${p.name}: constants-confirmed.json says ${known.code}, its page ${p.code}`);
    }
    if (known?.message != null && p.message != null && known.message !== p.message) {
      throw new Error(`${p.name}: the two sources give different messages`);
    }
    merged.set(p.name, { ...p, message: p.message ?? known?.message ?? null });
  }
  const entries = [...merged.values()].sort((a, b) => a.code - b.code);
  const codes = entries.map((e) => e.code);
  const twice = codes.find((c, i) => codes.indexOf(c) !== i);
  if (twice !== undefined) throw new Error(`Flutter 3.x: code ${twice} confirmed under two names`);
  return { complete: first.complete, entries };
}
