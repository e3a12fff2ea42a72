/**
 * How the installed web SDK (`@videosdk.live/js-sdk`) hands each error code to an app:
 * on the meeting's `error` event (`emitted`), by throwing or rejecting the call that
 * met it (`thrown`), or both. Read from the SDK's own bundle (`videosdk.js`), parsed
 * with the TypeScript compiler: every place the bundle names an error constant
 * (`errors.q.ERROR_…` of its `{ code, message }` table, `errors.s.…` of its code map)
 * is followed to where the value ends up:
 *
 * - a `throw`, or an argument of `reject(…)`, `Promise.reject(…)` or the join's
 *   `_settleJoinRequest(…)` (which rejects `join()`), is `thrown`;
 * - an argument of `_emitError(…)` or of `emit('ERROR', …)` (what `meeting.on('error')`
 *   listens to) is `emitted`;
 * - a value wrapped (`new SdkError(…)`, `this._sdkError(…)`, `{ code: …, message }`,
 *   `x.code`, `a ? b : c`) is followed further; a value stored in a local variable is
 *   followed through every read of that variable; a value a function returns is followed
 *   from every call of that function (a few levels deep).
 *
 * A code the bundle names only in its tables, or only in logs, is `unknown`: its words
 * are known, its way to the app is not (the server's codes arrive that way: the bundle
 * relays whatever code the server sends, so it never names them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { installedPackageRoot, readWebSdkAt, WEB_SDK_PACKAGE } from './readWebSdk.js';

export type Delivery = 'emitted' | 'thrown' | 'both' | 'unknown';

export interface CodeDelivery {
  readonly delivery: Delivery;
  /** The SDK methods (class members or functions) in whose body the code is thrown, in bundle order. */
  readonly thrownBy: readonly string[];
  /** The SDK methods in whose body the code is emitted, in bundle order. */
  readonly emittedBy: readonly string[];
}

export interface WebDelivery {
  readonly version: string;
  /** Every code of the SDK's code map, by number. */
  readonly codes: ReadonlyMap<number, CodeDelivery>;
}

export function readDelivery(): WebDelivery {
  return readDeliveryAt(installedPackageRoot(WEB_SDK_PACKAGE));
}

export function readDeliveryAt(root: string): WebDelivery {
  const sdk = readWebSdkAt(root);
  const codeOf = new Map<string, number>(sdk.runtimeCodes);
  for (const [name, { code }] of sdk.runtimeMessages) codeOf.set(name, code);
  const text = readFileSync(join(root, 'videosdk.js'), 'utf8');
  return { version: sdk.version, codes: classifyBundle(text, codeOf) };
}

type Way = 'emitted' | 'thrown';

/**
 * Classifies every code of `codeOf` (constant name → number) by the bundle's uses of
 * those names. Exported for tests over small hand-written bundles.
 */
