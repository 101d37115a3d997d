import { describe, expect, it } from 'vitest';
import { barSegments } from './source-bars';

describe('barSegments', () => {
  it('splits a source into breached, at risk and on track that add up to what is open', () => {
    expect(barSegments({ open: 5, atRisk: 2, breached: 1 })).toEqual({ breached: 1, atRisk: 2, onTrack: 2 });
    expect(barSegments({ open: 2, atRisk: 3, breached: 1 })).toEqual({ breached: 1, atRisk: 1, onTrack: 0 });
  });
});
