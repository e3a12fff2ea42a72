const { requireEverySubpath } = require('./subpaths.cjs');

const name = process.argv[2];
console.log(`required ${requireEverySubpath(name).length} subpaths of ${name}`);