export function classifyBundle(
  text: string,
  codeOf: ReadonlyMap<string, number>,
): Map<number, CodeDelivery> {
  const file = ts.createSourceFile('videosdk.js', text, ts.ScriptTarget.Latest, true);
  const found = new Map<number, { thrownBy: Set<string>; emittedBy: Set<string> }>();
  for (const code of codeOf.values()) {
    if (!found.has(code)) found.set(code, { thrownBy: new Set(), emittedBy: new Set() });
  }
  const functions = functionsByName(file);
  const visit = (node: ts.Node): void => {
    if (isConstantReference(node, codeOf)) {
      const code = codeOf.get(node.name.text) as number;
      const slot = found.get(code);
      if (slot) {
        for (const { way, site } of follow(node, functions, 0, new Set())) {
          (way === 'thrown' ? slot.thrownBy : slot.emittedBy).add(methodName(site));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const out = new Map<number, CodeDelivery>();
  for (const [code, { thrownBy, emittedBy }] of [...found].sort(([a], [b]) => a - b)) {
    const delivery: Delivery =
      thrownBy.size > 0 && emittedBy.size > 0
        ? 'both'
        : thrownBy.size > 0
          ? 'thrown'
          : emittedBy.size > 0
            ? 'emitted'
            : 'unknown';
    out.set(code, { delivery, thrownBy: [...thrownBy], emittedBy: [...emittedBy] });
  }
  return out;
}

/** `errors.q.NAME` or `errors.s.NAME`: a read of one of the bundle's error constants. */
function isConstantReference(
  node: ts.Node,
  codeOf: ReadonlyMap<string, number>,
): node is ts.PropertyAccessExpression {
  if (!ts.isPropertyAccessExpression(node) || !codeOf.has(node.name.text)) return false;
  const holder = node.expression;
  return (
    ts.isPropertyAccessExpression(holder) &&
    ts.isIdentifier(holder.expression) &&
    holder.expression.text === 'errors'
  );
}

const MAX_DEPTH = 6;
const throwingCalls = new Set(['reject', '_settleJoinRequest']);
const emittingCalls = new Set(['_emitError']);
/** Calls that wrap a constant into an error object without reporting it. */
const wrappingCall = (name: string) => /error$/i.test(name) && !emittingCalls.has(name);

interface Outcome {
  readonly way: Way;
  /** Where the value was thrown or emitted. */
  readonly site: ts.Node;
}

/** Where the value of `start` goes: thrown, emitted, or nowhere this reader can tell. */
function follow(
  start: ts.Node,
  functions: ReadonlyMap<string, readonly ts.FunctionLikeDeclaration[]>,
  depth: number,
  seen: Set<ts.Node>,
  facts: Facts = new Map(),
): Outcome[] {
  if (depth > MAX_DEPTH || seen.has(start) || contradicts(start, facts)) return [];
  seen.add(start);
  let node = start;
  let state = false;
  for (;;) {
    const parent = node.parent;
    if (!parent) return [];
    if (ts.isThrowStatement(parent)) return thrownFrom(parent, state);
    // `flag ? A : B`: A only flows where `flag` may be true, B where it may be false.
    if (ts.isConditionalExpression(parent) && ts.isIdentifier(parent.condition)) {
      facts = new Map(facts).set(parent.condition.text, parent.whenTrue === node);
    }
    if (
      ts.isParenthesizedExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isPropertyAssignment(parent) ||
      ts.isObjectLiteralExpression(parent) ||
      ts.isArrayLiteralExpression(parent) ||
      ts.isSpreadElement(parent) ||
      ts.isSpreadAssignment(parent) ||
      (ts.isConditionalExpression(parent) && parent.condition !== node) ||
      (ts.isPropertyAccessExpression(parent) && parent.expression === node) ||
      (ts.isBinaryExpression(parent) &&
        parent.right === node &&
        [
          ts.SyntaxKind.BarBarToken,
          ts.SyntaxKind.QuestionQuestionToken,
          ts.SyntaxKind.AmpersandAmpersandToken,
          ts.SyntaxKind.CommaToken,
        ].includes(parent.operatorToken.kind))
    ) {
      node = parent;
      continue;
    }
    if (ts.isNewExpression(parent) && parent.arguments?.includes(node as ts.Expression)) {
      // The bundle keeps the class's name in a comment: `new utils_sdkError/* SdkStateError */.kM(…)`.
      if (/StateError/.test(parent.expression.getText())) state = true;
      node = parent;
      continue;
    }
    if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression)) {
      const callee = calleeName(parent);
      if (callee === undefined) return [];
      if (emittingCalls.has(callee)) return [{ way: 'emitted', site: parent }];
      if (callee === 'emit' && isErrorEventName(parent.arguments[0])) {
        return [{ way: 'emitted', site: parent }];
      }
      if (throwingCalls.has(callee) || isPromiseReject(parent)) {
        return thrownFrom(parent, state);
      }
      // regenerator's `return _context.abrupt("return", value)`: the function returns it.
      if (callee === 'abrupt' && isStringLiteral(parent.arguments[0], 'return')) {
        return returned(parent, functions, depth, seen);
      }
      if (wrappingCall(callee)) {
        if (/StateError/.test(callee)) state = true;
        node = parent;
        continue;
      }
      return [];
    }
    if (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === node)) {
      return returned(parent, functions, depth, seen);
    }
    if (ts.isVariableDeclaration(parent) && parent.initializer === node) {
      return ts.isIdentifier(parent.name)
        ? readsOf(parent.name.text, parent, functions, depth, seen, facts)
        : [];
    }
    if (
      ts.isBinaryExpression(parent) &&
      parent.right === node &&
      parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
    ) {
      return ts.isIdentifier(parent.left)
        ? readsOf(parent.left.text, parent, functions, depth, seen, facts)
        : [];
    }
    return [];
  }
}

/**
 * A throw, and what the public members calling the throwing one do with it. The SDK's
 * public methods (`enableMic()`) call an internal one (`_enableMic()`) in a try and, in
 * their catch, report what it threw on the `error` event before throwing it on, except
 * an `SdkStateError` (a caller-state code), which they throw on unreported. So a
 * non-state error thrown by a member that such a reporting member calls is emitted too.
 */
function thrownFrom(site: ts.Node, state: boolean): Outcome[] {
  const out: Outcome[] = [{ way: 'thrown', site }];
  if (state) return out;
  const name = methodName(site);
  for (const call of callsOf(name, site.getSourceFile())) {
    const caller = memberOf(call);
    if (caller && caller !== memberOf(site) && reportsCaught(caller)) {
      out.push({ way: 'emitted', site: call });
    }
  }
  return out;
}

/** The `{ key, value }` member function around `node`. */
function memberOf(node: ts.Node): ts.Node | undefined {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if ((ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n)) && memberKey(n)) return n;
  }
  return undefined;
}

