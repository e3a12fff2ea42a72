/**
 * (a) Each locale module's min+gzip size beside the gzip of its raw strings
 * (the floor: the words themselves), goal ≤ 1.2×. (b) formatMessage ops/s beside
 * intl-messageformat formatting the same precompiled messages, in the same run.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { IntlMessageFormat } from 'intl-messageformat';
import { formatMessage } from '../src/formatMessage.js';
import { locales, pseudoLocale } from '../src/locales.js';
import type { LocaleMessages } from '../src/types.js';

const gz = (s: string | Uint8Array) => gzipSync(s, { level: 9 }).length;
const rows: Record<string, string>[] = [];

for (const locale of [...locales, pseudoLocale]) {
  const file = new URL(`../dist/locales/${locale}.js`, import.meta.url).pathname;
  const out = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    // As shipped: UTF-8 text, not \u escapes (esbuild's default is ASCII output).
    charset: 'utf8',
    format: 'esm',
    write: false,
  });
  const moduleGz = gz(out.outputFiles[0]?.contents ?? new Uint8Array());
  const { messages } = (await import(`../src/locales/${locale}.ts`)) as {
    messages: LocaleMessages;
  };
  const strings = [messages.unknown, ...Object.values(messages.codes)].flatMap((t) => [
    t.title,
    t.description,
    t.userMessage,
  ]);
  const floor = gz(strings.join('\n'));
  rows.push({
    measure: `locales/${locale} min+gz`,
    value: `${(moduleGz / 1024).toFixed(2)} KB`,
    floor: `${(floor / 1024).toFixed(2)} KB`,
    ratio: (moduleGz / floor).toFixed(3),
    goal: '≤ 1.2',
  });
}

const { messages: en } = await import('../src/locales/en.js');
const samples = Object.values(en.codes).flatMap((t) => [t.title, t.description, t.userMessage]);
const values = { supportContact: 'help@acme.io', code: '4099' };
const compiled = samples.map((s) => new IntlMessageFormat(s, 'en'));

function opsPerSecond(fn: (i: number) => unknown): number {
  const perRound = 300_000;
  const results: number[] = [];
  for (let r = 0; r < 7; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) fn(i % samples.length);
    results.push((perRound / Number(process.hrtime.bigint() - start)) * 1e9);
  }
  return results.sort((a, b) => a - b)[3] ?? 0;
}
opsPerSecond((i) => compiled[i]?.format(values));
opsPerSecond((i) => formatMessage(samples[i], values));
const baseline = opsPerSecond((i) => compiled[i]?.format(values));
const ours = opsPerSecond((i) => formatMessage(samples[i], values));
rows.push({
  measure: 'intl-messageformat (precompiled) ops/s',
  value: Math.round(baseline).toLocaleString('en'),
  floor: '',
  ratio: '1.00',
  goal: 'baseline',
});
rows.push({
  measure: 'formatMessage ops/s',
  value: Math.round(ours).toLocaleString('en'),
  floor: '',
  ratio: (ours / baseline).toFixed(2),
  goal: '',
});
console.table(rows);
