// The bundler inlines the one field at build time, so the built bin (ESM) and the
// library (ESM and CJS) print the version they were released with, read from nowhere.
import { version as packageVersion } from '../package.json';

/** This package's version, as its package.json says. */
export const version: string = packageVersion;