const reporting = new WeakMap<ts.Node, boolean>();
/** A member with a catch (a `catch` clause or regenerator's `_context["catch"](…)`) and an `_emitError(…)`. */
function reportsCaught(member: ts.Node): boolean {
  let known = reporting.get(member);
  if (known === undefined) {
    let catches = false;
    let emits = false;
    const visit = (node: ts.Node): void => {
      if (ts.isCatchClause(node)) catches = true;
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        if (
          ts.isElementAccessExpression(callee) &&
          isStringLiteral(callee.argumentExpression, 'catch')
        ) {
          catches = true;
        }
        if (calleeName(node) === '_emitError') emits = true;
      }
      ts.forEachChild(node, visit);
    };
    visit(member);
    known = catches && emits;
    reporting.set(member, known);
  }
  return known;
}

/** What a followed value assumes of plain boolean locals (`reconnecting` → false). */
type Facts = ReadonlyMap<string, boolean>;

/**
 * True when `node` sits in a branch of `if (flag)` / `if (!flag)` that `facts` rule
 * out, as `if (!reconnecting) emit(sdkError)` for the value picked when `reconnecting`.
 */
function contradicts(node: ts.Node, facts: Facts): boolean {
  if (facts.size === 0) return false;
  for (let n = node; n.parent && !ts.isFunctionLike(n); n = n.parent) {
    const parent = n.parent;
    if (!ts.isIfStatement(parent) || parent.expression === n) continue;
    let test = parent.expression;
    let wanted = parent.thenStatement === n;
    while (ts.isParenthesizedExpression(test)) test = test.expression;
    if (ts.isPrefixUnaryExpression(test) && test.operator === ts.SyntaxKind.ExclamationToken) {
      test = test.operand;
      wanted = !wanted;
    }
    if (ts.isIdentifier(test) && facts.get(test.text) === !wanted) return true;
  }
  return false;
}

