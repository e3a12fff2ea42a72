import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { retryableOf } from '../../scripts/deriveFields.js';
import { aliasesOf, meaningIdOf } from '../meaning.js';
import { catalog, ErrorCodes, platform } from './index.js';
import { seed } from './seed.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8')
    .trimEnd()
    .split('\n');

// seed-table.txt: the seed page's 68 rows verbatim, code, name and message run
// together as the page gives them. It is the source, not a second copy: seed.ts is
// the one place the rows are split (and fields derived), and is checked against it.
const rawRows = fixture('seed-table.txt');
const splitRows = seed.map(({ code, name, message }) => ({ code, name, message }));

describe('the seed', () => {
  it('has 68 rows, and seed.ts splits each one into code, name and message', () => {
    expect(rawRows).toHaveLength(68);
    expect(splitRows.map((r) => `${r.code}${r.name}${r.message}`).sort()).toEqual(
      [...rawRows].sort(),
    );
  });

  it('ends each name where the message begins', () => {
    for (const { name, message } of splitRows) {
      expect(name).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      // The message starts with a word, a quoted field or the acronym HLS, never with
      // the tail of an identifier.
      expect(message).toMatch(/^('[a-z]|[A-Z][a-z]|HLS |[A-Z][a-z-]*-)/);
    }
  });
});

describe('catalog', () => {
  it('holds the seed rows verbatim, sorted by code', () => {
    const sorted = [...splitRows].sort((a, b) => a.code - b.code);
    expect(catalog.map(({ code, name, message }) => ({ code, name, message }))).toEqual(sorted);
  });

  it('is frozen, list and entries, so no caller can change it for the others', () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    for (const e of catalog) expect(Object.isFrozen(e)).toBe(true);
    expect(() => {
      (catalog[0] as { severity: string }).severity = 'warning';
    }).toThrow(TypeError);
  });

  it('keeps the wire typos the SDK sends', () => {
    expect(catalog.find((e) => e.code === 4023)?.name).toBe('UNAUTHORIZED_PARTCIPANT_ID');
  });

  it('is unique by code and by name', () => {
    expect(new Set(catalog.map((e) => e.code)).size).toBe(68);
    expect(new Set(catalog.map((e) => e.name)).size).toBe(68);
  });

  it('derives source from the code range', () => {
    for (const e of catalog) expect(e.source).toBe(e.code < 4000 ? 'client' : 'server');
  });

  it('marks retryable exactly the codes the written rule does (scripts/deriveFields.ts)', () => {
    for (const e of catalog) {
      const rule = retryableOf(e.name, e.message);
      expect(e.retryable, e.name).toBe(rule);
    }
  });

  it('marks fatal the codes that keep or put the participant out of the meeting', () => {
    const fatal = catalog.filter((e) => e.severity === 'fatal').map((e) => e.name);
    expect(fatal).toContain('DUPLICATE_PARTICIPANT'); // "Leaving meeting"
    expect(fatal).toContain('INVALID_TOKEN');
    expect(fatal).toContain('ERROR_JOINING_MEETING');
    expect(fatal).not.toContain('START_RECORDING_FAILED');
  });

  it('marks warning the codes the SDK recovers from', () => {
    for (const e of catalog) {
      if (/Reverting to the default/.test(e.message)) expect(e.severity).toBe('warning');
    }
  });

  it('names the service of every recording, livestream, HLS and transcription code', () => {
    for (const e of catalog) {
      if (['recording', 'livestream', 'hls', 'transcription'].includes(e.category)) {
        expect(e.feature, e.name).not.toBeNull();
      }
    }
    expect(catalog.find((e) => e.code === 4037)?.feature).toBe('track-recording');
  });

  it('gives each entry the meaning id and aliases of its name', () => {
    for (const e of catalog) {
      expect(e.meaning).toBe(meaningIdOf(e.name));
      expect(e.aliases).toEqual(aliasesOf(e.name));
      expect(e.platform).toBe('flutter-1');
      expect(e.sdkDescription).toBeNull();
    }
  });

  it('ErrorCodes maps every name to its code and nothing else', () => {
    expect(Object.entries(ErrorCodes)).toEqual(catalog.map((e) => [e.name, e.code]));
  });

  it('records the platform and SDK version of the table', () => {
    expect(platform).toMatchObject({
      id: 'flutter-1',
      sdk: { package: 'videosdk', registry: 'pub', versions: '>=1.2.0 <1.3.0' },
      entryPoint: '@org/error-codes/flutter-1',
    });
  });
});
