const fs = require('node:fs');

module.exports = async function teardown() {
  const pidFile = globalThis.__RAPPORT_REDIS_PID__;
  if (pidFile && fs.existsSync(pidFile)) {
    try {
      process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGTERM');
    } catch {
      /* already stopped */
    }
  }
  await globalThis.__RAPPORT_MAILDEV__?.stop();
  await globalThis.__RAPPORT_PG__?.stop();
};
