/**
 * Generates every derived file of the catalog: each platform's table (the Flutter
 * seed with meaning ids and aliases added; the web table read from the installed
 * `@videosdk.live/js-sdk`), each platform's `ErrorCodes`, the cross-platform map,
 * catalog.json and its JSON Schema. Run `pnpm --filter @org/error-codes generate`
 * after changing the seed or upgrading the SDK; a test fails while any is stale.
 * This file reads the sources and builds the tables; each kind of output is written
 * by its own module under scripts/emit/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed } from '../src/flutter-1/seed.js';
import { crossLine } from '../src/lines/crossLine.js';
import { type LineId, platformIds } from '../src/lines/registry.generated.js';
import type { LineInfo } from '../src/lines/types.js';
import { aliasesOf, meaningIdOf, spellingPairs } from '../src/meaning.js';
import type { ErrorEntryShape, PlatformId } from '../src/types.js';
import { categoryOf, featureOf, retryableOf, retryPolicyOf, severityOf } from './deriveFields.js';
import { catalogSchema } from './emit/catalogSchema.js';
import { HEADER } from './emit/header.js';
import { errorCodesModule, tableModule } from './emit/modules.js';
import { readmeCategories, readmeLines } from './emit/readme.js';
import { entryModule } from './entryModule.js';
import { installedJsSdks, sinceOf } from './jsSdkHistory.js';
import { lineRegistry, registryModule } from './lineRegistry.js';
import { flutter3Table, iosTable, reactNativeTable } from './lineTables.js';
import { FLUTTER3_PAGE_BASE, readFlutter3Source } from './readFlutter3Source.js';
import { readIosSource } from './readIosSource.js';
import { reactSdkPins, readPinChain } from './readPinChain.js';
import { readWebSdk, readWebSdkAt, WEB_SDK_PACKAGE, type WebSdkTable } from './readWebSdk.js';

const root = fileURLToPath(new URL('..', import.meta.url));

type Entry = ErrorEntryShape;

export function flutterTable(): Entry[] {
  return seed.map((s) => ({
    code: s.code,
    name: s.name,
    message: s.message,
    platform: 'flutter-1',
    meaning: meaningIdOf(s.name),
    aliases: aliasesOf(s.name),
    category: s.category,
    source: s.source,
    severity: s.severity,
    retryable: s.retryable,
    retry: retryPolicyOf(s.retryable, s.message),
    feature: s.feature,
    sdkDescription: null,
  }));
}

/** What the SDK defines in one place but not the other. */
export function sdkGaps(sdk: WebSdkTable): { runtimeOnly: string[]; typingsOnly: string[] } {
  return {
    runtimeOnly: [...sdk.runtimeCodes.keys()].filter((n) => !sdk.typings.has(n)).sort(),
    typingsOnly: [...sdk.typings.keys()].filter((n) => !sdk.runtimeCodes.has(n)).sort(),
  };
}

export function webTable(
  sdk: WebSdkTable,
  flutter: readonly Entry[],
  since?: ReadonlyMap<number, string>,
): Entry[] {
  const byCode = new Map<number, string>();
  for (const [name, { code }] of sdk.typings) byCode.set(code, name);
  for (const [name, code] of sdk.runtimeCodes) byCode.set(code, name);
  const flutterByMeaning = new Map(flutter.map((e) => [e.meaning, e]));
  return [...byCode]
    .sort(([a], [b]) => a - b)
    .map(([code, name]) => {
      const meaning = meaningIdOf(name);
      const twin = flutterByMeaning.get(meaning);
      const runtime = sdk.runtimeMessages.get(name)?.message ?? null;
      // Client codes arrive with the SDK's runtime text; server codes with the
      // meeting server's, which the Flutter table records where it shares them.
      const message = code < 4000 ? runtime : (twin?.message ?? null);
      const sdkDescription = sdk.typings.get(name)?.doc ?? null;
      const words = message ?? sdkDescription ?? '';
      return {
        code,
        name,
        message,
        platform: 'web',
        meaning,
        aliases: aliasesOf(name),
        category: twin?.category ?? categoryOf(name),
        source: code < 4000 ? 'client' : 'server',
        severity: twin?.severity ?? severityOf(name, words),
        retryable: twin?.retryable ?? retryableOf(name, words),
        retry: twin ? twin.retry : retryPolicyOf(retryableOf(name, words), words),
        feature: twin ? twin.feature : featureOf(name),
        sdkDescription,
        ...(since?.has(code) ? { since: since.get(code) as string } : {}),
      } satisfies Entry;
    });
}

type Tables = Record<PlatformId, readonly Entry[]>;

