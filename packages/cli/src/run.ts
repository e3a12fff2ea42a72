import {
  type AnyErrorEntry,
  docsUrl,
  explain,
  meanings,
  type PlatformId,
  platformIds,
} from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import {
  type CatalogQuery,
  formatMessage,
  type Labels,
  type Locale,
  type LocalizedEntry,
  loadMessages,
  localizeEntry,
  queryCatalog,
  searchableRows,
} from '@org/error-codes-i18n';
import { type CommonOptions, filterNames, isFlag, parseCommand } from './args.js';
import { helpText } from './help.js';
import { chooseLocale } from './locale.js';
import { type Paint, paintFor } from './paint.js';
import { rankByRelevance } from './rank.js';
import { printable, shown } from './shown.js';
import { type CliStrings, strings } from './strings.js';
import { table } from './table.js';
import { version } from './version.js';

/** Where the CLI writes and what it reads of its environment; `process` in the bin. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean | undefined };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** One meaning as the CLI prints it: the localized entry, its docs URL and its twins. */
export interface Explained extends LocalizedEntry {
  /** The entry's page on the docs site at `ERROR_CODES_DOCS_URL`; `null` when that is not set. */
  readonly docsUrl: string | null;
  readonly sameMeaning: readonly { platform: PlatformId; code: number; name: string }[];
}

const tables: Record<PlatformId, readonly AnyErrorEntry[]> = {
  web: web.catalog,
  flutter: flutter.catalog,
};

/** Word searches with more matches than this print this many lines of them, the last saying how many more. */
const SCREENFUL = 16;

/** What one run needs besides the command: where to write, in which locale, with which links. */
interface Context {
  readonly io: CliIo;
  readonly locale: Locale;
  readonly text: CliStrings;
  readonly paint: Paint;
  readonly docsBase: string | undefined;
  readonly options: CommonOptions;
}

/**
 * Runs the CLI: `error-codes <code|name|alias|words> [filters] [--locale] [--json]`
 * or `error-codes list [words] [filters]`. Resolves to the exit status: 0 found, 1
 * nothing matches, 2 bad usage. Never rejects: whatever goes wrong is a message on stderr.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write(helpText());
        return 0;
      case 'version':
        io.stdout.write(`${version}\n`);
        return 0;
      case 'usage-error':
        io.stderr.write(`error-codes: ${command.message}\nTry \`error-codes --help\`.\n`);
        return 2;
      case 'list':
        return await list(command.filters, context(command.options, io));
      case 'explain':
        return await explainQuery(command.query, command.filters, context(command.options, io));
    }
  } catch (error) {
    io.stderr.write(
      `error-codes: unexpected error: ${shown(String((error as Error)?.message ?? error))}\n`,
    );
    return 2;
  }
}

function context(options: CommonOptions, io: CliIo): Context {
  const { locale, warning } = chooseLocale(options.locale, io.env);
  if (warning) io.stderr.write(`error-codes: ${warning}\n`);
  const configured = io.env.ERROR_CODES_DOCS_URL?.trim();
  const docsBase = configured ? configured : undefined;
  if (docsBase !== undefined && docsUrl('web', 0, { baseUrl: docsBase }) === undefined) {
    io.stderr.write(
      `error-codes: ERROR_CODES_DOCS_URL must be an http(s) address (got “${shown(docsBase)}”); no docs links.\n`,
    );
  }
  return { io, locale, text: strings[locale], paint: paintFor(io), docsBase, options };
}

/** Every platform's catalog the filters allow, localized, each row with its search text. */
async function rowsFor(filters: CatalogQuery, locale: Locale) {
  const rows = [];
  for (const platform of platformIds) {
    if (filters.platform !== undefined && filters.platform !== platform) continue;
    const messages = await loadMessages(platform, locale);
    rows.push(...searchableRows(tables[platform].map((e) => localizeEntry(e, messages))));
  }
  return rows;
}

function explained(entry: LocalizedEntry, ctx: Context): Explained {
  const codes =
    (meanings as Record<string, Partial<Record<PlatformId, number>>>)[entry.meaning ?? ''] ?? {};
  return {
    ...entry,
    docsUrl:
      docsUrl(entry.platform, entry.code ?? '', { baseUrl: ctx.docsBase, locale: entry.locale }) ??
      null,
    sameMeaning: platformIds
      .filter((p) => p !== entry.platform && codes[p] !== undefined)
      .map((p) => {
        const twin = tables[p].find((e) => e.code === codes[p]);
        return { platform: p, code: codes[p] as number, name: twin?.name ?? '' };
      }),
  };
}

/**
 * A code, a wire name or an alias: every meaning in full (they are the answer). Else
 * words: the catalog query finds the entries holding them, ranked best first; one
 * match is shown in full, more as a compact list.
 */
