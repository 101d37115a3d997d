import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// Same targets as tsconfig `paths`; vitest.config.ts merges this config, so tests resolve identically.
const WEB_LIBS = ['ui', 'data-access', 'core', 'sales', 'leads', 'revenue', 'testing'];
const alias = Object.fromEntries(
  WEB_LIBS.map((lib) => [`@rapport/web-${lib}`, fileURLToPath(new URL(`../../libs/web/${lib}/src/index.ts`, import.meta.url))]),
);

const apiTarget = `http://localhost:${process.env.API_PORT ?? 3001}`;

// /admin belongs to the API (e.g. the queue board) except the SPA's own admin screens: a reload
// of /admin/users must get index.html, not the API's 404.
const SPA_ADMIN_ROUTE = /^\/admin(\/(users|teams|roles|api-keys|custom-fields)(\/[^?]*)?)?\/?(\?.*)?$/;

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
  plugins: [react()],
  resolve: { alias },
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
    // antd alone is ~1 MB minified; it changes less often than our code, so it gets its own file.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|dayjs)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
