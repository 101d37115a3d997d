// Compiles the server side (apps/api, apps/worker, libs/shared, libs/platform, and later the
// domain libs) to CommonJS in dist/server with SWC: decorators with metadata for Nest/TypeORM,
// tsconfig paths rewritten to relative requires. ~2 s instead of a webpack build.
import fs from 'node:fs';
import path from 'node:path';
import swc from '@swc/core';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const SOURCES = ['apps/api/src', 'apps/worker/src', 'libs'];
const SKIP = /(\.spec\.ts|\.int-spec\.ts|\.e2e\.ts|\.test\.tsx?|\.d\.ts)$/;

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || full.includes(`${path.sep}libs${path.sep}web`)) continue;
      yield* walk(full);
    } else if (entry.name.endsWith('.ts') && !SKIP.test(entry.name)) {
      yield full;
    }
  }
}

export async function buildServer(outDir = path.join(root, 'dist', 'server')) {
  const started = Date.now();
  fs.rmSync(outDir, { recursive: true, force: true });
  let count = 0;
  for (const src of SOURCES) {
    for (const file of walk(path.join(root, src))) {
      const out = await swc.transformFile(file, {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          baseUrl: root,
          paths: tsconfig.compilerOptions.paths,
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: true,
        filename: file,
      });
      const target = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, `${out.code}\n//# sourceMappingURL=${path.basename(target)}.map`);
      if (out.map) fs.writeFileSync(`${target}.map`, out.map);
      count++;
    }
  }
  return { files: count, ms: Date.now() - started };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await buildServer();
  console.log(`server: ${r.files} files compiled in ${r.ms} ms`);
}
