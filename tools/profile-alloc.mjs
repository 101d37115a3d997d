#!/usr/bin/env node
// `node tools/profile-alloc.mjs`: what the API allocates per contacts page (issue 20, docs/adr/0027).
// The built API runs on the demo data with the inspector open; after a warm-up, V8's sampling heap
// profiler records every allocation (objects freed by scavenges included) while 32 clients ask for
// the contacts page for PROFILE_SECONDS (default 8). Prints KB allocated per request, by package and
// by function. Garbage collection is a fifth of a list page's CPU: this says who makes the garbage.
// Build first (`node tools/build.mjs`). One process, as tools/profile-api.mjs.
import path from 'node:path';
import WebSocket from 'ws';
import { startBenchStack } from './lib/bench-stack.mjs';
import { measureLoad } from './lib/load.mjs';
import { waitForHttp } from './lib/processes.mjs';
import { CONTACTS_QUERY } from './lib/sales-queries.mjs';

const root = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 8);
const port = 3996;
const inspectPort = 9339;
const base = `http://localhost:${port}`;
process.env.API_PROCESSES = '1';
process.env.BENCH_API_NODE_ARGS = `--inspect=127.0.0.1:${inspectPort}`;

const stack = await startBenchStack({ root, name: 'profile-api', port, pgPort: 54378, database: 'rapport_profile' });
let result;
try {
  await waitForHttp(`${base}/api/ready`, 60_000);
  const login = await post({ query: 'mutation { login(input: { email: "rep1@rapport.dev", password: "rapport-demo" }) { user { id } } }' });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const page = () => post({ query: CONTACTS_QUERY, variables: { first: 50, orderBy: [{ field: 'LAST_NAME', direction: 'ASC' }] } }, cookie).then((r) => r.text());
  await measureLoad(page, { concurrency: 32, ms: 3_000 });
  const inspector = await connect();
  await inspector.send('HeapProfiler.enable');
  await inspector.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const load = await measureLoad(page, { concurrency: 32, ms: SECONDS * 1000 });
  const { profile } = await inspector.send('HeapProfiler.stopSampling');
  inspector.close();
  result = { requests: load.requests, profile };
} finally {
  await stack.stop();
}

const byPackage = new Map();
const byFunction = new Map();
let total = 0;
(function walk(node) {
  const { url, functionName, lineNumber } = node.callFrame;
  const inModules = url.split('node_modules/');
  const pkg = inModules.length > 1 ? inModules.at(-1).split('/').slice(0, inModules.at(-1).startsWith('@') ? 2 : 1).join('/') : (/dist\/server\/((?:apps|libs)\/[^/]+(?:\/[^/]+)?)/.exec(url)?.[1] ?? (url ? url.split('/').at(-1) : '(native)'));
  const fn = `${functionName || '(anonymous)'} ${pkg}${url ? `:${lineNumber + 1}` : ''}`;
  total += node.selfSize;
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + node.selfSize);
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child);
})(result.profile.head);
const kb = (bytes) => `${(bytes / result.requests / 1024).toFixed(1).padStart(8)} KB`;
console.log(`contacts page (50 rows): ${kb(total).trim()} allocated per request over ${result.requests} requests`);
console.log('by package:');
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${kb(bytes)}  ${name}`);
console.log('by function:');
for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${kb(bytes)}  ${name}`);

function post(body, cookie) {
  return fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
}

/** A Chrome DevTools Protocol session with the API's inspector. */
async function connect() {
  const [target] = await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json();
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const pending = new Map();
  let seq = 0;
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    pending.get(msg.id)?.(msg.result);
    pending.delete(msg.id);
  });
  return {
    send: (method, params = {}) => new Promise((resolve) => {
      pending.set(++seq, resolve);
      ws.send(JSON.stringify({ id: seq, method, params }));
    }),
    close: () => ws.close(),
  };
}
