import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles, pseudo } from '../scripts/generate.js';
import { english, loadTexts } from '../test/texts.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const files = Object.entries(await generatedFiles());

describe('generated files', () => {
  it.each(files)('%s is up to date (run `pnpm generate`)', (path, text) => {
    expect(read(path)).toBe(text);
  });
});

describe('the pseudo-locale en-XA', () => {
  it('is accented, about a third longer, bracketed, with arguments intact', async () => {
    const p = pseudo('Contact {supportContact} now');
    expect(p).toMatch(/^\[.*\]$/);
    expect(p).toContain('{supportContact}');
    expect(p.replace('{supportContact}', '')).not.toMatch(/Contact|now/);
    const xa = await loadTexts('en-XA');
    for (const [id, t] of Object.entries(english.meanings)) {
      const x = xa.meanings[id];
      expect(x?.description.length).toBeGreaterThanOrEqual(Math.floor(t.description.length * 1.3));
      expect(x?.fixes.map((s) => s.by)).toEqual(t.fixes.map((s) => s.by));
    }
  });
});
