// Summaries of a V8 CPU profile (`node --cpu-prof`) over a time window: where the API's own time
// goes, by package and by function. The window is in the monotonic clock the profile's sample
// times use (CLOCK_MONOTONIC on Linux, the same as `process.hrtime` in the process that measured).

/** The package (or app lib) a frame's script belongs to. */
function ownerOf(callFrame) {
  const url = callFrame.url || '';
  if (!url) return callFrame.functionName ? `(${callFrame.functionName.replace(/[()]/g, '')})` : '(native)';
  const inModules = url.split('node_modules/');
  if (inModules.length > 1) {
    const rest = inModules.at(-1).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const app = /dist\/server\/((?:apps|libs)\/[^/]+(?:\/[^/]+)?)/.exec(url);
  if (app) return `rapport:${app[1]}`;
  if (url.startsWith('node:')) return 'node (core)';
  return url.split('/').slice(-2).join('/');
}

/**
 * Self time inside [fromUs, toUs] (microseconds, the profile's clock): total, busy (not idle),
 * and the top packages and functions with their share of the busy time.
 */
export function summariseProfile(profile, { fromUs = -Infinity, toUs = Infinity, top = 10 } = {}) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byOwner = new Map();
  const byFunction = new Map();
  let at = profile.startTime;
  let busy = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < fromUs || at > toUs) continue;
    const frame = nodes.get(profile.samples[i]).callFrame;
    if (frame.functionName === '(idle)') {
      idle += delta;
      continue;
    }
    busy += delta;
    const owner = ownerOf(frame);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + delta);
    const fn = `${frame.functionName || '(anonymous)'} ${owner}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + delta);
  }
  const rank = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, share: busy ? us / busy : 0 }));
  return { busyMs: busy / 1000, idleMs: idle / 1000, owners: rank(byOwner), functions: rank(byFunction) };
}

/** The monotonic clock in the profile's unit (µs). */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
