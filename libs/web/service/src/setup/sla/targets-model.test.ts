import { describe, expect, it } from 'vitest';
import { durationOf, minutesOf, targetProblems, targetsDraft, targetsInput } from './targets-model';

describe('SLA targets model', () => {
  it('turns minutes into hours + minutes and back', () => {
    expect(durationOf(150)).toEqual({ hours: 2, minutes: 30 });
    expect(durationOf(45)).toEqual({ hours: 0, minutes: 45 });
    expect(durationOf(null)).toEqual({ hours: null, minutes: null });
    expect(minutesOf({ hours: 8, minutes: null })).toBe(480);
    expect(minutesOf({ hours: null, minutes: 45 })).toBe(45);
    expect(minutesOf({ hours: null, minutes: null })).toBeNull();
  });

  it('sends only the priorities with a target, lowest first, in minutes', () => {
    const draft = targetsDraft([{ __typename: 'PriorityTargets', priority: 'URGENT', firstResponse: 30, nextResponse: null, resolution: 480 }]);
    draft.LOW.resolution = { hours: 40, minutes: 0 };
    expect(targetsInput(draft)).toEqual([
      { priority: 'LOW', firstResponse: null, nextResponse: null, resolution: 2400 },
      { priority: 'URGENT', firstResponse: 30, nextResponse: null, resolution: 480 },
    ]);
  });

  it('names the problems the API would refuse', () => {
    const draft = targetsDraft();
    draft.LOW.firstResponse = { hours: 1, minutes: 75 };
    draft.NORMAL.firstResponse = { hours: 0, minutes: 0 };
    draft.HIGH.resolution = { hours: 9000, minutes: 0 };
    draft.URGENT.firstResponse = { hours: 9, minutes: 0 };
    draft.URGENT.resolution = { hours: 8, minutes: 0 };
    expect(targetProblems(draft)).toEqual({
      'LOW.firstResponse': 'minutesOver59',
      'NORMAL.firstResponse': 'zero',
      'HIGH.resolution': 'overYear',
      'URGENT.firstResponse': 'firstAfterResolution',
    });
  });
});
