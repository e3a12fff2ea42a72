/**
 * Integer query parameters written in decimal digits only. Fastify's ajv coerces
 * query strings to the schema's type the way JavaScript's `Number()` does, so
 * `1e2`, `0x10`, `+5`, ` 5` and `5.0` would all pass as integers: this check runs
 * before validation and answers them 400, like any other bad parameter.
 */
import type { preValidationHookHandler } from 'fastify';
import { sendProblem } from './problem.js';

const DIGITS = /^[0-9]+$/;

export function decimalQuery(names: readonly string[]): preValidationHookHandler {
  return function decimalOnly(request, reply, done) {
    const query = request.query as Record<string, unknown>;
    for (const name of names) {
      const value = query[name];
      // Arrays (a parameter given twice) are left to the schema, which rejects them.
      if (typeof value === 'string' && !DIGITS.test(value)) {
        const message = 'must be written in decimal digits only (such as 20)';
        sendProblem(request, reply, 'invalid-request', `Query parameter "${name}" ${message}.`, {
          errors: [{ in: 'query', name, message }],
        });
        return;
      }
    }
    done();
  };
}
