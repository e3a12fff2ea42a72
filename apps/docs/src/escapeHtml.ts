const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

/**
 * Escapes text for HTML written by hand (head tags, the redirect page, README
 * attributes): safe in element content and in quoted attributes of either kind.
 * The same five characters and entities as React's own escaping, so text escaped
 * here reads the same as text React rendered.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => entities[ch] as string);
}
