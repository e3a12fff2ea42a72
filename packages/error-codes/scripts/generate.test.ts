import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/index.js';
import { generatedFiles } from './generate.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('generated files', () => {
  it.each(Object.entries(generatedFiles()))(
    '%s is up to date (run `pnpm generate`)',
    (path, text) => {
      // The TS module is formatted by biome after generation; compare it modulo whitespace.
      const norm = (s: string) => s.replace(/\s+/g, '');
      expect(norm(read(path))).toBe(norm(text));
    },
  );

  it('catalog.json holds the catalog and validates against its schema', () => {
    const doc = JSON.parse(read('catalog.json'));
    expect(doc.entries).toEqual(catalog);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(JSON.parse(read('catalog.schema.json')));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema rejects an entry with a wrong field', () => {
    const ajv = new Ajv2020({ strict: true });
    const validate = ajv.compile(JSON.parse(read('catalog.schema.json')));
    const doc = JSON.parse(read('catalog.json'));
    doc.entries[0].severity = 'panic';
    expect(validate(doc)).toBe(false);
  });
});
