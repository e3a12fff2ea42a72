import loggerTools = require('@org/error-codes-logger');
import winstonTools = require('@org/error-codes-logger/winston');
import winston = require('winston');

const format = winston.format.combine(
  winstonTools.errorFormat({ platform: 'web' }),
  winston.format.json(),
);
const fields: loggerTools.ErrorFields = loggerTools.errorFields(3017, { platform: 'web' });
// @ts-expect-error no such field: the types are real, not `any`.
const nope = fields['error.nope'];

export = { fields, format, nope };
