import { type PlatformId, platformIds } from '@org/error-codes';
import { formatMessage, type Labels, type LocalizedEntry } from '@org/error-codes-i18n';
import type { Paint } from './paint.js';
import type { CliStrings } from './strings.js';
import { displayWidth } from './table.js';

/** An entry of another line, named by its line, code and wire name. */
export interface LineCode {
  readonly platform: PlatformId;
  readonly code: number;
  readonly name: string;
}

/** One meaning as the CLI prints it: the localized entry, its docs URL and its twins. */
export interface Explained extends LocalizedEntry {
  /** The entry's page on the docs site at `ERROR_CODES_DOCS_URL`; `null` when that is not set. */
  readonly docsUrl: string | null;
  /** The entries of the other lines with the same meaning (the core's `twinsOf`), whatever their numbers. */
  readonly sameMeaning: readonly LineCode[];
  /** This line's entries that often lie behind this one (the core's `oftenExplainedBy`). */
  readonly oftenExplainedBy: readonly LineCode[];
}

/** What one input means, and on which lines: one item per meaning, in registry order. */
export interface Reading {
  readonly meaning: string;
  readonly title: string;
  readonly lines: readonly LineCode[];
}

const order = (p: PlatformId) => platformIds.indexOf(p);

/** The entries grouped by meaning: more than one group for a number is the clash. */
export function readingsOf(entries: readonly LocalizedEntry[]): Reading[] {
  const byMeaning = new Map<string, { title: string; lines: LineCode[] }>();
  for (const e of entries) {
    const key = e.meaning ?? e.name;
    const reading = byMeaning.get(key) ?? { title: e.title, lines: [] };
    reading.lines.push({ platform: e.platform, code: Number(e.code), name: e.name });
    byMeaning.set(key, reading);
  }
  return [...byMeaning].map(([meaning, r]) => ({ meaning, title: r.title, lines: r.lines }));
}

/** A reading as one line: `iOS (Swift), Flutter 3.x: ERROR_X — Title`. */
export function readingLine(reading: Reading, labels: Labels, withCode: boolean): string {
  const where = reading.lines.map((l) => labels.platforms[l.platform]).join(', ');
  const names = [...new Set(reading.lines.map((l) => (withCode ? `${l.code} ${l.name}` : l.name)))];
  return `${where}: ${names.join(' / ')} — ${reading.title}`;
}

/**
 * Entries whose full text would read the same (one code, wire name and text, and the
 * same words: an app line's fixes differ from a browser's) print once, under all their
 * lines: `3023` on React Native, iOS and Flutter 3.x is one block, not three.
 */
export function blocksOf(entries: readonly Explained[]): Explained[][] {
  const blocks = new Map<string, Explained[]>();
  for (const e of entries) {
    const key = JSON.stringify([
      e.code,
      e.name,
      e.message,
      e.title,
      e.description,
      e.causes,
      e.fixes,
      e.retry,
      e.oftenExplainedBy.map((c) => c.code),
    ]);
    const block = blocks.get(key);
    if (block) block.push(e);
    else blocks.set(key, [e]);
  }
  return [...blocks.values()];
}

/**
 * One block in full: its lines, the code and name, the texts, who fixes what, its
 * twins on lines the answer does not show, and each line's docs link.
 */
export function renderBlock(
  block: readonly Explained[],
  answer: readonly Explained[],
  text: CliStrings,
  paint: Paint,
  labels: Labels,
): string[] {
  const e = block[0] as Explained;
  const lines = [
    `${paint.dim(block.map((b) => b.labels.platform).join(', '))} · ${paint.code(String(e.code))} ${paint.bold(e.name)}`,
    `  ${paint.bold(e.title)}`,
    `  ${paint.dim(`${text.sdkMessage}:`)} ${e.message ?? `(${text.noWireText})`}`,
    `  ${e.description}`,
    '',
    `  ${paint.bold(text.why)}`,
    ...e.causes.map((c) => `    - ${c}`),
    '',
    `  ${paint.bold(text.fix)}`,
    ...e.fixes.map((s, i) => `    ${i + 1}. ${paint.dim(`[${labels.actors[s.by]}]`)} ${s.text}`),
  ];
  if (e.retry) {
    lines.push(
      '',
      `  ${formatMessage(text.retryPolicy, {
        seconds: e.retry.afterMs / 1000,
        backoff: e.retry.backoff === 'exponential' ? text.doubling : text.sameWait,
        tries: e.retry.maxAttempts,
      })}`,
    );
  }
  if (e.oftenExplainedBy.length > 0) {
    const codes = e.oftenExplainedBy.map((c) => `${c.code} ${c.name}`).join(', ');
    lines.push(`  ${formatMessage(text.explainedBy, { codes })}`);
  }
  const inAnswer = (t: LineCode) =>
    answer.some((a) => a.platform === t.platform && a.code === t.code);
  const twins = new Map<PlatformId, LineCode>();
  for (const t of block.flatMap((b) => b.sameMeaning)) {
    if (!block.some((b) => b.platform === t.platform) && !inAnswer(t)) twins.set(t.platform, t);
  }
  const sorted = [...twins.values()].sort((a, b) => order(a.platform) - order(b.platform));
  if (sorted.length > 0) lines.push('');
  for (const twin of sorted) {
    lines.push(
      `  ${formatMessage(text.sameMeaning, {
        platform: labels.platforms[twin.platform],
        code: `${twin.code} ${twin.name}`,
      })}`,
    );
  }
  const docs = block.map((b) => b.docsUrl).filter((u): u is string => u !== null);
  const indent = ' '.repeat(displayWidth(`${text.docs}:`) + 3);
  docs.forEach((url, i) => {
    lines.push(i === 0 ? `  ${paint.dim(`${text.docs}:`)} ${url}` : `${indent}${url}`);
  });
  return lines;
}
