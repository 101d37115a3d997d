/**
 * Fixed-window counter per key, in process memory. Public endpoints call it before touching the
 * database, so a flood costs no SQL. Per replica: behind N replicas the effective limit is N × max,
 * which is fine for spam control (the ingress should cap harder abuse).
 */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly windowMs = 60_000,
  ) {}

  /** true when the call is allowed. */
  hit(key: string, now = Date.now()): boolean {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.counts = new Map();
    }
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    return n <= this.max;
  }
}
