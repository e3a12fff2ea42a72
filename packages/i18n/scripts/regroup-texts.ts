/**
 * One-off move (issue 18): each locale's texts, grouped by platform in
 * src/texts/<locale>/{shared,webClient,webServer,flutter}.ts, become one file per
 * category, src/texts/<locale>/<category>.ts. A meaning's category is its entries'
 * (the first line in registry order that has it). Every text is kept exactly; only
 * the variant keys change: `web` → `browser`, `flutter` → `app` (the line's surface).
 * The script re-reads what it wrote and stops if any text differs.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AnyErrorEntry, categories, platformIds, platformTables } from '@org/error-codes';
import { locales } from '../src/locales.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const oldGroups = ['shared', 'webClient', 'webServer', 'flutter'];
const surfaceOf: Record<string, string> = { web: 'browser', flutter: 'app' };

const categoryOf = new Map<string, string>();
for (const p of platformIds) {
  for (const e of platformTables[p] as readonly AnyErrorEntry[]) {
    if (!categoryOf.has(e.meaning)) categoryOf.set(e.meaning, e.category);
  }
}

type Texts = Record<string, Record<string, unknown>>;
const renamed = (t: Record<string, unknown>) => {
  if (!t.variants) return t;
  const variants = Object.fromEntries(
    Object.entries(t.variants as Record<string, unknown>).map(([k, v]) => {
      const surface = surfaceOf[k];
      if (!surface) throw new Error(`unknown variant key ${k}`);
      return [surface, v];
    }),
  );
  return { ...t, variants };
};

for (const locale of locales) {
  const dir = `${root}src/texts/${locale}`;
  const all: Texts = {};
  for (const g of oldGroups) {
    const { texts } = (await import(`${dir}/${g}.ts`)) as { texts: Texts };
    for (const [id, t] of Object.entries(texts)) {
      if (all[id]) throw new Error(`${locale}: ${id} twice`);
      all[id] = renamed(t);
    }
  }
  const byCategory = new Map<string, Texts>();
  for (const id of Object.keys(all).sort()) {
    const c = categoryOf.get(id);
    if (!c) throw new Error(`${locale}: ${id} is no meaning of any line`);
    const texts = byCategory.get(c) ?? {};
    texts[id] = all[id] as Record<string, unknown>;
    byCategory.set(c, texts);
  }
  const written: string[] = [];
  for (const c of categories) {
    const texts = byCategory.get(c);
    if (!texts) continue;
    const file = `${dir}/${c}.ts`;
    writeFileSync(
      file,
      [
        "import type { CategoryTexts } from '../../types.js';",
        '',
        `export const texts: CategoryTexts<'${c}'> = ${JSON.stringify(texts, null, 2)};`,
        '',
      ].join('\n'),
    );
    written.push(file);
  }
  execFileSync('pnpm', ['exec', 'biome', 'format', '--write', ...written], { cwd: root });
  // Read back and compare before the old files go.
  const again: Texts = {};
  for (const file of written) {
    const { texts } = (await import(`${file}?again`)) as { texts: Texts };
    Object.assign(again, texts);
  }
  const a = JSON.stringify(
    Object.fromEntries(
      Object.keys(all)
        .sort()
        .map((k) => [k, all[k]]),
    ),
  );
  const b = JSON.stringify(
    Object.fromEntries(
      Object.keys(again)
        .sort()
        .map((k) => [k, again[k]]),
    ),
  );
  if (a !== b) throw new Error(`${locale}: the regrouped texts differ`);
  for (const g of oldGroups) rmSync(`${dir}/${g}.ts`);
  console.log(`${locale}: ${Object.keys(all).length} meanings in ${written.length} files`);
}
