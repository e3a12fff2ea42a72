/**
 * Guard 2, the sense guard: English "record" is the recording feature's word (a
 * glossary form of `recording`). Used about failures, errors or traces it means
 * "log", and pushes translators onto the recording verb; "log" has its own term.
 */
import { proseOf } from '../glossary.js';
import { type Row, where } from './corpus.js';

const RECORD = /\brecord(s|ed)?\b/i;
const LOG_TOPIC = /\b(failures?|errors?|traces?|tracer|logs?|console|warnings?|messages?)\b/i;

export function recordSense(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (r.locale !== 'en') continue;
    for (const sentence of proseOf(r.text).split(/(?<=[.;:])\s+/)) {
      if (RECORD.test(sentence) && LOG_TOPIC.test(sentence))
        out.push(`${where(r)}: "record" about a failure, error or trace (say "log"): ${sentence}`);
    }
  }
  return out;
}
