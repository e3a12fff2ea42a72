const assert = require('node:assert/strict');
const { errorFields } = require('@org/error-codes-logger');
const { errorSerializer } = require('@org/error-codes-logger/pino');
const { errorFormat } = require('@org/error-codes-logger/winston');
const { requireEverySubpath } = require('./subpaths.cjs');

requireEverySubpath('@org/error-codes-logger');
assert.equal(errorFields(new Error('plain'))['error.message'], 'plain');
assert.equal(
  errorFields(3017, { platform: 'flutter-1' })['error.type'],
  'ERROR_CREATING_VIDEO_TRACK',
);
assert.equal(errorSerializer({ platform: 'web' })({ code: 3017 }).platform, 'web');
assert.equal(typeof errorFormat({ platform: 'web' }).transform, 'function');
console.log('CJS: fields, serializer, format');
