/**
 * (a) Each line's locale module, min+gzip, beside the gzip of its raw strings
 * (the floor: the words themselves), goal ≤ 1.2×; (b) the bytes an app of each line
 * in German loads (the main chunk with loadMessages + localizeEntry, and the one lazy
 * chunk), and an iOS app's figure over a web app's, goal ≤ 1.00 (issue 18: an iOS
 * app in German loads no web-only text); each end-user slice beside its full
 * module, goal ≤ 8 KB;
 * (c) formatMessage ops/s beside intl-messageformat formatting the same precompiled
 * messages, in the same run.
 */
import { gzipSync } from 'node:zlib';
import { platformIds } from '@org/error-codes';
import { build } from 'esbuild';
import { IntlMessageFormat } from 'intl-messageformat';
import { formatMessage } from '../src/formatMessage.js';
import { locales, pseudoLocale } from '../src/localeList.js';
import type { PlatformMessages } from '../src/types.js';
import { allFields, loadTexts } from '../test/texts.js';

const gz = (s: string | Uint8Array) => gzipSync(s, { level: 9 }).length;
const rows: Record<string, string>[] = [];
const moduleBytes = new Map<string, number>();

/** Every string value a platform module holds (texts, labels, who acts, its locale): its raw strings. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

for (const platform of platformIds) {
  for (const locale of [...locales, pseudoLocale]) {
    const file = new URL(`../dist/locales/${platform}-${locale}.js`, import.meta.url).pathname;
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
    moduleBytes.set(`${platform}/${locale}`, moduleGz);
    const { messages } = (await import(`../src/locales/${platform}/${locale}.ts`)) as {
      messages: PlatformMessages;
    };
    const floor = gz(stringsOf(messages).join('\n'));
    rows.push({
      measure: `locales/${platform}/${locale} min+gz`,
      value: `${(moduleGz / 1024).toFixed(2)} KB`,
      floor: `${(floor / 1024).toFixed(2)} KB`,
      ratio: (moduleGz / floor).toFixed(3),
      goal: '≤ 1.2',
    });
  }
}

// What an app in German downloads: the main chunk (loadMessages + localizeEntry),
// then the one lazy chunk of its line in German; every other chunk stays on the server.
const loadedInGerman = new Map<string, number>();
for (const platform of platformIds) {
  const out = await build({
    stdin: {
      contents: `import { loadMessages, localizeEntry } from '@org/error-codes-i18n'; loadMessages('${platform}', 'de').then((m) => console.log(localizeEntry(undefined, m)));`,
      resolveDir: new URL('..', import.meta.url).pathname,
    },
    bundle: true,
    minify: true,
    splitting: true,
    charset: 'utf8',
    format: 'esm',
    outdir: '/virtual',
    write: false,
  });
  const main = gz(out.outputFiles.find((f) => f.path.endsWith('stdin.js'))?.contents ?? '');
  const chunk = moduleBytes.get(`${platform}/de`) ?? 0;
  const all = out.outputFiles.reduce((n, f) => n + gz(f.contents), 0);
  loadedInGerman.set(platform, main + chunk);
  rows.push({
    measure: `${platform} app in German loads: main chunk + ${platform}/de, min+gz`,
    value: `${((main + chunk) / 1024).toFixed(2)} KB`,
    floor: `of ${(all / 1024).toFixed(0)} KB built`,
    ratio: '',
    goal: '',
  });
}

{
  const ios = loadedInGerman.get('ios') ?? 0;
  const web = loadedInGerman.get('web') ?? 1;
  rows.push({
    measure: 'ios app in German ÷ web app in German (bytes loaded, min+gz)',
    value: `${(ios / 1024).toFixed(2)} KB`,
    floor: `web: ${(web / 1024).toFixed(2)} KB`,
    ratio: (ios / web).toFixed(3),
    goal: '≤ 1.00',
  });
}

// The end-user slice of each real locale (what `<ErrorMessage>` shows), min+gzip,
// against the full module of the same platform and locale, built above; goal ≤ 8 KB.
for (const platform of platformIds) {
  for (const locale of locales) {
    const file = new URL(`../dist/locales/${platform}-${locale}-user.js`, import.meta.url).pathname;
    const out = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      charset: 'utf8',
      format: 'esm',
      write: false,
    });
    const sliceGz = gz(out.outputFiles[0]?.contents ?? new Uint8Array());
    const full = moduleBytes.get(`${platform}/${locale}`) ?? 0;
    rows.push({
      measure: `locales/${platform}/${locale} end-user slice min+gz`,
      value: `${(sliceGz / 1024).toFixed(2)} KB`,
      floor: `full: ${(full / 1024).toFixed(2)} KB`,
      ratio: full ? (sliceGz / full).toFixed(3) : '',
      goal: '≤ 8 KB',
    });
  }
}

const samples = allFields(await loadTexts('en')).map(({ field }) => field.text);
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
