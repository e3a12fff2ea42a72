export type { CliIo, Explained } from './run.js';
export { run } from './run.js';
