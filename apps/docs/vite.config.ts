import { readFile } from 'node:fs/promises';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ViteDevServer } from 'vite';

/**
 * In dev, each page is rendered on request by the same code the prerender runs
 * (src/render.tsx through Vite's SSR loader), so what you see is what the build writes.
 * Any change under src/ reloads the page; the index table's React code hot-reloads.
 */
function devPages(): Plugin {
  return {
    name: 'docs-dev-pages',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (req.method !== 'GET') return next();
        try {
          const { allRoutes } = await server.ssrLoadModule('/src/routes.ts');
          const { downloadFiles } = await server.ssrLoadModule('/src/downloads.ts');
          const download = (downloadFiles() as { path: string; source: string }[]).find(
            (f) => f.path === url.pathname,
          );
          if (download) {
            res.setHeader('content-type', 'application/json; charset=utf-8');
            res.end(await readFile(download.source));
            return;
          }
          const search = /^\/search\/([\w-]+)\.json$/.exec(url.pathname);
          if (search) {
            const { loadSiteData } = await server.ssrLoadModule('/src/data.ts');
            const { searchIndex } = await server.ssrLoadModule('/src/searchIndex.ts');
            const { siteLocales } = await server.ssrLoadModule('/src/site.ts');
            if (!(siteLocales as string[]).includes(search[1] ?? '')) return next();
            res.setHeader('content-type', 'application/json; charset=utf-8');
            res.end(JSON.stringify(searchIndex(await loadSiteData(), search[1])));
            return;
          }
          type R = { path: string; kind: string };
          const routes = allRoutes() as R[];
          const route =
            routes.find((r) => r.path === url.pathname) ??
            (url.pathname.endsWith('/') || url.pathname.endsWith('.html')
              ? routes.find((r) => r.kind === 'notFound')
              : undefined);
          if (!route) return next();
          const { loadSiteData } = await server.ssrLoadModule('/src/data.ts');
          const { renderRoute } = await server.ssrLoadModule('/src/render.tsx');
          const { readSiteConfig } = await server.ssrLoadModule('/src/config.ts');
          const raw = await readFile(new URL('./index.html', import.meta.url), 'utf8');
          const template = await server.transformIndexHtml(url.pathname, raw);
          // The dev server's snippets call the API `pnpm dev` runs beside it, unless told otherwise.
          const config = readSiteConfig(process.env, { local: true });
          const html = renderRoute(route, { data: await loadSiteData(), config, template });
          res.statusCode = route.kind === 'notFound' && route.path !== url.pathname ? 404 : 200;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(html);
        } catch (error) {
          server.ssrFixStacktrace(error as Error);
          next(error);
        }
      });
    },
    handleHotUpdate({ file, server }) {
      if (file.includes('/src/') && !file.endsWith('.css') && !file.includes('/src/client/')) {
        server.ws.send({ type: 'full-reload' });
      }
    },
  };
}

export default defineConfig({
  appType: 'custom',
  plugins: [react(), devPages()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One template, one client entry: the prerender fills the template for every page.
    rollupOptions: { input: 'index.html' },
  },
});
