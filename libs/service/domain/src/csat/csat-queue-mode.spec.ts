import { csatQueueModeProblems, effectiveCsatMode, surveyDecision } from './csat-rules';

const Q1 = '0190a3c4-1111-7222-8333-444455556666';
const Q2 = '0190a3c4-1111-7222-8333-444455556667';

describe('per-queue survey mode', () => {
  it('follows the queue when it sets a mode, else the company', () => {
    expect(effectiveCsatMode('every', 'off')).toBe('off');
    expect(effectiveCsatMode('off', 'every')).toBe('every');
    expect(effectiveCsatMode('every', 'first')).toBe('first');
    expect(effectiveCsatMode('first', null)).toBe('first');
    expect(effectiveCsatMode('every', undefined)).toBe('every');
  });

  it('decides the survey with the effective mode', () => {
    const facts = { survey: null, earlierResolutions: 0, hasContact: true };
    expect(surveyDecision({ mode: effectiveCsatMode('every', 'off') }, facts)).toBe('none');
    expect(surveyDecision({ mode: effectiveCsatMode('off', 'every') }, facts)).toBe('invite');
    expect(surveyDecision({ mode: effectiveCsatMode('every', 'first') }, { ...facts, earlierResolutions: 1 })).toBe('none');
  });

  it('rejects a queue listed twice and an unknown mode, accepts inheriting', () => {
    expect(csatQueueModeProblems([{ queueId: Q1, mode: 'off' }, { queueId: Q2, mode: null }])).toEqual([]);
    expect(csatQueueModeProblems([{ queueId: Q1, mode: 'off' }, { queueId: Q1, mode: 'every' }, { queueId: Q2, mode: 'sometimes' as never }])).toEqual([
      { path: 'input.queueModes.1.queueId', message: 'is listed twice' },
      { path: 'input.queueModes.2.mode', message: 'must be one of: off, every, first' },
    ]);
  });
});
