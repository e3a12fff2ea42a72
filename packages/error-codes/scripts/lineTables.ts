/**
 * The tables of the lines beside web and Flutter 1.2.x: React Native (js-sdk at
 * the end of its pin chain, read and built exactly as web is), iOS (the committed
 * extraction) and Flutter 3.x (the constants confirmed from its API reference).
 * An entry that means what a web or Flutter 1.2.x entry means takes that entry's
 * category, severity, retryable and feature, so a meaning is described once; the
 * rest are derived by the same written rules as web.
 */

import { aliasesOf, meaningIdOf } from '../src/meaning.js';
import type { ErrorEntryShape, PlatformId } from '../src/types.js';
import { categoryOf, featureOf, retryableOf, retryPolicyOf, severityOf } from './deriveFields.js';
import type { Flutter3Source } from './readFlutter3Source.js';
import type { IosSource } from './readIosSource.js';
import type { WebSdkTable } from './readWebSdk.js';

type Entry = ErrorEntryShape;

interface Wire {
  readonly code: number;
  readonly name: string;
  readonly message: string | null;
}

/** A line's entry from its wire facts, its fields taken from a twin of the same meaning where one exists. */
export function lineEntry(
  line: PlatformId,
  wire: Wire,
  twins: readonly (readonly Entry[])[],
): Entry {
  const meaning = meaningIdOf(wire.name);
  const twin = twins.map((t) => t.find((e) => e.meaning === meaning)).find(Boolean);
  const words = wire.message ?? '';
  return {
    code: wire.code,
    name: wire.name,
    message: wire.message,
    platform: line,
    meaning,
    aliases: aliasesOf(wire.name),
    category: twin?.category ?? categoryOf(wire.name),
    source: wire.code < 4000 ? 'client' : 'server',
    severity: twin?.severity ?? severityOf(wire.name, words),
    retryable: twin?.retryable ?? retryableOf(wire.name, words),
    retry: twin ? twin.retry : retryPolicyOf(retryableOf(wire.name, words), words),
    feature: twin ? twin.feature : featureOf(wire.name),
    sdkDescription: null,
  };
}

const byCode = <T extends { code: number }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => a.code - b.code);

/** React Native: the web builder over the js-sdk its SDK pins, relabelled. */
export function reactNativeTable(
  sdk: WebSdkTable,
  webBuilder: (sdk: WebSdkTable) => readonly Entry[],
): Entry[] {
  return webBuilder(sdk).map((e) => ({ ...e, platform: 'react-native' }));
}

export function iosTable(
  source: IosSource,
  web: readonly Entry[],
  flutter: readonly Entry[],
): Entry[] {
  return byCode(source.entries.map((e) => lineEntry('ios', e, [web, flutter])));
}

export function flutter3Table(
  source: Flutter3Source,
  web: readonly Entry[],
  flutter: readonly Entry[],
): Entry[] {
  return byCode(source.entries.map((e) => lineEntry('flutter-3', e, [web, flutter])));
}
