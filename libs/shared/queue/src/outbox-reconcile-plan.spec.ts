import { judgeOutboxRow, MAX_REDISPATCHES, QueueJobState, reconciliationLogLine, tally } from './outbox-reconcile-plan';

const found = (state: QueueJobState, carries = true, failedReason?: string) => ({ kind: 'found' as const, state, carries, failedReason });
const fresh = { redispatches: 0 };

describe('judgeOutboxRow', () => {
  it.each<QueueJobState>(['waiting', 'prioritized', 'delayed', 'active', 'waiting-children'])('leaves a row whose job is %s alone, however long it takes', (state) => {
    expect(judgeOutboxRow(fresh, found(state))).toEqual({ action: 'wait' });
    expect(judgeOutboxRow({ redispatches: MAX_REDISPATCHES }, found(state))).toEqual({ action: 'wait' });
  });

  it('re-sends a row whose job the queue store no longer has', () => {
    expect(judgeOutboxRow(fresh, { kind: 'missing' })).toEqual({ action: 'redispatch' });
    expect(judgeOutboxRow(fresh, found('unknown'))).toEqual({ action: 'redispatch' });
    expect(judgeOutboxRow({ redispatches: MAX_REDISPATCHES - 1 }, { kind: 'missing' })).toEqual({ action: 'redispatch' });
  });

  it('re-sends a row that the job under its id does not carry, whatever that job is doing', () => {
    for (const state of ['waiting', 'active', 'completed', 'failed'] as QueueJobState[]) {
      expect(judgeOutboxRow(fresh, found(state, false))).toEqual({ action: 'redispatch' });
    }
  });

  it('gives up on a row whose jobs vanished too often, and says why', () => {
    const verdict = judgeOutboxRow({ redispatches: MAX_REDISPATCHES }, { kind: 'missing' });
    expect(verdict).toEqual({ action: 'abandon', reason: expect.stringContaining(`job lost ${MAX_REDISPATCHES + 1} times`) });
    expect(judgeOutboxRow({ redispatches: 1 }, { kind: 'missing' }, 1).action).toBe('abandon');
  });

  it('records what a finished job did: completed is done, failed is failed (never retried again)', () => {
    expect(judgeOutboxRow(fresh, found('completed'))).toEqual({ action: 'acknowledge' });
    expect(judgeOutboxRow(fresh, found('failed', true, 'SMTP refused'))).toEqual({ action: 'fail', reason: 'job failed permanently: SMTP refused' });
    expect(judgeOutboxRow({ redispatches: MAX_REDISPATCHES }, found('failed'))).toEqual({ action: 'fail', reason: 'job failed permanently: no reason recorded' });
  });

  it('does nothing when the queue store could not be asked', () => {
    expect(judgeOutboxRow(fresh, { kind: 'unreachable' })).toEqual({ action: 'wait' });
    expect(judgeOutboxRow({ redispatches: 99 }, { kind: 'unreachable' })).toEqual({ action: 'wait' });
  });
});

describe('reconciliation counts and log line', () => {
  it('counts per job name and outcome', () => {
    expect(
      tally([
        { jobName: 'assign-lead', outcome: 'redispatched' },
        { jobName: 'assign-lead', outcome: 'redispatched' },
        { jobName: 'send-notification-email', outcome: 'acknowledged' },
      ]),
    ).toEqual({ 'assign-lead': { redispatched: 2 }, 'send-notification-email': { acknowledged: 1 } });
  });

  it('logs only a reconciliation that did something, louder the worse it is', () => {
    const base = { checked: 10, jobs: 2 };
    expect(reconciliationLogLine({ ...base, outcomes: {} })).toBeNull();
    expect(reconciliationLogLine({ ...base, outcomes: { 'score-lead': { acknowledged: 1 } } })?.level).toBe('info');
    expect(reconciliationLogLine({ ...base, outcomes: { 'assign-lead': { redispatched: 536 } } })).toEqual({
      level: 'warn',
      msg: 'outbox reconciled',
      checked: 10,
      jobs: 2,
      outcomes: { 'assign-lead': { redispatched: 536 } },
    });
    expect(reconciliationLogLine({ ...base, outcomes: { 'assign-lead': { redispatched: 1 }, 'import-leads': { abandoned: 1 } } })?.level).toBe('error');
  });
});
