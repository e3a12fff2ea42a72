import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { platformIds, platformTables } from '../src/index.js';
import { generatedFiles } from './generate.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('generated files', () => {
  it.each(Object.entries(generatedFiles()))(
    '%s is up to date (run `pnpm generate`)',
    (path, text) => {
      expect(read(path)).toBe(text);
    },
  );

  it('catalog.json holds the catalog and validates against its schema', () => {
    const doc = JSON.parse(read('catalog.json'));
    expect(doc.platforms.map((p: { id: string }) => p.id)).toEqual([...platformIds]);
    for (const [i, id] of platformIds.entries()) {
      expect(doc.platforms[i].entries).toEqual(platformTables[id]);
    }
    expect(doc.platforms[0].sdkGaps.runtimeOnly).toEqual([
      'ERROR_SCREENSHARE_CLOSE_PRODUCER_FAILED',
    ]);
    expect(doc.aliases).toContainEqual(['MAX_PARTCIPANT_REACHED', 'MAX_PARTICIPANT_REACHED']);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(JSON.parse(read('catalog.schema.json')));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema rejects an entry with a wrong field or a missing meaning', () => {
    const ajv = new Ajv2020({ strict: true });
    const validate = ajv.compile(JSON.parse(read('catalog.schema.json')));
    const doc = JSON.parse(read('catalog.json'));
    doc.platforms[0].entries[0].severity = 'panic';
    expect(validate(doc)).toBe(false);
    const noMeaning = JSON.parse(read('catalog.json'));
    delete noMeaning.platforms[1].entries[0].meaning;
    expect(validate(noMeaning)).toBe(false);
  });
});
