import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Globs are relative to the repo so apps/web and libs/web tests run together.
      root: repoRoot,
      include: ['apps/web/src/**/*.test.{ts,tsx}', 'libs/web/**/*.test.{ts,tsx}'],
      exclude: ['**/node_modules/**', '**/dist/**'],
      environment: 'jsdom',
      setupFiles: [fileURLToPath(new URL('./src/test-setup.ts', import.meta.url))],
      reporters: ['default', ['json', { outputFile: `${repoRoot}tmp/reports/vitest.json` }]],
      css: false,
      // antd's first render in jsdom is slow on a 2-core machine.
      testTimeout: 20_000,
      // Vitest leaves a core for itself by default: on the 2-core CI machine that is one worker and
      // the web stage ran serially (1,758 s). The main process only collects results, so use every
      // core (24 service files: 248 s with one worker, 146 s with two).
      maxWorkers: availableParallelism(),
    },
  }),
);
