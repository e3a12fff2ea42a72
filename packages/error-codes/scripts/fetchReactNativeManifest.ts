/**
 * Refreshes sources/react-native-sdk/package.json from the npm tarball of
 * `@videosdk.live/react-native-sdk` (the version given, else the one committed):
 * `npm pack`, then the tarball's own package/package.json, byte for byte. Run it
 * by hand to move to a new React Native SDK (`pnpm --filter @org/error-codes
 * fetch:react-native [version]`), then `generate`; it prints the tarball's
 * integrity for sources/react-native-sdk/PROVENANCE.md. Tests never run it: it
 * needs the registry, the generator needs only the committed copy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RN_MANIFEST, RN_SDK_PACKAGE } from './readPinChain.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, RN_MANIFEST);
const committed = JSON.parse(readFileSync(target, 'utf8')) as { version: string };
const version = process.argv[2] ?? committed.version;
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version))
  throw new Error(`not a version: ${version}`);

const dir = mkdtempSync(join(tmpdir(), 'rn-manifest-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', `${RN_SDK_PACKAGE}@${version}`, '--json'], {
      cwd: dir,
      encoding: 'utf8',
    }),
  ) as { filename: string; integrity: string }[];
  if (!packed) throw new Error('npm pack returned nothing');
  execFileSync('tar', ['xzf', packed.filename, 'package/package.json'], { cwd: dir });
  const text = readFileSync(join(dir, 'package', 'package.json'), 'utf8');
  const unchanged = text === readFileSync(target, 'utf8');
  writeFileSync(target, text);
  console.log(`${RN_SDK_PACKAGE}@${version}: ${unchanged ? 'unchanged' : `wrote ${RN_MANIFEST}`}`);
  console.log(
    `  integrity ${packed.integrity} (record it in sources/react-native-sdk/PROVENANCE.md)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
