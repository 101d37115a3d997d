// Runs test files in the order CI printed them, to reproduce a failure that depends on what ran
// before (the e2e files share one database). Usage:
//   JEST_ORDER=accessibility,quotes-forecast,sales node node_modules/jest/bin/jest.js \
//     -c jest.e2e.config.cjs --runInBand --testSequencer ./tools/jest/ordered-sequencer.cjs <files>
// Each JEST_ORDER entry is matched against the file's base name; unlisted files run last.
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

class OrderedSequencer extends Sequencer {
  sort(tests) {
    const order = (process.env.JEST_ORDER ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const rank = (t) => {
      const i = order.findIndex((name) => path.basename(t.path).startsWith(`${name}.`));
      return i === -1 ? order.length : i;
    };
    return [...tests].sort((a, b) => rank(a) - rank(b));
  }
}
module.exports = OrderedSequencer;
