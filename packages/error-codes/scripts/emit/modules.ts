/** The TypeScript modules the generator writes: tables, `ErrorCodes`, the cross-platform map. */
import type { LineEntryShape } from '../../src/lines/types.js';
import type { ErrorEntryShape, PlatformInfo } from '../../src/types.js';
import { HEADER } from './header.js';

type Entry = ErrorEntryShape;

export function tableModule(entries: readonly Entry[], platform?: PlatformInfo): string {
  const types = platform ? 'ErrorEntryShape, PlatformInfo' : 'ErrorEntryShape';
  const lines = [
    `// ${HEADER}`,
    "import { freezeAll } from '../freezeAll.js';",
    `import type { ${types} } from '../types.js';`,
    '',
  ];
  if (platform) {
    lines.push(
      `/** Where this table was read from. */`,
      `export const platform = ${JSON.stringify(platform, null, 2)} as const satisfies PlatformInfo;`,
      '',
    );
  }
  lines.push(
    `/** Every entry of the ${entries[0]?.platform} table, sorted by code; the list and each entry are frozen. */`,
    `export const entries = /* @__PURE__ */ freezeAll(${JSON.stringify(entries, null, 2)} as const satisfies readonly ErrorEntryShape[]);`,
    '',
  );
  return lines.join('\n');
}

/** A line's table beside web and Flutter 1.2.x; `extra` adds exports (Flutter 3.x's reference pages). */
export function lineTableModule(entries: readonly LineEntryShape[], extra: string[] = []): string {
  return [
    `// ${HEADER}`,
    "import { freezeAll } from '../freezeAll.js';",
    "import type { LineEntryShape } from '../lines/types.js';",
    '',
    ...extra,
    `/** Every entry of the ${entries[0]?.platform} table, sorted by code; the list and each entry are frozen. */`,
    `export const entries = /* @__PURE__ */ freezeAll(${JSON.stringify(entries, null, 2)} as const satisfies readonly LineEntryShape[]);`,
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

export function crossPlatformModule(map: {
  readonly meanings: object;
  readonly numbers: object;
}): string {
  return [
    `// ${HEADER}`,
    '',
    '/** Every meaning id, with its code on each platform that has it. */',
    `export const meanings = ${JSON.stringify(map.meanings, null, 2)} as const;`,
    '',
    '/** Every code number, with its meaning on each platform; `clash` where the platforms disagree. */',
    `export const numbers = ${JSON.stringify(map.numbers, null, 2)} as const;`,
    '',
  ].join('\n');
}
