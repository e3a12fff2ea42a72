import { readFile } from 'node:fs/promises';
import { readSiteConfig } from './src/config.js';
import { loadSiteData } from './src/data.js';
import { renderRoute } from './src/render.js';
import { allRoutes } from './src/routes.js';
const data = await loadSiteData();
const template = await readFile('./dist/index.html', 'utf8');
const ctx = { data, config: readSiteConfig(), template };
const routes = allRoutes().filter((r) => r.kind === 'code');
// warm: localize everything
for (const r of routes) if (r.kind === 'code') data.entries(r.platform, r.locale);
const t = performance.now();
let bytes = 0;
for (const r of routes.slice(0, 2000)) bytes += renderRoute(r, ctx).length;
console.log('2000 code pages', Math.round(performance.now() - t), 'ms', Math.round(bytes / 2000), 'bytes avg');
