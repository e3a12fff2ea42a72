import { type ErrorFields, errorFields, type LoggerOptions } from '@org/error-codes-logger';
import { logError, pinoOptions } from '@org/error-codes-logger/pino';
import { errorFormat } from '@org/error-codes-logger/winston';
import { pino } from 'pino';
import winston from 'winston';

const options: LoggerOptions = { platform: 'web', docsBaseUrl: 'https://errors.example.com' };
const logger = pino({ ...pinoOptions(options), level: 'info' });
logError(logger, { code: 3017, message: 'x' }, { meetingId: 'm-1' });
const format = winston.format.combine(
  errorFormat({ platform: 'flutter-1' }),
  winston.format.json(),
);
const fields: ErrorFields = errorFields(3017, options);
const type: string = fields['error.type'];
const platform: NonNullable<LoggerOptions['platform']> | 'unknown' = fields['error.platform'];
// @ts-expect-error no such field: the types are real, not `any`.
const nope = fields['error.nope'];
// @ts-expect-error not a line: a Flutter app names its version line.
errorFields(3017, { platform: 'flutter' });

export { format, nope, platform, type };
