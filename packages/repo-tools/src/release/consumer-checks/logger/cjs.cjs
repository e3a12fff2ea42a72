const assert = require('node:assert/strict');
const { errorFields } = require('@org/error-codes-logger');
const { errorSerializer } = require('@org/error-codes-logger/pino');
const { errorFormat } = require('@org/error-codes-logger/winston');
const { requireEverySubpath } = require('./subpaths.cjs');

requireEverySubpath('@org/error-codes-logger');
const fields = errorFields(new Error('plain'));
assert.equal(fields['error.message'], 'plain');
assert.equal(errorSerializer()(new Error('plain')).message, 'plain');
assert.equal(typeof errorFormat().transform, 'function');
console.log('CJS: fields, serializer, format');
