#!/usr/bin/env node
// `node tools/profile-api.mjs`: where the API's own time goes on its common paths (issue 20).
// The built API runs under `node --cpu-prof` on the demo data; 32 clients drive each scenario for
// PROFILE_SECONDS (default 10) after a warm-up, one scenario at a time; the profile is then cut
// into the scenarios' windows. Prints, per scenario, requests/s and the API's CPU time per request
// (busy samples ÷ requests), then the packages and functions that time went to. The .cpuprofile
// stays in tmp/profile-api/prof/ for Chrome DevTools. Build first (`node tools/build.mjs`).
import fs from 'node:fs';
import path from 'node:path';
import { startBenchStack } from './lib/bench-stack.mjs';
import { measureLoad } from './lib/load.mjs';
import { waitForHttp } from './lib/processes.mjs';
import { monotonicUs, summariseProfile } from './lib/cpu-profile.mjs';
import { ACCOUNT_360_QUERY as ACCOUNT_360, CONTACTS_QUERY as CONTACTS, SEARCH_QUERY as SEARCH } from './lib/sales-queries.mjs';

const root = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
const CLIENTS = Number(process.env.PROFILE_CLIENTS ?? 32);
const ONLY = process.argv.slice(2);
const port = 3996;
const base = `http://localhost:${port}`;
const profDir = path.join(root, 'tmp', 'profile-api-prof');
fs.rmSync(profDir, { recursive: true, force: true });
// PROFILE_NODE_ARGS adds node options to the API's (e.g. --trace-gc; its output goes to tmp/profile-api/servers.log).
// One API process, so the one profile holds all of its work (the stack otherwise runs one per core).
process.env.API_PROCESSES ??= '1';
process.env.BENCH_API_NODE_ARGS = `${process.env.PROFILE_NODE_ARGS ?? ''} --cpu-prof --cpu-prof-dir=${profDir}`;

const stack = await startBenchStack({ root, name: 'profile-api', port, pgPort: 54378, database: 'rapport_profile' });
const windows = [];
try {
  await waitForHttp(`${base}/api/ready`, 60_000);
  const rep = await login('rep1@rapport.dev');
  const accounts = (await gql(rep, '{ accounts(first: 20) { edges { node { id } } } }')).accounts.edges.map((e) => e.node.id);
  const lead = (n) => ({ firstName: 'Profile', lastName: `Lead ${n}`, email: `profile-${n}@load.example`, company: 'Profile Co', source: 'web', message: 'price please' });
  let seq = 0;
  const scenarios = [
    ['floor', () => gql(rep, '{ __typename }')],
    ['contacts list (50 rows, sorted, totalCount)', () => gql(rep, CONTACTS, { first: 50, orderBy: [{ field: 'LAST_NAME', direction: 'ASC' }] })],
    ['account 360', () => gql(rep, ACCOUNT_360, { id: accounts[seq++ % accounts.length] })],
    ['global search (English)', () => gql(rep, SEARCH, { query: seq++ % 2 ? 'acme' : 'chen', first: 10 })],
    ['global search (Chinese)', () => gql(rep, SEARCH, { query: seq++ % 2 ? '王' : '科技', first: 10 })],
    ['web-to-lead accept', () => post('/api/public/leads', lead(seq++))],
  ].filter(([name]) => ONLY.length === 0 || ONLY.some((o) => name.includes(o)));
  for (const [name, fn] of scenarios) {
    await measureLoad(fn, { concurrency: CLIENTS, ms: 2_000 });
    const fromUs = monotonicUs();
    const r = await measureLoad(fn, { concurrency: CLIENTS, ms: SECONDS * 1000 });
    windows.push({ name, fromUs, toUs: monotonicUs(), ...r });
    console.log(`${name}: ${Math.round(r.rps)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, errors ${r.errors}`);
  }
} finally {
  await stack.stop();
}

const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(fs.readFileSync(path.join(profDir, file), 'utf8'));
const lines = [`CPU profile of the API (${CLIENTS} clients, ${SECONDS} s per scenario; ${path.relative(root, path.join(profDir, file))})`, ''];
const floor = windows.find((w) => w.name === 'floor');
for (const w of windows) {
  const s = summariseProfile(profile, { fromUs: w.fromUs, toUs: w.toUs, top: 8 });
  const perRequest = s.busyMs / w.requests;
  lines.push(`## ${w.name}: ${Math.round(w.rps)} req/s${floor && w !== floor ? ` (${(w.rps / floor.rps).toFixed(3)} of the floor)` : ''}, API CPU ${perRequest.toFixed(2)} ms/request, busy ${Math.round((100 * s.busyMs) / (s.busyMs + s.idleMs))} %`);
  lines.push(`   by package: ${s.owners.map((o) => `${o.name} ${(100 * o.share).toFixed(1)} %`).join(', ')}`);
  for (const f of s.functions) lines.push(`   ${(100 * f.share).toFixed(1).padStart(5)} %  ${f.name}`);
  lines.push('');
}
fs.writeFileSync(path.join(root, 'tmp', 'profile-api.md'), lines.join('\n'));
fs.writeFileSync(path.join(profDir, 'windows.json'), JSON.stringify(windows));
console.log(`\n${lines.join('\n')}`);

async function login(email) {
  const res = await post('/graphql', { query: `mutation { login(input: { email: "${email}", password: "rapport-demo" }) { user { id } } }` }, {}, true);
  return res.headers.get('set-cookie').split(';')[0];
}

async function post(url, body, headers = {}, raw = false) {
  const res = await fetch(base + url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (raw) return res;
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text);
}

async function gql(cookie, query, variables) {
  const body = await post('/graphql', { query, variables }, { cookie });
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data;
}
