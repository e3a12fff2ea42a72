// @ts-check
/**
 * How every browser test and bench here starts Chromium: Debian's own build (never a
 * downloaded one), headless, with nothing that reaches out to the network by itself
 * (on a closed network those connections fail, many at a time, and slow every start).
 * Pass it to playwright-core's `chromium.launch` or `launchPersistentContext`, with
 * a test's own flags after these.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * Launch options for playwright-core, with a test's own flags added.
 * @param {readonly string[]} [extraArgs]
 * @returns {{ executablePath: string, headless: true, args: string[] }}
 */
export function chromiumLaunchOptions(extraArgs = []) {
  return { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] };
}
