import { describe, expect, it } from 'vitest';
import { parseRange, presetOf, presetRange } from './period';

// A local wall-clock day: the presets are calendar days where the viewer is.
const NOW = new Date(2026, 4, 31, 23, 30);

describe('dashboard period', () => {
  it('turns presets into inclusive days', () => {
    expect(presetRange('thisYear', NOW)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetRange('lastYear', NOW)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetRange('thisQuarter', NOW)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(presetRange('thisQuarter', new Date(2024, 1, 10))).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(presetRange('last12Months', NOW)).toEqual({ from: '2025-06-01', to: '2026-05-31' });
  });

  it('reads a range from the address only when it is two real days in order', () => {
    expect(parseRange('2026-02-01', '2026-02-28')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(parseRange('2026-02-01', '2026-02-30')).toBeNull();
    expect(parseRange('2026-03-01', '2026-02-01')).toBeNull();
    expect(parseRange('', '2026-02-01')).toBeNull();
    expect(parseRange('2026-1-1', '2026-02-01')).toBeNull();
  });

  it('recognises a preset’s range and calls anything else custom', () => {
    expect(presetOf({ from: '2025-01-01', to: '2025-12-31' }, NOW)).toBe('lastYear');
    expect(presetOf({ from: '2026-04-01', to: '2026-06-30' }, NOW)).toBe('thisQuarter');
    expect(presetOf({ from: '2026-04-02', to: '2026-06-30' }, NOW)).toBe('custom');
  });
});
