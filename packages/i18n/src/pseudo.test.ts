import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pseudo, pseudoMessages, pseudoModule } from '../scripts/pseudo.js';
import { messages as en } from './locales/en.js';
import { messages as enXA } from './locales/en-XA.js';

describe('en-XA', () => {
  it('regenerates identically from en (run `pnpm generate` if not)', () => {
    expect(enXA).toEqual(pseudoMessages());
    // The file on disk is the generator's output after `biome format`, as `pnpm generate` leaves it.
    const biome = fileURLToPath(new URL('../../../node_modules/.bin/biome', import.meta.url));
    const formatted = execFileSync(biome, ['format', '--stdin-file-path=src/locales/en-XA.ts'], {
      input: pseudoModule(),
      encoding: 'utf8',
    });
    const onDisk = readFileSync(new URL('./locales/en-XA.ts', import.meta.url), 'utf8');
    expect(onDisk).toBe(formatted);
  });

  it('is accented, about a third longer, bracketed, with arguments intact', () => {
    const p = pseudo('Contact {supportContact} now');
    expect(p).toMatch(/^\[.*\]$/);
    expect(p).toContain('{supportContact}');
    expect(p.replace('{supportContact}', '')).not.toMatch(/Contact|now/);
    for (const [code, t] of Object.entries(en.codes)) {
      const x = enXA.codes[Number(code) as keyof typeof enXA.codes];
      expect(x.description.length).toBeGreaterThanOrEqual(Math.floor(t.description.length * 1.3));
    }
  });
});
