import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pseudo, pseudoModule } from '../scripts/pseudo.js';
import { messages as enXA } from './locales/en-XA.js';
import { messages as en } from './locales/en.js';

describe('en-XA', () => {
  it('regenerates identically from en (run `pnpm generate` if not)', () => {
    const norm = (s: string) => s.replace(/\s+/g, '');
    const onDisk = readFileSync(new URL('./locales/en-XA.ts', import.meta.url), 'utf8');
    expect(norm(onDisk)).toBe(norm(pseudoModule()));
  });

  it('is accented, about a third longer, bracketed, with arguments intact', () => {
    const p = pseudo('Contact {supportContact} now');
    expect(p).toMatch(/^\[.*\]$/);
    expect(p).toContain('{supportContact}');
    expect(p).not.toMatch(/Contact|now/);
    for (const [code, t] of Object.entries(en.codes)) {
      const x = enXA.codes[Number(code) as keyof typeof enXA.codes];
      expect(x.description.length).toBeGreaterThanOrEqual(Math.floor(t.description.length * 1.3));
    }
  });
});
