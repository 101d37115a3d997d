module.exports = async function teardown() {
  for (const p of globalThis.__RAPPORT_E2E_PROCS__ ?? []) {
    if (p.exitCode === null) {
      p.kill('SIGTERM');
      await new Promise((r) => {
        const timer = setTimeout(() => {
          p.kill('SIGKILL');
          r();
        }, 10_000);
        p.once('exit', () => {
          clearTimeout(timer);
          r();
        });
      });
    }
  }
  await globalThis.__RAPPORT_E2E_MAILDEV__?.stop();
  await globalThis.__RAPPORT_E2E_PG__?.stop();
};
