import { ErrorBurstFilter } from './queue-error-log';

describe('ErrorBurstFilter', () => {
  it('logs the first error of an outage per queue and stays quiet for the rest of it', () => {
    const f = new ErrorBurstFilter(1000);
    expect(f.shouldLog('leads', 0)).toBe(true);
    expect(f.shouldLog('leads', 200)).toBe(false);
    expect(f.shouldLog('platform', 250)).toBe(true);
    // Errors keep arriving every 500 ms: still the same outage.
    expect(f.shouldLog('leads', 700)).toBe(false);
    expect(f.shouldLog('leads', 1200)).toBe(false);
  });

  it('logs again once a quiet window has passed: a new outage', () => {
    const f = new ErrorBurstFilter(1000);
    expect(f.shouldLog('leads', 0)).toBe(true);
    expect(f.shouldLog('leads', 1001)).toBe(true);
  });
});
