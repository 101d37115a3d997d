import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { decorativeIcons, decorativeIconsForOptimizer } from './vite-decorative-icons';
import { precompress } from './vite-precompress';
import { splitGraphqlDocuments } from './vite-split-documents';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// Same targets as tsconfig `paths`; vitest.config.ts merges this config, so tests resolve identically.
const WEB_LIBS = ['ui', 'data-access', 'core', 'sales', 'leads', 'revenue', 'marketing', 'segmentation', 'service', 'testing'];
const alias = Object.fromEntries(
  WEB_LIBS.map((lib) => [`@rapport/web-${lib}`, fileURLToPath(new URL(`../../libs/web/${lib}/src/index.ts`, import.meta.url))]),
);

/** TypeScript sources of the SPA's libs and pages (not the entry, CSS, JSON or node_modules). */
const WEB_SOURCES = /[\\/](apps|libs)[\\/]web[\\/]([^\\/]+[\\/])?src[\\/](?!main\.tsx$).*\.tsx?$/;

const apiTarget = `http://localhost:${process.env.API_PORT ?? 3001}`;

// /admin belongs to the API (e.g. the queue board) except the SPA's own admin screens: a reload
// of /admin/users must get index.html, not the API's 404.
const SPA_ADMIN_ROUTE = /^\/admin(\/(users|teams|roles|api-keys|custom-fields|pipelines|exchange-rates)(\/[^?]*)?)?\/?(\?.*)?$/;

const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiTarget },
  '/api': { target: apiTarget },
  '/admin': {
    target: apiTarget,
    bypass: (req) =>
      req.method === 'GET' && SPA_ADMIN_ROUTE.test(req.url ?? '') && req.headers.accept?.includes('text/html')
        ? '/index.html'
        : undefined,
  },
};

export default defineConfig({
  root: appRoot,
  plugins: [decorativeIcons(repoRoot), splitGraphqlDocuments(), react(), precompress()],
  resolve: { alias },
  // antd and its icons are pre-bundled for the dev server: the icon swap must happen there too.
  optimizeDeps: { rolldownOptions: { plugins: [decorativeIconsForOptimizer(repoRoot)] } },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 4200),
    strictPort: true,
    proxy,
    // Sources outside apps/web (libs/web/**) are part of the app.
    fs: { allow: [repoRoot] },
  },
  preview: { proxy },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    // The first-load chunks (vendor, antd below) are ~550 KB minified each, ~150 KB after brotli.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      treeshake: {
        // Our web libs are imported through barrels (`@rapport/web-core`, …). Without a package.json
        // saying they are side-effect free, importing one name from a barrel keeps every module it
        // re-exports — and with them antd's tables, pickers and trees — in the entry chunk. None of
        // them runs anything on import that another module relies on (no `import './x'` in them).
        moduleSideEffects: (id) => (WEB_SOURCES.test(id) ? false : undefined),
      },
      output: {
        // What every first visit needs, in two files that change only with dependencies: brotli
        // packs one large file better than twenty small ones (~8 %), and there is no waterfall.
        // Apollo Client is not in them: the login page signs in with a plain fetch, so Apollo (and
        // what it brings) is one file of its own, loaded with the signed-in routes. The rest
        // (pages, the signed-in layout, antd's tables and pickers) splits by use, so a page loads
        // only its own chunk and what it shares with others. Figures: docs/performance.md.
        codeSplitting: {
          groups: [
            { name: 'vendor', priority: 3, tags: ['$initial'], test: /node_modules[\\/](react|react-dom|react-router|scheduler|@apollo|graphql|rxjs|@wry|optimism|tslib|i18next|react-i18next)[\\/]/ },
            { name: 'apollo', priority: 2, test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/ },
            // `$initial`: statically imported from the entry — antd's core and the login page's pieces.
            { name: 'antd', priority: 1, tags: ['$initial'], test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
