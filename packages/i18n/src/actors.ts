import type { Actor } from './types.js';

/** Who can act on a fix step, in the order the docs and the CLI group them. */
export const actors: readonly Actor[] = ['app', 'user', 'dashboard', 'support'];
