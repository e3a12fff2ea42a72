// @ts-check
/**
 * The build every published library shares: ESM and CommonJS with their own type
 * declarations, for the Node versions the packages declare. A library's
 * `tsup.config.ts` adds only what is its own (entries, a banner, plugins). Plain
 * JavaScript because tsup loads a config's workspace imports with Node itself.
 * Dependencies and peers stay external by tsup's own rule, so none is listed here.
 */

/** @type {import('tsup').Options} */
export const libraryDefaults = {
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
};

/**
 * The shared build with a library's own options on top.
 * @param {import('tsup').Options} own
 * @returns {import('tsup').Options}
 */
export function defineLibrary(own) {
  return { ...libraryDefaults, ...own };
}
