import {
  docsUrl,
  type ExplainMatch,
  explain,
  oftenExplainedBy,
  type PlatformId,
  platformIds,
  twinsOf,
} from '@org/error-codes';
import {
  type CatalogQuery,
  formatMessage,
  type Labels,
  type Locale,
  type LocalizedEntry,
  loadMessages,
  localizedCatalog,
  queryCatalog,
  searchableRows,
  searchCatalog,
} from '@org/error-codes-i18n';
import { type CommonOptions, filterNames, isFlag, parseCommand } from './args.js';
import { blocksOf, type Explained, readingLine, readingsOf, renderBlock } from './entryText.js';
import { helpText } from './help.js';
import { chooseLocale } from './locale.js';
import { type Paint, paintFor } from './paint.js';
import { chosenLines, platformsText } from './platformsList.js';
import { printable, shown } from './shown.js';
import { type CliStrings, strings } from './strings.js';
import { table } from './table.js';
import { linesFor, unknownOn } from './unknownOn.js';
import { version } from './version.js';

export type { Explained, LineCode, Reading } from './entryText.js';
export type { UnknownOn, UnknownReason } from './unknownOn.js';

/** Where the CLI writes and what it reads of its environment; `process` in the bin. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean | undefined };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

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
      case 'platforms':
        return platformsCommand(command.filters, context(command.options, io));
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

/** Every line's catalog the filters allow, localized, each row with its search text. */
async function rowsFor(filters: CatalogQuery, locale: Locale) {
  const rows = [];
  for (const platform of platformIds) {
    if (filters.platform !== undefined && filters.platform !== platform) continue;
    rows.push(...localizedCatalog(await loadMessages(platform, locale)).rows);
  }
  return rows;
}

function explained(entry: LocalizedEntry, ctx: Context): Explained {
  return {
    ...entry,
    docsUrl:
      docsUrl(entry.platform, entry.code ?? '', { baseUrl: ctx.docsBase, locale: entry.locale }) ??
      null,
    sameMeaning: twinsOf(entry).map((t) => ({ platform: t.platform, code: t.code, name: t.name })),
    oftenExplainedBy: oftenExplainedBy(entry).map((t) => ({
      platform: t.platform,
      code: t.code,
      name: t.name,
    })),
  };
}

/** The labels of the locale (line names, actors): the same in every line's messages. */
async function labelsIn(platform: PlatformId, locale: Locale): Promise<Labels> {
  return (await loadMessages(platform, locale)).labels;
}

/** A number, as `explain` reads one: the lines without it get a note in the text. */
const isNumber = (query: string) => /^\d{1,6}$/.test(query);

/**
 * A code, a wire name or an alias: every line's meaning in full (they are the answer),
 * the clash marked. Else words: the catalog query finds the entries holding them,
 * ranked best first; one match is shown in full, more as a compact list.
 */
