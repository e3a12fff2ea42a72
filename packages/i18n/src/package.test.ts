import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPackage } from '@org/repo-tools';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { locales, pseudoLocale } from './locales.js';
import { messages as de } from './locales/de.js';
import { messages as es } from './locales/es.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

async function bundle(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: pkgDir, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    splitting: true,
    outdir: '/virtual',
    nodePaths: [`${pkgDir}/node_modules`],
  });
  return out.outputFiles.map((f) => `/* ${f.path} */\n${f.text}`).join('\n');
}

describe('the published package', () => {
  it('passes publint and arethetypeswrong (packed as npm would)', async () => {
    const result = await checkPackage(pkgDir);
    expect(result.publint).toEqual([]);
    expect(result.attw).toEqual([]);
  }, 120_000);

  it('ships each locale as plain JSON equal to its module', async () => {
    for (const locale of [...locales, pseudoLocale]) {
      const json = JSON.parse(readFileSync(`${pkgDir}/dist/locales/${locale}.json`, 'utf8'));
      const { messages } = await import(`./locales/${locale}.ts`);
      expect(json).toEqual(messages);
    }
  });

  it('bundles only German for an app that imports only the de subpath', async () => {
    const code = await bundle(
      "import { messages } from '@org/error-codes-i18n/locales/de'; console.log(messages);",
    );
    expect(code).toContain(de.codes[4001].userMessage);
    expect(code).not.toContain(es.codes[4001].userMessage);
    expect(code).not.toContain('Invalid API key');
  });

  it('keeps every locale out of the main chunk when loaded lazily', async () => {
    const code = await bundle(
      "import { loadMessages } from '@org/error-codes-i18n'; loadMessages('de').then(console.log);",
    );
    const main = code.split('/* ').find((chunk) => chunk.startsWith('/virtual/stdin.js')) ?? '';
    expect(main).toContain('loadMessages');
    expect(main).not.toContain(de.codes[4001].userMessage);
    expect(main).not.toContain('Invalid API key');
  });
});
