import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// Same targets as tsconfig `paths`; vitest reuses this object so tests resolve identically.
export const alias = {
  '@rapport/web-ui': fileURLToPath(new URL('../../libs/web/ui/src/index.ts', import.meta.url)),
  '@rapport/web-data-access': fileURLToPath(
    new URL('../../libs/web/data-access/src/index.ts', import.meta.url),
  ),
};

const apiTarget = `http://localhost:${process.env.API_PORT ?? 3001}`;
const proxy = Object.fromEntries(
  ['/graphql', '/api', '/admin'].map((path) => [path, { target: apiTarget, changeOrigin: false }]),
);

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
    chunkSizeWarningLimit: 1500,
  },
});
