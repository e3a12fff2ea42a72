// Runs before each test file: every fc.assert in the file uses the run's seed, so a
// red `pnpm test` is the same red on the next run and on every machine.
import fc from 'fast-check';
import { fastCheckSeed } from './seed.js';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: fastCheckSeed(process.env.FC_SEED).value });
