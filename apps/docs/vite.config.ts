import { readFile } from 'node:fs/promises';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ViteDevServer } from 'vite';

/**
 * In dev, each file of the site (src/siteFiles.ts, the list the prerender writes) is
 * made on request by the same code, through Vite's SSR loader, so what you see is what
 * the build writes.
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
          const { siteFiles } = await server.ssrLoadModule('/src/siteFiles.ts');
          const { loadSiteData } = await server.ssrLoadModule('/src/data.ts');
          const { readSiteConfig } = await server.ssrLoadModule('/src/config.ts');
          const raw = await readFile(new URL('./index.html', import.meta.url), 'utf8');
          const template = await server.transformIndexHtml(url.pathname, raw);
          // The dev server's snippets call the API `pnpm dev` runs beside it, unless told otherwise.
          const config = readSiteConfig(process.env, { local: true });
          type File = {
            path: string;
            contentType: string;
            route?: { kind: string };
            contents(): Promise<string | Buffer>;
          };
          const files = siteFiles({ data: await loadSiteData(), config, template }) as File[];
          const file =
            files.find((f) => f.path === url.pathname) ??
            (url.pathname.endsWith('/') || url.pathname.endsWith('.html')
              ? files.find((f) => f.route?.kind === 'notFound')
              : undefined);
          if (!file) return next();
          res.statusCode = file.path === url.pathname ? 200 : 404;
          res.setHeader('content-type', file.contentType);
          res.end(await file.contents());
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
    // The client and the template only: scripts/prerender.ts copies them into dist beside
    // the pages. Emptying dist here would delete some 22,000 files and folders on every
    // build, which a busy disk makes the slowest step; the prerender rewrites dist in
    // place and removes what the new build no longer has.
    outDir: '.client',
    emptyOutDir: true,
    // One template, one client entry: the prerender fills the template for every page.
    rollupOptions: { input: 'index.html' },
  },
});
