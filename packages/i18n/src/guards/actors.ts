/**
 * Guard 5, actor lint: each fix step's words suit who takes it. A `dashboard` step
 * is done in VideoSDK's dashboard, so it contacts no one; a `support` step is the
 * reader contacting VideoSDK support, never an instruction to VideoSDK's staff; an
 * `app` step is the developer's own work, so it names no VideoSDK support.
 */
import { type Row, where } from './corpus.js';

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const CONTACTS =
  /\b(contact|ask|write to|e-?mail|reach)\b[^.]*\b(VideoSDK support|VideoSDK’s support|\{supportContact\})|\{supportContact\}/i;

export function actorLint(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (!r.by) continue;
    // Addresses read the same in every locale; the wording is checked in English,
    // whose `by` actors every locale mirrors (checked by messages.test.ts).
    if (
      r.by === 'dashboard' &&
      (EMAIL.test(r.text) || (r.locale === 'en' && /\bcontact\b/i.test(r.text)))
    )
      out.push(`${where(r)}: a dashboard step contacts someone: ${r.text}`);
    if (
      r.by === 'app' &&
      (/support@videosdk\.live/i.test(r.text) ||
        (r.locale === 'en' && /VideoSDK support/i.test(r.text)))
    )
      out.push(
        `${where(r)}: an app step names VideoSDK support (make it a support step): ${r.text}`,
      );
    if (r.by === 'support' && r.locale === 'en' && !CONTACTS.test(r.text))
      out.push(
        `${where(r)}: a support step is not the reader contacting VideoSDK support: ${r.text}`,
      );
  }
  return out;
}