async function explainQuery(query: string, filters: CatalogQuery, ctx: Context): Promise<number> {
  const answer = explain(query);
  if (answer.matches.length === 0) return await wordSearch(query, filters, ctx);
  const { io, text, paint } = ctx;
  // Every line's meaning is localized, for the readings; the filters then keep the answer.
  const all: LocalizedEntry[] = [];
  for (const m of answer.matches) {
    const catalog = localizedCatalog(await loadMessages(m.platform, ctx.locale));
    all.push(catalog.byCode.get(m.entry.code) as LocalizedEntry);
  }
  const entries = queryCatalog(searchableRows(all), filters).map((r) => explained(r.entry, ctx));
  const readings = readingsOf(all);
  const missing = unknownOn(
    answer.matches.map((m) => m.platform),
    filters.platform,
  );
  if (ctx.options.json) {
    const doc = {
      query,
      locale: ctx.locale,
      clash: answer.clash,
      meanings: readings,
      unknownOn: missing,
      matches: entries,
    };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  }
  const labels = await labelsIn((answer.matches[0] as ExplainMatch).platform, ctx.locale);
  const numeric = isNumber(query);
  const unconfirmed = numeric ? linesFor(missing, 'table-incomplete') : [];
  const unconfirmedLines = unconfirmed.map((p) =>
    formatMessage(text.unconfirmed, { platform: labels.platforms[p], code: query }),
  );
  if (entries.length === 0) {
    // Asked for a line whose partial table lacks the code: that is the answer, not "no match".
    const onlyUnconfirmed = filters.platform !== undefined && unconfirmed.length > 0;
    const said = onlyUnconfirmed
      ? unconfirmedLines
      : [formatMessage(text.noMatch, { query: shown(query) }), ...unconfirmedLines];
    io.stderr.write(`${said.join('\n')}\n`);
    return 1;
  }
  if (ctx.options.json) return 0;

  const out: string[] = [];
  const hidden = all.filter((e) => !entries.some((s) => s.platform === e.platform));
  if (answer.clash && hidden.length === 0) {
    out.push(paint.bold(formatMessage(text.clash, { code: query })));
    for (const r of readings) out.push(`  ${readingLine(r, labels, !numeric)}`);
    const ids = [...new Set(answer.matches.map((m) => m.platform))].join('|');
    out.push(
      paint.dim(
        `  ${formatMessage(text.pickLine, { platform: `--platform ${ids}`, sdk: '--sdk <package>@<version>' })}`,
      ),
      '',
    );
  }
  for (const block of blocksOf(entries)) {
    out.push(...renderBlock(block, entries, text, paint, labels), '');
  }
  // The filters chose one meaning of a clashing number: one line for each other meaning.
  const shownMeanings = new Set(entries.map((e) => e.meaning));
  for (const r of readingsOf(hidden.filter((e) => !shownMeanings.has(e.meaning)))) {
    const first = r.lines[0] as (typeof r.lines)[number];
    const line = formatMessage(text.otherMeaning, {
      platform: r.lines.map((l) => labels.platforms[l.platform]).join(', '),
      code: first.code,
      name: first.name,
    });
    const show = command([String(first.code)], { platform: first.platform }, ctx);
    out.push(paint.dim(`${line} (${show})`), '');
  }
  const absent = numeric ? linesFor(missing, 'not-in-table').map((p) => labels.platforms[p]) : [];
  if (absent.length > 0)
    out.push(paint.dim(formatMessage(text.notOn, { platforms: absent.join(', ') })));
  for (const l of unconfirmedLines) out.push(paint.dim(l));
  if (absent.length + unconfirmedLines.length > 0) out.push('');
  io.stdout.write(out.join('\n'));
  return 0;
}

/** Words: the catalog query over every line the filters allow, best match first. */
async function wordSearch(query: string, filters: CatalogQuery, ctx: Context): Promise<number> {
  const { io, text, paint } = ctx;
  const rows = await rowsFor(filters, ctx.locale);
  // The query seam ranks (best first) and offers a suggestion when a word is found nowhere.
  const found = searchCatalog(rows, { ...filters, q: query }, { locale: ctx.locale });
  const entries = found.rows.map((r) => explained(r.entry, ctx));
  const { suggestion } = found;
  const offer =
    suggestion === undefined ? undefined : formatMessage(text.didYouMean, { suggestion });
  // Words are no entry's code, name or meaning: only a number is unknown on a line.
  const missing = isNumber(query) && entries.length === 0 ? unknownOn([], filters.platform) : [];
  if (ctx.options.json) {
    const doc = {
      query,
      locale: ctx.locale,
      clash: false,
      meanings: [],
      unknownOn: missing,
      ...(suggestion === undefined ? {} : { suggestion }),
      matches: entries,
    };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (entries.length > 1) {
    io.stdout.write(compactList(query, filters, entries, ctx));
  } else if (entries.length === 1) {
    const labels = await labelsIn((entries[0] as Explained).platform, ctx.locale);
    io.stdout.write(`${renderBlock(entries, entries, text, paint, labels).join('\n')}\n\n`);
  }
  if (entries.length > 0) {
    if (offer !== undefined && !ctx.options.json) io.stdout.write(`${paint.dim(offer)}\n`);
    return 0;
  }
  // A number no table holds: where a table is partial, say it may be a code not confirmed yet.
  const said = [formatMessage(text.noMatch, { query: shown(query) })];
  if (offer !== undefined) said.push(offer);
  const unconfirmed = linesFor(missing, 'table-incomplete');
  if (unconfirmed.length > 0) {
    const labels = await labelsIn(unconfirmed[0] as PlatformId, ctx.locale);
    for (const p of unconfirmed) {
      said.push(formatMessage(text.unconfirmed, { platform: labels.platforms[p], code: query }));
    }
    if (filters.platform !== undefined) said.shift();
  }
  io.stderr.write(`${said.join('\n')}\n`);
  return 1;
}

/** `platforms`: the SDK lines of the registry, or the one `--platform` / `--sdk` chose. */
function platformsCommand(filters: CatalogQuery, ctx: Context): number {
  const shownLines = chosenLines(filters);
  if (ctx.options.json) ctx.io.stdout.write(`${JSON.stringify(shownLines, null, 2)}\n`);
  else ctx.io.stdout.write(platformsText(shownLines, ctx.text, ctx.paint));
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

/** `list`: every entry the filters and words keep (best first with words, else in code order), under a header row. */
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