async function explainQuery(query: string, filters: CatalogQuery, ctx: Context): Promise<number> {
  const { io, text, paint } = ctx;
  const answer = explain(query);
  const exact = answer.matches.length > 0;
  let found: LocalizedEntry[];
  if (exact) {
    // Only the matched entries are localized; the query then applies the filters to them.
    const localized = [];
    for (const m of answer.matches) {
      localized.push(localizeEntry(m.entry, await loadMessages(m.platform, ctx.locale)));
    }
    found = queryCatalog(searchableRows(localized), filters).map((r) => r.entry);
  } else {
    const rows = await rowsFor(filters, ctx.locale);
    found = rankByRelevance(
      queryCatalog(rows, { ...filters, q: query }).map((r) => r.entry),
      query,
    );
  }
  const entries = found.map((e) => explained(e, ctx));
  if (ctx.options.json) {
    io.stdout.write(
      `${JSON.stringify({ query, locale: ctx.locale, clash: answer.clash, matches: entries }, null, 2)}\n`,
    );
  } else if (entries.length > 1 && !exact) {
    io.stdout.write(compactList(query, filters, entries, ctx));
  } else if (entries.length > 0) {
    const out: string[] = [];
    const hidden = answer.clash
      ? answer.matches.filter((m) => !entries.some((e) => e.platform === m.platform))
      : [];
    if (answer.clash && hidden.length === 0) {
      out.push(paint.bold(formatMessage(text.clash, { code: query })));
      for (const m of answer.matches) out.push(`  ${m.platform}: ${m.entry.name}`);
      out.push('');
    }
    for (const e of entries) {
      const { labels } = await loadMessages(e.platform, ctx.locale);
      out.push(...render(e, text, paint, labels), '');
    }
    // `--platform` chose one meaning of a clashing number: one line for each other.
    const { labels } = await loadMessages((entries[0] as Explained).platform, ctx.locale);
    for (const m of hidden) {
      const line = formatMessage(text.otherMeaning, {
        platform: labels.platforms[m.platform],
        code: m.entry.code,
        name: m.entry.name,
      });
      const show = command([String(m.entry.code)], { platform: m.platform }, ctx);
      out.push(paint.dim(`${line} (${show})`), '');
    }
    io.stdout.write(out.join('\n'));
  }
  if (entries.length === 0) {
    io.stderr.write(`${formatMessage(text.noMatch, { query: shown(query) })}\n`);
    return 1;
  }
  return 0;
}

/** More than one match for words: a header row and one line each, best first, at most a screenful. */
function compactList(
  query: string,
  filters: CatalogQuery,
  entries: readonly Explained[],
  ctx: Context,
): string {
  const { text, paint } = ctx;
  const cut = entries.length > SCREENFUL;
  const shownEntries = cut ? entries.slice(0, SCREENFUL - 1) : entries;
  const best = entries[0] as Explained;
  const lines = [
    formatMessage(text.matches, { count: entries.length, query: shown(query) }),
    '',
    ...listTable(shownEntries, text, paint),
  ];
  if (cut) {
    lines.push(
      paint.dim(
        formatMessage(text.more, {
          count: entries.length - shownEntries.length,
          command: command(['list', ...query.split(/\s+/)], filters, ctx),
        }),
      ),
    );
  }
  lines.push(
    '',
    formatMessage(text.showOne, {
      command: command([String(best.code)], { platform: best.platform }, ctx),
    }),
    '',
  );
  return lines.join('\n');
}

function listTable(
  entries: readonly Pick<LocalizedEntry, 'platform' | 'code' | 'name' | 'title'>[],
  text: CliStrings,
  paint: Paint,
): string[] {
  const { columns } = text;
  return table(
    [columns.platform, columns.code, columns.name, columns.title],
    entries.map((e) => [e.platform, String(e.code ?? ''), e.name, e.title]),
    paint,
  );
}

/** A command line a person can paste: the words, the filters, and `--locale` if they gave one. */
function command(words: readonly string[], filters: CatalogQuery, ctx: Context): string {
  const parts = ['error-codes', ...words];
  for (const name of filterNames) {
    const value = filters[name];
    if (value === undefined) continue;
    if (isFlag(name)) parts.push(value === true ? `--${name}` : `--${name}=${String(value)}`);
    else parts.push(`--${name}`, String(value));
  }
  if (ctx.options.locale !== undefined) parts.push('--locale', ctx.locale);
  return parts.map((p, i) => (i === 0 ? p : shellWord(p))).join(' ');
}

/** A word as a POSIX shell reads it back: bare when safe, else in single quotes; never cut short. */
function shellWord(word: string): string {
  const safe = printable(word);
  return /^[\w@%+=:,./-]+$/u.test(safe) ? safe : `'${safe.replace(/'/g, `'\\''`)}'`;
}

function render(e: Explained, text: CliStrings, paint: Paint, labels: Labels): string[] {
  const lines = [
    `${paint.dim(e.labels.platform)} · ${paint.code(String(e.code))} ${paint.bold(e.name)}`,
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
  for (const twin of e.sameMeaning) {
    lines.push(
      '',
      `  ${formatMessage(text.sameMeaning, {
        platform: labels.platforms[twin.platform],
        code: `${twin.code} ${twin.name}`,
      })}`,
    );
  }
  if (e.docsUrl !== null) lines.push(`  ${paint.dim(`${text.docs}:`)} ${e.docsUrl}`);
  return lines;
}

/** `list`: every entry the filters and words keep, in code order, under a header row. */
async function list(filters: CatalogQuery, ctx: Context): Promise<number> {
  const { io, text, paint } = ctx;
  const entries = queryCatalog(await rowsFor(filters, ctx.locale), filters).map((r) => r.entry);
  const rows = entries.map((e) => ({
    platform: e.platform,
    code: e.code,
    name: e.name,
    title: e.title,
    category: e.category,
    severity: e.severity,
  }));
  if (ctx.options.json) io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (rows.length > 0) io.stdout.write(`${listTable(rows, text, paint).join('\n')}\n`);
  if (rows.length === 0) {
    const asked = command(filters.q ? filters.q.split(/\s+/) : [], filters, ctx).replace(
      /^error-codes ?/,
      '',
    );
    io.stderr.write(`${formatMessage(text.noneListed, { filters: asked || 'list' })}\n`);
    return 1;
  }
  return 0;
}