/** Follows every read of the local variable `name` in the function that declares it. */
function readsOf(
  name: string,
  from: ts.Node,
  functions: ReadonlyMap<string, readonly ts.FunctionLikeDeclaration[]>,
  depth: number,
  seen: Set<ts.Node>,
  facts: Facts,
): Outcome[] {
  const scope = declaringFunction(name, from);
  if (!scope) return [];
  const out: Outcome[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === name && isRead(node)) {
      out.push(...follow(node, functions, depth + 1, seen, facts));
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return out;
}

/** Follows the value a function returns from every call of that function in the bundle. */
function returned(
  at: ts.Node,
  functions: ReadonlyMap<string, readonly ts.FunctionLikeDeclaration[]>,
  depth: number,
  seen: Set<ts.Node>,
): Outcome[] {
  const name = methodName(at);
  if (!functions.has(name) || name === '(top level)') return [];
  const out: Outcome[] = [];
  for (const call of callsOf(name, at.getSourceFile())) {
    out.push(...follow(call, functions, depth + 1, seen));
  }
  return out;
}

const callCache = new WeakMap<ts.SourceFile, Map<string, ts.CallExpression[]>>();
function callsOf(name: string, file: ts.SourceFile): readonly ts.CallExpression[] {
  let byName = callCache.get(file);
  if (!byName) {
    const map = new Map<string, ts.CallExpression[]>();
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = calleeName(node);
        if (callee !== undefined) map.set(callee, [...(map.get(callee) ?? []), node]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    callCache.set(file, map);
    byName = map;
  }
  return byName.get(name) ?? [];
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function isPromiseReject(call: ts.CallExpression): boolean {
  const callee = call.expression;
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'reject' &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'Promise'
  );
}

function isStringLiteral(node: ts.Node | undefined, text: string): boolean {
  return node !== undefined && ts.isStringLiteralLike(node) && node.text === text;
}

/** `emit("ERROR", …)` or `emit("error", …)`: what the meeting's `error` listeners get. */
function isErrorEventName(node: ts.Node | undefined): boolean {
  return isStringLiteral(node, 'ERROR') || isStringLiteral(node, 'error');
}

function isRead(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isVariableDeclaration(parent) && parent.name === id) return false;
  if (ts.isParameter(parent) && parent.name === id) return false;
  if (ts.isPropertyAccessExpression(parent) && parent.name === id) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === id) return false;
  if (
    ts.isBinaryExpression(parent) &&
    parent.left === id &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
  ) {
    return false;
  }
  return true;
}

/**
 * The function whose `var` list or parameters declare `name`, nearest first. Babel's
 * regenerator hoists an async method's locals to the outer function, so reads in the
 * inner state machine are found there too.
 */
function declaringFunction(name: string, from: ts.Node): ts.Node | undefined {
  for (let node: ts.Node | undefined = from; node; node = node.parent) {
    if (!ts.isFunctionLike(node)) continue;
    const fn = node as ts.SignatureDeclaration;
    if (fn.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name)) return node;
    const body = (node as ts.FunctionLikeDeclaration).body;
    if (body && ts.isBlock(body) && declaresVar(body, name)) return node;
  }
  return undefined;
}

function declaresVar(block: ts.Block, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || (ts.isFunctionLike(node) && node !== block.parent)) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(block, visit);
  return found;
}

/** Every named function of the bundle: declarations, `{ key: "name", value: function … }` members. */
function functionsByName(file: ts.SourceFile): Map<string, ts.FunctionLikeDeclaration[]> {
  const out = new Map<string, ts.FunctionLikeDeclaration[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) {
      const name = ownName(node);
      if (name) out.set(name, [...(out.get(name) ?? []), node]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/**
 * A function's name as the app calls it. Babel compiles a class member to
 * `{ key: "join", value: function () { … } }` (an async one wraps an inner
 * `function join() { return _join.apply(…) }`), so the member's key wins.
 */
function ownName(fn: ts.FunctionLikeDeclaration): string | undefined {
  const key = memberKey(fn);
  if (key !== undefined) return key;
  const holder = fn.parent;
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) return holder.name.text;
  if (ts.isPropertyAssignment(holder) || ts.isMethodDeclaration(fn)) {
    return fn.name?.getText();
  }
  return undefined;
}

/** `{ key: "join", value: function … }` or `value: function () { … }()` (an async member): "join". */
function memberKey(fn: ts.Node): string | undefined {
  let holder = fn.parent;
  while (
    ts.isParenthesizedExpression(holder) ||
    (ts.isCallExpression(holder) && holder.arguments.length === 0)
  ) {
    holder = holder.parent;
  }
  if (!ts.isPropertyAssignment(holder) || holder.name.getText() !== 'value') return undefined;
  const key = holder.parent.properties.find(
    (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'key',
  );
  return key && ts.isStringLiteralLike(key.initializer) ? key.initializer.text : undefined;
}

/** The outermost named member around `node`, or the nearest named function. */
function methodName(node: ts.Node): string {
  let nearest: string | undefined;
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (!ts.isFunctionDeclaration(n) && !ts.isFunctionExpression(n)) continue;
    const key = memberKey(n);
    if (key !== undefined) return key;
    const name = ownName(n);
    // regenerator's state machine (`_callee12`) is not what the app calls.
    if (name && !/^_callee\d*$/.test(name)) nearest ??= name;
  }
  return nearest ?? '(top level)';
}
