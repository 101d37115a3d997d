// Child-process bookkeeping for `npm start`: pid files let a new start clean up servers left
// behind when the previous one was killed with SIGKILL (its children are orphaned, not killed).
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

export function killStale(runDir, log) {
  if (!fs.existsSync(runDir)) return;
  for (const file of fs.readdirSync(runDir).filter((f) => f.endsWith('.pid'))) {
    const pid = Number(fs.readFileSync(path.join(runDir, file), 'utf8'));
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      /* not running */
    }
    if (cmdline.includes('rapport') || cmdline.includes('dist/server') || cmdline.includes('vite')) {
      log(`stopping ${file.replace('.pid', '')} left over from a previous run (pid ${pid})`);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    fs.rmSync(path.join(runDir, file), { force: true });
  }
}

/** Starts a named child with prefixed output and records its pid. */
export function startChild(name, command, args, { env, runDir, cwd, onExit }) {
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  fs.mkdirSync(runDir, { recursive: true });
  fs.writeFileSync(path.join(runDir, `${name}.pid`), String(child.pid));
  const prefix = (stream, out) => {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    fs.rmSync(path.join(runDir, `${name}.pid`), { force: true });
    onExit?.(code, signal);
  });
  return child;
}

export async function waitForHttp(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
    child.on('error', reject);
  });
}
