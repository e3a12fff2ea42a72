const MAX_SHOWN = 40;
// Controls, bidi overrides and line separators would redraw the terminal or hide text.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** User input as a message may echo it: at most 40 characters, nothing that moves the cursor. */
export function shown(text: string): string {
  const chars = Array.from(text);
  const head = chars.slice(0, MAX_SHOWN).join('').replace(UNPRINTABLE, '\uFFFD');
  return chars.length > MAX_SHOWN ? `${head}…` : head;
}
