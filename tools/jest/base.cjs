// Shared jest settings: SWC transform (decorators + metadata), tsconfig paths, JSON report per run.
const path = require('node:path');
const root = path.resolve(__dirname, '..', '..');
const { compilerOptions } = require(path.join(root, 'tsconfig.base.json'));

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/\\^$*+?.()|[\]{}-]/g, '\\$&')}$`] = path.join(root, target);
}
// Deep imports of a lib are not allowed; only the index is mapped.

module.exports = function config(name, testMatch, extra = {}) {
  return {
    displayName: name,
    rootDir: root,
    testEnvironment: 'node',
    testMatch,
    // Anchored at the root: the clone itself may live under /tmp (CI does that).
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/tmp/', '<rootDir>/.data/'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
            keepClassNames: true,
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    moduleNameMapper,
    ...extra,
  };
};
