// Imports every subpath a package's exports map offers, as an ESM user would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package's exports map as subpath → target, read from the installed package. */
export function exportedSubpaths(name) {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8'),
  );
  const { exports } = manifest;
  assert.ok(exports, `${name} has no exports map`);
  const isSubpathMap = typeof exports === 'object' && Object.keys(exports)[0]?.startsWith('.');
  return isSubpathMap ? exports : { '.': exports };
}

function specifier(name, subpath) {
  return subpath === '.' ? name : `${name}${subpath.slice(1)}`;
}

/** Imports each subpath but `./package.json` and patterns; returns the specifiers loaded. */
export async function importEverySubpath(name) {
  const loaded = [];
  for (const subpath of Object.keys(exportedSubpaths(name))) {
    if (subpath === './package.json' || subpath.includes('*')) continue;
    const spec = specifier(name, subpath);
    const module = subpath.endsWith('.json')
      ? await import(spec, { with: { type: 'json' } })
      : await import(spec);
    assert.ok(Object.keys(module).length > 0, `${spec} exports nothing`);
    loaded.push(spec);
  }
  assert.ok(loaded.length > 0, `${name}: nothing to import`);
  return loaded;
}
