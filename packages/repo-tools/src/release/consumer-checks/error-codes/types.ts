import {
  catalog,
  type ErrorCode,
  ErrorCodes,
  type ErrorEntry,
  type ErrorName,
  findError,
  getError,
  isErrorCode,
  normalizeError,
} from '@org/error-codes';

const first: ErrorEntry | undefined = catalog[0];
const code: ErrorCode = ErrorCodes[first?.name ?? ('' as ErrorName)];
const entry = getError(code);
const name: ErrorName = entry.name;
const found: ErrorEntry | undefined = findError('anything');
const input: unknown = 42;
if (isErrorCode(input)) {
  const narrowed: ErrorCode = input;
  void narrowed;
}
const normalized = normalizeError({ code: 1, message: 'x' });
if (normalized.known) {
  const known: ErrorCode = normalized.code;
  void known;
}
// @ts-expect-error 1 is not a catalog code: the types are real, not `any`.
getError(1);
// @ts-expect-error the catalog is readonly.
catalog.push(entry);

export { found, name };
