/**
 * Counts lines of hand-written logic: lines holding at least one token of code, read
 * by the TypeScript parser (so blank lines, comments and JSDoc are not counted, and a
 * `//` inside a string or a regular expression is not taken for a comment). Tests,
 * test helpers and generated files are left out.
 *
 *   pnpm --filter api exec tsx bench/logicLines.ts [dir …]   (default: src)
 *
 * Prints each file's count and the total.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Tests, their helpers and generated files: not hand-written logic. */
const LEFT_OUT = [
  /\.test(?:-d)?\.tsx?$/,
  /\.generated\./,
  /(?:^|\/)testing(?:\.tsx?$|\/)/,
  /(?:^|\/)__fixtures__\//,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function isJsDoc(node: ts.Node): boolean {
  return node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode;
}

/** The number of lines of `text` on which some token of code starts, ends or runs. */
export function logicLines(fileName: string, text: string): number {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const lines = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (isJsDoc(node)) return;
    const children = node.getChildren(source);
    if (children.length === 0) {
      if (node.kind === ts.SyntaxKind.EndOfFileToken) return;
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      for (let line = first; line <= last; line++) lines.add(line);
      return;
    }
    for (const child of children) visit(child);
  };
  visit(source);
  return lines.size;
}

const dirs = process.argv.slice(2);
let total = 0;
for (const dir of dirs.length > 0 ? dirs : ['src']) {
  for (const file of filesUnder(dir).sort()) {
    const path = relative(process.cwd(), file);
    if (LEFT_OUT.some((pattern) => pattern.test(path))) continue;
    const count = logicLines(path, readFileSync(file, 'utf8'));
    total += count;
    console.log(`${String(count).padStart(5)}  ${path}`);
  }
}
console.log(`${String(total).padStart(5)}  total`);
