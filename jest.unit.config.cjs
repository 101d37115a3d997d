// Unit tests: pure rules, no database (`*.spec.ts` beside the code).
module.exports = require('./tools/jest/base.cjs')('unit', ['<rootDir>/{apps,libs}/**/*.spec.ts']);
