import { rateVerdict } from './rate-limiter';

describe('rateVerdict', () => {
  const start = new Date('2026-12-04T10:00:00.000Z');
  const at = (ms: number) => new Date(start.getTime() + ms);

  it('allows up to the limit and refuses beyond it', () => {
    expect(rateVerdict(1, start, at(0), 5).allowed).toBe(true);
    expect(rateVerdict(5, start, at(30_000), 5).allowed).toBe(true);
    expect(rateVerdict(6, start, at(30_000), 5).allowed).toBe(false);
  });

  it('tells a refused client when its own window ends, rounded up to whole seconds', () => {
    expect(rateVerdict(6, start, at(0), 5)).toEqual({ allowed: false, retryAfterSeconds: 60, resetInMs: 60_000 });
    expect(rateVerdict(6, start, at(59_001), 5)).toEqual({ allowed: false, retryAfterSeconds: 1, resetInMs: 999 });
    expect(rateVerdict(9, start, at(20_500), 5, 30_000)).toEqual({ allowed: false, retryAfterSeconds: 10, resetInMs: 9_500 });
  });

  it('never says Retry-After: 0, even at the very end of a window', () => {
    expect(rateVerdict(6, start, at(60_000), 5).retryAfterSeconds).toBe(1);
    expect(rateVerdict(6, start, at(60_000), 5).resetInMs).toBe(0);
  });
});
