import errorCodes = require('@org/error-codes');

const entry: errorCodes.ErrorEntry | undefined = errorCodes.findError('anything');
const code: errorCodes.ErrorCode | undefined = entry?.code;
// @ts-expect-error 1 is not a catalog code: the types are real, not `any`.
errorCodes.getError(1);

export = { code };
