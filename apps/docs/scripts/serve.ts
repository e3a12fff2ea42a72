/** `pnpm preview` / `pnpm serve`: the built site on 127.0.0.1 (port 4173, or --port N). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './staticServer.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(`${dist}index.html`)) {
  console.error('docs: dist/ is empty; build the site first: pnpm --filter docs build');
  process.exit(1);
}
const flag = process.argv.indexOf('--port');
const port = flag > 0 ? Number(process.argv[flag + 1]) : 4173;
const { url } = await startStaticServer(dist, { port: Number.isInteger(port) ? port : 4173 });
console.log(`docs: the site is served at ${url}/`);
