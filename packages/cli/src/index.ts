export type { CliIo, Explained, LineCode, Reading } from './run.js';
export { run } from './run.js';
