/**
 * Reads the iOS table (VideoSDKRTC) from its committed extraction in
 * sources/ios-3.2.0/ (PROVENANCE.md there says where each file comes from):
 * the member names of `struct VideoSDKError` from the Swift interface, and each
 * member's code and message from its doc comment (the message, a blank line, then
 * ``Error code: `NNNN` ``). The extraction's own `code` and `message` fields are
 * checked against the doc comment, never trusted alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const IOS_SOURCE_DIR = 'sources/ios-3.2.0';
export const IOS_SDK_MODULE = 'VideoSDKRTC';

export interface IosEntry {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

export interface IosSource {
  /** The SDK and version the extraction names (`VideoSDKRTC 3.2.0 (…)`). */
  readonly version: string;
  /** Other versions the extraction says hold the same errors. */
  readonly sameIn: readonly string[];
  /** The static members of `struct VideoSDKError`, in declaration order. */
  readonly members: readonly string[];
  /** One per doc comment, in the extraction's order. */
  readonly entries: readonly IosEntry[];
}

interface Extraction {
  readonly source: string;
  readonly sameIn: readonly string[];
  readonly entries: readonly { code: number; name: string; message: string; docComment: string }[];
}

/** `public static let NAME: VideoSDKRTC.VideoSDKError` inside the struct's braces. */
export function readSwiftMembers(text: string): string[] {
  const start = text.indexOf('public struct VideoSDKError');
  if (start < 0) throw new Error('VideoSDKError.swiftinterface: no `public struct VideoSDKError`');
  const members: string[] = [];
  for (const line of text.slice(start).split('\n')) {
    const m = /^\s*public static let ([A-Za-z_][A-Za-z0-9_]*): VideoSDKRTC\.VideoSDKError\s*$/.exec(
      line,
    );
    if (m?.[1]) members.push(m[1]);
    if (/^}/.test(line)) break;
  }
  return members;
}

/** The code and message of one doc comment; throws on one that does not end with its code. */
export function readDocComment(name: string, doc: string): { code: number; message: string } {
  const m = /^([\s\S]+?)\n\nError code: `(\d{4})`$/.exec(doc);
  if (!m?.[1] || !m[2]) throw new Error(`${name}: doc comment has no "Error code: \`NNNN\`" line`);
  return { code: Number(m[2]), message: m[1].trim() };
}

export function readIosSource(
  packageRoot: string = fileURLToPath(new URL('..', import.meta.url)),
): IosSource {
  const dir = join(packageRoot, IOS_SOURCE_DIR);
  const members = readSwiftMembers(readFileSync(join(dir, 'VideoSDKError.swiftinterface'), 'utf8'));
  const doc = JSON.parse(readFileSync(join(dir, 'errors.json'), 'utf8')) as Extraction;
  const version = /^VideoSDKRTC (\d+\.\d+\.\d+)/.exec(doc.source)?.[1];
  if (!version) throw new Error(`errors.json: source "${doc.source}" names no VideoSDKRTC version`);
  const entries = doc.entries.map((e) => {
    const read = readDocComment(e.name, e.docComment);
    if (read.code !== e.code || read.message !== e.message) {
      throw new Error(`errors.json: ${e.name}'s fields disagree with its doc comment`);
    }
    return { code: read.code, name: e.name, message: read.message };
  });
  return { version, sameIn: doc.sameIn.map((s) => s.split(' ')[0] as string), members, entries };
}

/** Every way the interface and the doc comments disagree; empty when they are one table. */
export function iosDisagreements(source: IosSource): string[] {
  const problems: string[] = [];
  const documented = new Set(source.entries.map((e) => e.name));
  const declared = new Set(source.members);
  for (const n of source.members) if (!documented.has(n)) problems.push(`${n}: no doc comment`);
  for (const n of documented) if (!declared.has(n)) problems.push(`${n}: not a member`);
  const twice = (xs: readonly (string | number)[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
  for (const n of twice(source.members)) problems.push(`${n}: declared twice`);
  for (const n of twice(source.entries.map((e) => e.name))) problems.push(`${n}: documented twice`);
  for (const c of twice(source.entries.map((e) => e.code))) problems.push(`${c}: code used twice`);
  return problems;
}
