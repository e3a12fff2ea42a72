import { type ErrorFields, errorFields } from '@org/error-codes-logger';
import { logError, pinoOptions } from '@org/error-codes-logger/pino';
import { errorFormat } from '@org/error-codes-logger/winston';
import { pino } from 'pino';
import winston from 'winston';

const logger = pino({ ...pinoOptions(), level: 'info' });
logError(logger, { code: 4001, message: 'x' }, { meetingId: 'm-1' });
const format = winston.format.combine(errorFormat(), winston.format.json());
const fields: ErrorFields = errorFields(4001);
const type: string = fields['error.type'];
// @ts-expect-error no such field: the types are real, not `any`.
const nope = fields['error.nope'];

export { format, nope, type };
