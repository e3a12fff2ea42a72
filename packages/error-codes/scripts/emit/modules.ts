/** The TypeScript modules the generator writes for each line: its table and its `ErrorCodes`. */
import type { ErrorEntryShape } from '../../src/types.js';
import { HEADER } from './header.js';

type Entry = ErrorEntryShape;

/** A line's table; `extra` adds exports before it (Flutter 3.x's reference pages). */
export function tableModule(entries: readonly Entry[], extra: string[] = []): string {
  return [
    `// ${HEADER}`,
    "import { freezeAll } from '../freezeAll.js';",
    "import type { ErrorEntryShape } from '../types.js';",
    '',
    ...extra,
    `/** Every entry of the ${entries[0]?.platform} table, sorted by code; the list and each entry are frozen. */`,
    `export const entries = /* @__PURE__ */ freezeAll(${JSON.stringify(entries, null, 2)} as const satisfies readonly ErrorEntryShape[]);`,
    '',
  ].join('\n');
}

export function errorCodesModule(entries: readonly Entry[]): string {
  return [
    `// ${HEADER}`,
    '',
    '/** Every wire name mapped to its code: `ErrorCodes.INVALID_API_KEY === 4001`. */',
    'export const ErrorCodes = {',
    ...entries.map((e) => `  ${e.name}: ${e.code},`),
    '} as const;',
    '',
  ].join('\n');
}
