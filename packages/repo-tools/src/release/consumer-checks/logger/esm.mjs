import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { errorFields, levelFor, redact } from '@org/error-codes-logger';
import { importEverySubpath } from './subpaths.mjs';

await importEverySubpath('@org/error-codes-logger');
// The catalog comes from the package's own dependency, not from this project.
const { catalog } = createRequire(import.meta.resolve('@org/error-codes-logger'))(
  '@org/error-codes',
);
const [entry] = catalog;
const fields = errorFields({ code: entry.code, message: 'from the SDK' });
assert.equal(fields['error.code'], String(entry.code));
assert.equal(fields['error.type'], entry.name);
assert.equal(fields['error.severity'], entry.severity);
assert.ok(['error', 'warn'].includes(levelFor(entry.code)));
assert.ok(!JSON.stringify(redact({ token: 'secret-value-123' })).includes('secret-value-123'));
console.log(`ESM: ${Object.keys(fields).length} fields`);
