const MAX_SHOWN = 40;
// Controls, bidi overrides and line separators would redraw the terminal or hide text;
// a lone surrogate is no character at all.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** Text with nothing that moves the cursor or hides what follows (each such character a U+FFFD). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, '\uFFFD');
}

/** User input as a message may echo it: at most 40 characters, printable. */
export function shown(text: string): string {
  const chars = Array.from(text);
  const head = printable(chars.slice(0, MAX_SHOWN).join(''));
  return chars.length > MAX_SHOWN ? `${head}…` : head;
}