/** For each meaning, its code on each line that has it; for each number, its meaning on each line. */
export function crossPlatform(tables: Tables) {
  const map = crossLine(tables);
  const meanings = Object.fromEntries(
    [...map.meanings]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([m, byLine]) => [m, Object.fromEntries(byLine)]),
  );
  const numbers = Object.fromEntries(
    [...map.numbers].map(([code, byLine]) => [
      code,
      { clash: new Set(byLine.values()).size > 1, ...Object.fromEntries(byLine) },
    ]),
  );
  return {
    meanings,
    numbers,
    aliases: spellingPairs.map(([wire, corrected]) => [wire, corrected]),
  };
}

function catalogJson(tables: Tables, registry: readonly LineInfo<string>[], gaps: object) {
  const map = crossPlatform(tables);
  const doc = {
    $schema: './catalog.schema.json',
    $comment: HEADER,
    platforms: platformIds.map((id) => ({
      ...registry.find((l) => l.id === id),
      ...(id === 'web' ? { sdkGaps: gaps } : {}),
      entries: tables[id],
    })),
    meanings: map.meanings,
    numbers: map.numbers,
    aliases: map.aliases,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const devDependencies = (): Record<string, string> =>
  (
    JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
      devDependencies: Record<string, string>;
    }
  ).devDependencies;

/** Every generated file, by path relative to the package root. */
export function generatedFiles(sdk: WebSdkTable = readWebSdk()): Record<string, string> {
  const flutter1 = flutterTable();
  const history = installedJsSdks(devDependencies());
  const web = webTable(sdk, flutter1, sinceOf(history, sdk));
  const chain = readPinChain(root);
  const reactNative = reactNativeTable(readWebSdkAt(chain.jsSdkRoot), (s) => webTable(s, flutter1));
  const iosSource = readIosSource(root);
  const ios = iosTable(iosSource, web, flutter1);
  const flutter3Source = readFlutter3Source(root);
  const flutter3 = flutter3Table(flutter3Source, web, flutter1);
  const tables: Tables = {
    web,
    'react-native': reactNative,
    ios,
    'flutter-1': flutter1,
    'flutter-3': flutter3,
  };
  const pages = Object.fromEntries(
    flutter3Source.entries.flatMap((e) => (e.page ? [[e.name, e.page]] : [])),
  );
  const registry = lineRegistry({
    jsSdkVersions: history.map((t) => t.version),
    reactSdkPins: reactSdkPins(devDependencies()),
    chain,
    ios: iosSource,
    counts: {
      web: web.length,
      'react-native': reactNative.length,
      ios: ios.length,
      'flutter-1': flutter1.length,
      'flutter-3': flutter3.length,
    },
    flutter3Complete: flutter3Source.complete,
  });
  const extra: Partial<Record<LineId, string[]>> = {
    'flutter-3': [
      `/** The API reference page each constant was confirmed from (\`${FLUTTER3_PAGE_BASE}<NAME>-constant.html\`). */`,
      `export const referencePages: Readonly<Record<string, string>> = ${JSON.stringify(pages, null, 2)};`,
      '',
    ],
  };
  const perLine = platformIds.flatMap((id) => [
    [
      `src/${id}/index.ts`,
      entryModule(
        id,
        registry.findIndex((l) => l.id === id),
      ),
    ],
    [`src/${id}/table.generated.ts`, tableModule(tables[id], extra[id])],
    [`src/${id}/errorCodes.generated.ts`, errorCodesModule(tables[id])],
  ]);
  return {
    ...Object.fromEntries(perLine),
    'src/lines/registry.generated.ts': registryModule(registry, HEADER),
    'catalog.json': catalogJson(tables, registry, sdkGaps(sdk)),
    'catalog.schema.json': catalogSchema(),
    'README.md': readmeLines(
      registry,
      readmeCategories(tables, readFileSync(`${root}README.md`, 'utf8')),
    ),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sdk = readWebSdk();
  for (const [path, text] of Object.entries(generatedFiles(sdk))) {
    mkdirSync(dirname(`${root}${path}`), { recursive: true });
    writeFileSync(`${root}${path}`, text);
    console.log(`wrote ${path}`);
  }
  const gaps = sdkGaps(sdk);
  console.log(
    `${WEB_SDK_PACKAGE}@${sdk.version}: ${sdk.runtimeCodes.size} codes at run time, ${sdk.typings.size} in the typings`,
  );
  console.log(
    `  defined at run time, missing from the typings: ${gaps.runtimeOnly.join(', ') || 'none'}`,
  );
  console.log(`  in the typings, missing at run time: ${gaps.typingsOnly.join(', ') || 'none'}`);
}
