// Requires every subpath a package's exports map offers to `require`, as a CommonJS user would.
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

function exportedSubpaths(name) {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8'),
  );
  const { exports } = manifest;
  assert.ok(exports, `${name} has no exports map`);
  const isSubpathMap = typeof exports === 'object' && Object.keys(exports)[0]?.startsWith('.');
  return isSubpathMap ? exports : { '.': exports };
}

function offersRequire(target) {
  if (typeof target === 'string') return true;
  if (target === null || typeof target !== 'object') return false;
  return 'require' in target || 'default' in target || 'node' in target;
}

/** Requires each subpath but `./package.json` and patterns; returns the specifiers loaded. */
function requireEverySubpath(name) {
  const loaded = [];
  for (const [subpath, target] of Object.entries(exportedSubpaths(name))) {
    if (subpath === './package.json' || subpath.includes('*')) continue;
    assert.ok(offersRequire(target), `${name}${subpath.slice(1)} cannot be required`);
    const spec = subpath === '.' ? name : `${name}${subpath.slice(1)}`;
    const value = require(spec);
    assert.ok(value !== null && typeof value === 'object', `${spec} gave ${typeof value}`);
    assert.ok(Object.keys(value).length > 0, `${spec} exports nothing`);
    loaded.push(spec);
  }
  assert.ok(loaded.length > 0, `${name}: nothing to require`);
  return loaded;
}

module.exports = { requireEverySubpath };
