/**
 * Reads the web SDK's error table out of the installed `@videosdk.live/js-sdk`:
 * the `Errors` enum of its typings (names, numbers, doc comments) and, from its
 * bundle, the runtime code map (`NAME: 3017`) and the runtime `{ code, message }`
 * table. Both files are parsed with the TypeScript compiler (which reads plain
 * JavaScript too), never matched with regular expressions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

export const WEB_SDK_PACKAGE = '@videosdk.live/js-sdk';

export interface WebSdkTable {
  readonly version: string;
  /** `Errors` enum of constants.d.ts: name → { code, doc comment }. */
  readonly typings: ReadonlyMap<string, { code: number; doc: string | null }>;
  /** The bundle's code map: name → code. */
  readonly runtimeCodes: ReadonlyMap<string, number>;
  /** The bundle's `{ code, message }` table: name → message. */
  readonly runtimeMessages: ReadonlyMap<string, { code: number; message: string }>;
}

export function readWebSdk(): WebSdkTable {
  return readWebSdkAt(installedPackageRoot(WEB_SDK_PACKAGE));
}

/** The folder of an installed package (or of a pnpm `npm:` alias of one), by the name it is installed under. */
export function installedPackageRoot(installedName: string): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${installedName}/package.json`));
}

/**
 * Reads any js-sdk version installed at `root`. Versions before the `Errors` enum
 * (0.3.x ship no constants.d.ts) give empty typings: their table is the bundle's.
 */
export function readWebSdkAt(root: string): WebSdkTable {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  if (pkg.name !== WEB_SDK_PACKAGE) {
    throw new Error(`${root} holds ${pkg.name}, not ${WEB_SDK_PACKAGE}`);
  }
  const typingsFile = join(root, 'constants.d.ts');
  return {
    version: pkg.version,
    typings: existsSync(typingsFile) ? readTypings(readFileSync(typingsFile, 'utf8')) : new Map(),
    ...readBundle(readFileSync(join(root, 'videosdk.js'), 'utf8')),
  };
}

function readTypings(text: string): Map<string, { code: number; doc: string | null }> {
  const file = ts.createSourceFile('constants.d.ts', text, ts.ScriptTarget.Latest, true);
  const out = new Map<string, { code: number; doc: string | null }>();
  for (const statement of file.statements) {
    if (!ts.isEnumDeclaration(statement) || statement.name.text !== 'Errors') continue;
    for (const member of statement.members) {
      const init = member.initializer;
      if (!init || !ts.isNumericLiteral(init)) {
        throw new Error(`Errors.${member.name.getText(file)} has no numeric value`);
      }
      const jsDoc = ts.getJSDocCommentsAndTags(member).find(ts.isJSDoc);
      const doc = jsDoc ? ts.getTextOfJSDocComment(jsDoc.comment)?.trim() || null : null;
      out.set(member.name.getText(file), { code: Number(init.text), doc });
    }
  }
  if (out.size === 0) throw new Error('constants.d.ts: no `enum Errors` found');
  return out;
}

/**
 * The bundle holds one object literal mapping every error name to its number and
 * one mapping names to `{ code, message }`. They are found by shape: the first is
 * the largest object whose properties are all `NAME: <number>` and that holds
 * INVALID_API_KEY; the second the largest whose properties are all `{ code, message }`.
 */
function readBundle(text: string): Pick<WebSdkTable, 'runtimeCodes' | 'runtimeMessages'> {
  const file = ts.createSourceFile('videosdk.js', text, ts.ScriptTarget.Latest, false);
  let runtimeCodes = new Map<string, number>();
  let runtimeMessages = new Map<string, { code: number; message: string }>();
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length > 10) {
      const codes = codeMap(node);
      if (codes?.has('INVALID_API_KEY') && codes.size > runtimeCodes.size) {
        runtimeCodes = codes;
      }
      const messages = messageTable(node);
      if (messages && messages.size > runtimeMessages.size) runtimeMessages = messages;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (runtimeCodes.size === 0) throw new Error('videosdk.js: no error code map found');
  if (runtimeMessages.size === 0) throw new Error('videosdk.js: no { code, message } table found');
  return { runtimeCodes, runtimeMessages };
}

function propertyName(p: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(p)) return undefined;
  const n = p.name;
  return ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : undefined;
}

function codeMap(node: ts.ObjectLiteralExpression): Map<string, number> | undefined {
  const out = new Map<string, number>();
  for (const p of node.properties) {
    const name = propertyName(p);
    if (!name || !ts.isPropertyAssignment(p) || !ts.isNumericLiteral(p.initializer)) return;
    out.set(name, Number(p.initializer.text));
  }
  return out;
}

function messageTable(
  node: ts.ObjectLiteralExpression,
): Map<string, { code: number; message: string }> | undefined {
  const out = new Map<string, { code: number; message: string }>();
  for (const p of node.properties) {
    const name = propertyName(p);
    if (!name || !ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) {
      return;
    }
    let code: number | undefined;
    let message: string | undefined;
    for (const field of p.initializer.properties) {
      if (!ts.isPropertyAssignment(field)) return;
      const key = propertyName(field);
      if (key === 'code' && ts.isNumericLiteral(field.initializer)) {
        code = Number(field.initializer.text);
      } else if (key === 'message' && ts.isStringLiteralLike(field.initializer)) {
        message = field.initializer.text;
      } else return;
    }
    if (code === undefined || message === undefined) return;
    out.set(name, { code, message });
  }
  return out;
}
