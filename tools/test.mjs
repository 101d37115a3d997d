#!/usr/bin/env node
// `npm test`: every check on real services, then one line `N passed, N failed`.
//   static: lint (with Nx module boundaries), type checks, schema.gql and generated hooks current
//   unit (jest) → integration on real PostgreSQL + Redis (jest) → web (vitest)
//   build → API and browser end-to-end against the built app (jest + playwright-core + Chromium)
// Static checks and builds count as one test each; jest/vitest counts come from their JSON reports.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'tmp', 'reports');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const results = [];
const started = Date.now();

const want = (stage) => only.length === 0 || only.includes(stage);
const banner = (text) => console.log(`\n\x1b[1m▶ ${text}\x1b[0m`);

function sh(command, args, options = {}) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', ...options.env } });
  return r.status === 0;
}

function check(name, fn) {
  banner(name);
  const t = Date.now();
  let ok = false;
  try {
    ok = fn();
  } catch (err) {
    console.error(err);
  }
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - t) / 1000 });
}

function jestStage(name, config, extraArgs = []) {
  banner(name);
  const t = Date.now();
  const out = path.join(reports, `${name}.json`);
  fs.rmSync(out, { force: true });
  const ok = sh(process.execPath, ['node_modules/jest/bin/jest.js', '-c', config, '--json', `--outputFile=${out}`, '--ci', ...extraArgs]);
  results.push({ name, ...countJest(out, ok), seconds: (Date.now() - t) / 1000 });
}

/** Each failed test, by file and name with its first message line, so the end of the log (all a CI may show) names them. */
const failures = [];
function noteFailures(r) {
  const root = process.cwd() + path.sep;
  for (const suite of r.testResults ?? []) {
    const file = String(suite.name ?? suite.testFilePath ?? '').replace(root, '');
    const failedTests = (suite.assertionResults ?? []).filter((a) => a.status === 'failed');
    // A file that failed as a whole (load error, hook, crashed worker): its heading says nothing, so the lines under it.
    if (failedTests.length === 0 && suite.status === 'failed') failures.push(`${file}: ${leadLines(suite.message)}`);
    for (const a of failedTests) failures.push(`${file} › ${a.fullName ?? a.title}: ${firstLine((a.failureMessages ?? [])[0])}`);
  }
}
// eslint-disable-next-line no-control-regex -- strips the terminal colours jest puts in its messages
const lines = (text) => String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
const firstLine = (text) => lines(text)[0]?.slice(0, 300) ?? '';
const leadLines = (text) => lines(text).filter((l) => !l.startsWith('●')).slice(0, 8).join(' ⏎ ').slice(0, 1200);

/** Jest's summary isn't in the CI's format: read its JSON. A file that failed to load counts as a failure. */
function countJest(file, exitedOk) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1 };
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  noteFailures(r);
  const failed = r.numFailedTests + r.numRuntimeErrorTestSuites + (r.numTotalTests === 0 ? 1 : 0);
  return { passed: r.numPassedTests, failed: failed || (exitedOk ? 0 : 1) };
}

function vitestStage() {
  banner('web (vitest)');
  const t = Date.now();
  const out = path.join(reports, 'vitest.json');
  fs.rmSync(out, { force: true });
  const ok = sh(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'apps/web/vitest.config.ts']);
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    noteFailures(r);
    passed = r.numPassedTests;
    failed = r.numFailedTests + (r.numTotalTests === 0 ? 1 : 0) + (ok || r.numFailedTests ? 0 : 1);
  }
  results.push({ name: 'web', passed, failed, seconds: (Date.now() - t) / 1000 });
}

/**
 * Debian packages the tests need: Chromium for browser tests, redis-server for the Redis queue
 * backend, and CJK fonts so Chinese screens (and the Chinese demo names on English screens) render
 * as text rather than boxes in the browser tests' screenshots.
 */
function ensureSystemPackages() {
  const missing = [
    ['chromium', '/usr/bin/chromium'],
    ['redis-server', '/usr/bin/redis-server'],
    ['fonts-noto-cjk', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'],
    // The real IMAP server the inbound-mail poller is tested against (apps/api/src/testing/dovecot.ts).
    ['dovecot-imapd', '/usr/sbin/dovecot'],
  ].filter(([, bin]) => !fs.existsSync(bin));
  if (missing.length === 0) return true;
  const names = missing.map(([n]) => n);
  console.log(`installing ${names.join(', ')} with apt-get…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => spawnSync(sudo.length ? 'sudo' : args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  return run(['apt-get', 'update', '-qq']) && run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...names]);
}

fs.mkdirSync(reports, { recursive: true });
ensureDependencies(root);

if (want('static')) {
  check('system packages (chromium, redis-server, fonts-noto-cjk, dovecot-imapd)', ensureSystemPackages);
  check('lint (eslint + nx module boundaries)', () => sh('npx', ['nx', 'show', 'projects']) && sh('npx', ['eslint', '.', '--max-warnings=0']));
  check('typecheck server', () => sh('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']));
  check('typecheck web', () => sh('npx', ['tsc', '-p', 'apps/web/tsconfig.json', '--noEmit']));
  check('schema.gql is current', () => sh(process.execPath, ['tools/run-ts.mjs', 'tools/print-schema.ts', '--check']));
  check('generated GraphQL hooks are current', () => {
    const file = path.join(root, 'libs/web/data-access/src/generated/graphql.ts');
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (!sh('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'])) return false;
    const same = before === fs.readFileSync(file, 'utf8');
    if (!same) console.error('libs/web/data-access/src/generated/graphql.ts was stale: run `npm run codegen` and commit it.');
    return same;
  });
}
if (want('unit')) jestStage('unit', 'jest.unit.config.cjs');
if (want('integration')) jestStage('integration', 'jest.int.config.cjs', ['--maxWorkers=2']);
if (want('web')) vitestStage();
if (want('e2e')) {
  check('build (server + web)', () => sh(process.execPath, ['tools/build.mjs']));
  if (results.at(-1).failed === 0) jestStage('e2e', 'jest.e2e.config.cjs', ['--runInBand']);
}

if (failures.length) {
  console.log('\n\x1b[1mFailed tests\x1b[0m');
  for (const f of failures.slice(0, 30)) console.log(`  ✗ ${f}`);
  if (failures.length > 30) console.log(`  … and ${failures.length - 30} more`);
}
console.log('\n\x1b[1mSummary\x1b[0m');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(42)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)} s`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
