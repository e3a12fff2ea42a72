/**
 * The js-sdk versions installed side by side (the catalog's `@videosdk.live/js-sdk`
 * and every `js-sdk-<version>` alias in this package's devDependencies), each read
 * with the web reader, oldest first. From them the web table gets `since`: the first
 * version whose table holds a code under the same name.
 */
import { compareVersions, parseVersion } from '../src/lines/semver.js';
import {
  installedPackageRoot,
  readWebSdkAt,
  WEB_SDK_PACKAGE,
  type WebSdkTable,
} from './readWebSdk.js';

/** What a js-sdk version defines, typings and bundle together: code → name. */
export function codesOf(sdk: WebSdkTable): Map<number, string> {
  const byCode = new Map<number, string>();
  for (const [name, { code }] of sdk.typings) byCode.set(code, name);
  for (const [name, code] of sdk.runtimeCodes) byCode.set(code, name);
  return byCode;
}

export function installedJsSdks(devDependencies: Readonly<Record<string, string>>): WebSdkTable[] {
  const names = Object.keys(devDependencies).filter(
    (n) => n === WEB_SDK_PACKAGE || /^js-sdk-\d/.test(n),
  );
  const tables = names.map((n) => readWebSdkAt(installedPackageRoot(n)));
  const version = (t: WebSdkTable) => {
    const v = parseVersion(t.version);
    if (!v) throw new Error(`js-sdk version ${t.version} is not a version`);
    return v;
  };
  return tables.sort((a, b) => compareVersions(version(a), version(b)));
}

/**
 * For each code of `current`, the oldest of `history` that has it under the same
 * name. Throws where a code is older than a version that lacks it, or where the
 * newest version read is not `current`: `since` would then be wrong.
 */
export function sinceOf(
  history: readonly WebSdkTable[],
  current: WebSdkTable,
): Map<number, string> {
  if (history.at(-1)?.version !== current.version) {
    throw new Error(
      `the newest js-sdk read (${history.at(-1)?.version}) is not ${current.version}`,
    );
  }
  const tables = history.map((t) => ({ version: t.version, codes: codesOf(t) }));
  const since = new Map<number, string>();
  for (const [code, name] of codesOf(current)) {
    const first = tables.findIndex((t) => t.codes.get(code) === name);
    if (first < 0) throw new Error(`${name} (${code}) is in no js-sdk version read`);
    const gap = tables.slice(first).find((t) => t.codes.get(code) !== name);
    if (gap)
      throw new Error(
        `${name} (${code}) is in ${tables[first]?.version} but not in ${gap.version}`,
      );
    since.set(code, tables[first]?.version as string);
  }
  return since;
}
