/**
 * `pnpm version-packages` runs this right after `changeset version`: the catalog about
 * to be released becomes the baseline later changes are compared with.
 */
import { join } from 'node:path';
import { BASELINE_FILE, refreshBaseline } from './baseline.js';

const root = join(import.meta.dirname, '../../../..');
const baseline = refreshBaseline(root);
const counts = baseline.platforms.map((p) => `${p.id} ${p.entries.length}`).join(', ');
console.log(`${BASELINE_FILE}: codes ${counts}; version ${baseline.version}`);
