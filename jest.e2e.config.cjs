// API and browser end-to-end tests against the built app, booted once for the run: `*.e2e.ts`.
module.exports = require('./tools/jest/base.cjs')('e2e', ['<rootDir>/apps/**/*.e2e.ts'], {
  globalSetup: '<rootDir>/tools/jest/e2e-global-setup.cjs',
  globalTeardown: '<rootDir>/tools/jest/e2e-global-teardown.cjs',
  testTimeout: 90000,
  maxWorkers: 1,
  testEnvironment: '<rootDir>/tools/jest/e2e-environment.cjs',
});
