// Integration tests on real PostgreSQL (and Redis for the queue backend matrix): `*.int-spec.ts`.
module.exports = require('./tools/jest/base.cjs')('integration', ['<rootDir>/{apps,libs}/**/*.int-spec.ts'], {
  globalSetup: '<rootDir>/tools/jest/int-global-setup.cjs',
  globalTeardown: '<rootDir>/tools/jest/int-global-teardown.cjs',
  testTimeout: 60000,
  // Each file boots the whole API, and what a file leaves behind (module registries, compiled code)
  // adds up in a worker: one reached the heap limit after ~150 files and crashed with the file it was
  // running (a whole file reported as "failed to run", here and in CI). A worker above this much
  // memory between files is replaced by a fresh one.
  workerIdleMemoryLimit: '1536MB',
});
