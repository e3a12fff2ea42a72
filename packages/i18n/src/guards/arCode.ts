/**
 * Arabic "code" (translation review 3, §4): رمز alone is the error code, and the
 * token is always the compound رمز الوصول. Where an English field speaks of a code
 * (not a codec, not the `{code}` placeholder), the Arabic says bare رمز / رموز once
 * the token compound is taken out; خطأ ("error") in its place blurs the line
 * between a code the SDK defines and one the catalog does not know.
 */
import { type Row, where } from './corpus.js';

const ENGLISH_CODE = /\bcodes?\b/i;
const TOKEN = /(?:[لب]?ال|ل|ب)?(?:رمز|رموز) (?:ال)?وصول/g;
const CODE = /(?:^|[\s(«"،])(?:[لبو]?ال|[لبو])?(?:رمز|رموز)(?:ًا|ا)?(?=$|[\s.،:؛)»"])/u;

export function arCode(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (r.locale !== 'ar') continue;
    if (!ENGLISH_CODE.test(r.english.replace(/\{code\}/g, ''))) continue;
    if (!CODE.test(r.text.replace(TOKEN, '')))
      out.push(`${where(r)}: English says "code" but the Arabic has no bare رمز: ${r.text}`);
  }
  return out;
}
