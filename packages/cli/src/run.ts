import {
  type AnyErrorEntry,
  DEFAULT_DOCS_BASE_URL,
  docsUrl,
  explain,
  meanings,
  type PlatformId,
  platformIds,
} from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import {
  formatMessage,
  type Labels,
  type LocalizedEntry,
  loadMessages,
  localizeEntry,
  matchesSearch,
  resolveLocale,
  searchTerms,
  searchText,
} from '@org/error-codes-i18n';
import { type CommonOptions, type ListFilters, parseCommand } from './args.js';
import { help } from './help.js';
import { type Paint, paintFor } from './paint.js';
import { strings } from './strings.js';

/** Where the CLI writes and what it reads of its environment; `process` in the bin. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean | undefined };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** One meaning as the CLI prints it: the localized entry, its docs URL and its twins. */
export interface Explained extends LocalizedEntry {
  readonly docsUrl: string;
  readonly sameMeaning: readonly { platform: PlatformId; code: number; name: string }[];
}

const tables: Record<PlatformId, readonly AnyErrorEntry[]> = {
  web: web.catalog,
  flutter: flutter.catalog,
};
const VERSION = '0.0.0';

/**
 * Runs the CLI: `error-codes <code|name|alias|words> [--platform] [--locale] [--json]`
 * or `error-codes list [filters]`. Resolves to the exit status: 0 found, 1 nothing
 * matches, 2 bad usage. Never rejects: whatever goes wrong is a message on stderr.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write(help);
        return 0;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case 'usage-error':
        io.stderr.write(`error-codes: ${command.message}\nTry \`error-codes --help\`.\n`);
        return 2;
      case 'list':
        return await list(command.filters, command.options, io);
      case 'explain':
        return await explainQuery(command.query, command.options, io);
    }
  } catch (error) {
    io.stderr.write(
      `error-codes: unexpected error: ${String((error as Error)?.message ?? error).slice(0, 200)}\n`,
    );
    return 2;
  }
}

/** `--locale`, else the POSIX locale variables (`de_DE.UTF-8` → `de`), else English. */
function localeOf(options: CommonOptions, env: CliIo['env']) {
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const tag = options.locale ?? posix.split(/[.@]/)[0];
  return resolveLocale(tag === 'C' || tag === 'POSIX' ? 'en' : tag);
}

function docsBase(env: CliIo['env']): string {
  const base = env.ERROR_CODES_DOCS_URL;
  return base && /^https?:\/\//.test(base) ? base : DEFAULT_DOCS_BASE_URL;
}

async function localize(
  entry: AnyErrorEntry,
  locale: string,
  env: CliIo['env'],
): Promise<Explained> {
  const messages = await loadMessages(entry.platform, locale);
  const localized = localizeEntry(entry, messages);
  const codes =
    (meanings as Record<string, Partial<Record<PlatformId, number>>>)[entry.meaning] ?? {};
  return {
    ...localized,
    docsUrl: docsUrl(entry.platform, entry.code, {
      baseUrl: docsBase(env),
      locale: localized.locale,
    }),
    sameMeaning: platformIds
      .filter((p) => p !== entry.platform && codes[p] !== undefined)
      .map((p) => {
        const twin = tables[p].find((e) => e.code === codes[p]);
        return { platform: p, code: codes[p] as number, name: twin?.name ?? '' };
      }),
  };
}

async function explainQuery(query: string, options: CommonOptions, io: CliIo): Promise<number> {
  const locale = localeOf(options, io.env);
  const answer = explain(query);
  const wanted = (p: PlatformId) => options.platform === undefined || options.platform === p;
  let entries = answer.matches.filter((m) => wanted(m.platform)).map((m) => m.entry);
  if (answer.matches.length === 0) entries = await searchWords(query, options, locale);
  const explained = await Promise.all(entries.map((e) => localize(e, locale, io.env)));
  const text = strings[locale];
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ query, locale, clash: answer.clash, matches: explained }, null, 2)}\n`,
    );
  } else if (explained.length > 0) {
    const paint = paintFor(io);
    const out: string[] = [];
    if (answer.clash) {
      out.push(paint.bold(formatMessage(text.clash, { code: query.trim() })));
      for (const m of answer.matches) out.push(`  ${m.platform}: ${m.entry.name}`);
      out.push('');
    }
    for (const e of explained) {
      const { labels } = await loadMessages(e.platform, locale);
      out.push(...render(e, text, paint, labels), '');
    }
    io.stdout.write(out.join('\n'));
  }
  if (explained.length === 0) {
    io.stderr.write(`${formatMessage(text.noMatch, { query: query.slice(0, 80) })}\n`);
    return 1;
  }
  return 0;
}

/** Words: every entry whose code, names or localized texts hold every word of the query. */
async function searchWords(query: string, options: CommonOptions, locale: string) {
  const terms = searchTerms(query);
  const found: AnyErrorEntry[] = [];
  for (const platform of platformIds) {
    if (options.platform !== undefined && options.platform !== platform) continue;
    const messages = await loadMessages(platform, locale);
    for (const entry of tables[platform]) {
      if (matchesSearch(searchText(localizeEntry(entry, messages)), terms)) found.push(entry);
    }
  }
  return found;
}

function render(
  e: Explained,
  text: (typeof strings)['en'],
  paint: Paint,
  labels: Labels,
): string[] {
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
  lines.push(`  ${paint.dim(`${text.docs}:`)} ${e.docsUrl}`);
  return lines;
}

async function list(filters: ListFilters, options: CommonOptions, io: CliIo): Promise<number> {
  const locale = localeOf(options, io.env);
  const rows: {
    platform: PlatformId;
    code: number;
    name: string;
    title: string;
    category: string;
    severity: string;
  }[] = [];
  for (const platform of platformIds) {
    if (options.platform !== undefined && options.platform !== platform) continue;
    const messages = await loadMessages(platform, locale);
    for (const e of tables[platform]) {
      if (filters.category !== undefined && e.category !== filters.category) continue;
      if (filters.severity !== undefined && e.severity !== filters.severity) continue;
      if (filters.source !== undefined && e.source !== filters.source) continue;
      if (filters.feature !== undefined && e.feature !== filters.feature) continue;
      if (filters.retryable !== undefined && e.retryable !== filters.retryable) continue;
      const l = localizeEntry(e, messages);
      rows.push({
        platform,
        code: e.code,
        name: e.name,
        title: l.title,
        category: e.category,
        severity: e.severity,
      });
    }
  }
  if (options.json) io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    const paint = paintFor(io);
    const width = Math.max(0, ...rows.map((r) => r.name.length));
    io.stdout.write(
      rows
        .map(
          (r) =>
            `${r.platform.padEnd(8)}${paint.code(String(r.code))}  ${r.name.padEnd(width)}  ${r.title}`,
        )
        .join('\n') + (rows.length ? '\n' : ''),
    );
  }
  return rows.length > 0 ? 0 : 1;
}
