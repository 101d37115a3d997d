// Integration tests on real PostgreSQL (and Redis for the queue backend matrix): `*.int-spec.ts`.
module.exports = require('./tools/jest/base.cjs')('integration', ['<rootDir>/{apps,libs}/**/*.int-spec.ts'], {
  globalSetup: '<rootDir>/tools/jest/int-global-setup.cjs',
  globalTeardown: '<rootDir>/tools/jest/int-global-teardown.cjs',
  testTimeout: 60000,
});
