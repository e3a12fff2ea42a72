/**
 * App-surface wording (translation review 3, EN-N1): the developer texts an app line
 * resolves (title, causes, steps; its surface variant applied) give no browser-only
 * advice: no `navigator.` or `RTCRtpSender` API, no page to serve over https://, no
 * "the browser" as the thing that acts. The `description` is left out: it is a
 * faithful rendering of what the SDK says, and the SDK's own words name the browser.
 * Words that cover both ("the browser or device", "If the app also runs in a
 * browser") are fine.
 */
import type { Locale } from '../types.js';

export interface ResolvedMeaning {
  readonly platform: string;
  readonly locale: Locale;
  readonly id: string;
  readonly title: string;
  readonly causes: readonly string[];
  readonly fixes: readonly { readonly by: string; readonly text: string }[];
}

/** Web APIs: wrong for an app in any language (their names are not translated). */
const WEB_API = /\bnavigator\.|\bRTCRtp\w+/;
/** English words that make the browser the actor, or send the reader to a page. */
const BROWSER = /\b(this|the|every|a|other)\s+browser(s|’s)?\b|\bbrowsers\b|\bthe page\b/i;
/** English that covers an app as well. */
const BOTH =
  /\bbrowser or (the )?(device|app)\b|\b(app|application|device) or (another |other )?browsers?\b|\bIf the app also runs in a browser\b/gi;

export function appWording(resolved: readonly ResolvedMeaning[]): string[] {
  const out: string[] = [];
  for (const m of resolved) {
    const fields: [string, string][] = [
      ['title', m.title],
      ...m.causes.map((c, i): [string, string] => [`causes.${i}`, c]),
      ...m.fixes.map((f, i): [string, string] => [`fixes.${i}.text`, f.text]),
    ];
    for (const [path, text] of fields) {
      const where = `${m.locale} ${m.id} ${path} (${m.platform})`;
      if (WEB_API.test(text)) out.push(`${where}: a web API or page on an app line: ${text}`);
      else if (m.locale === 'en' && BROWSER.test(text.replace(BOTH, '')))
        out.push(`${where}: browser wording on an app line: ${text}`);
    }
  }
  return out;
}
