import { importEverySubpath } from './subpaths.mjs';

const name = process.argv[2];
console.log(`imported ${(await importEverySubpath(name)).length} subpaths of ${name}`);
