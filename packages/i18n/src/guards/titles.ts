/**
 * Guard 7: on each line, every meaning has its own developer title (two meanings
 * titled alike cannot be told apart in a list), in every locale; and meanings that
 * tell the end user the same event carry the same userTitle.
 */
import { type PlatformId, platformIds } from '@org/error-codes';
import { linesOf } from '../../test/texts.js';
import type { Locale } from '../types.js';
import { type Row, where } from './corpus.js';

/** Meanings that report one event to the end user, so their userTitles match. */
export const eventClasses: readonly {
  readonly event: string;
  readonly meanings: readonly string[];
}[] = [
  {
    event: 'fell back to the default microphone',
    meanings: ['custom-audio-track-ended', 'custom-audio-track-disposed'],
  },
  {
    event: 'fell back to the default camera',
    meanings: ['custom-video-track-ended', 'custom-video-track-disposed'],
  },
  {
    event: 'a custom screen-share track stopped',
    meanings: ['custom-screen-share-track-ended', 'custom-screen-share-track-disposed'],
  },
];

export function titleLint(rows: readonly Row[]): string[] {
  const out: string[] = [];
  const titles = rows.filter((r) => r.path === 'title' && r.id !== 'unknown');
  for (const line of platformIds as readonly PlatformId[]) {
    const seen = new Map<string, Row>();
    for (const r of titles) {
      if (!linesOf(r.id).includes(line)) continue;
      const key = `${r.locale}\u0000${r.text.toLocaleLowerCase()}`;
      const first = seen.get(key);
      if (first) out.push(`${line} ${where(r)}: same title as ${first.id}: ${r.text}`);
      else seen.set(key, r);
    }
  }
  const userTitle = new Map<string, string>();
  for (const r of rows) if (r.path === 'userTitle') userTitle.set(`${r.locale} ${r.id}`, r.text);
  const locales = [...new Set(rows.map((r) => r.locale))] as Locale[];
  for (const { event, meanings } of eventClasses) {
    for (const locale of locales) {
      const seen = new Set(meanings.map((m) => userTitle.get(`${locale} ${m}`)));
      if (seen.size > 1)
        out.push(
          `${locale} ${meanings.join(' / ')}: userTitles differ for one event (${event}): ${[...seen].join(' | ')}`,
        );
    }
  }
  return out;
}
