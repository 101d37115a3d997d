import { EventEmitter } from 'node:events';
import type { Queue } from 'bullmq';
import { ScheduleKeeper } from './schedule-keeper';
import { SCHEDULES } from './schedules';

/**
 * The keeper's control flow when a check hangs, which no real store does on cue: a stand-in queue
 * keeps schedulers in a Map and can be told to never answer. The stores themselves are covered by
 * schedules.int-spec.ts on PostgreSQL and Redis.
 */
class StandInQueue extends EventEmitter {
  readonly schedulers = new Map<string, unknown>();
  private readonly backend = new EventEmitter();
  hang = false;
  constructor(readonly name: string) {
    super();
  }
  getBackend() {
    return this.backend;
  }
  private answer<T>(value: () => T): Promise<T> {
    return this.hang ? new Promise<T>(() => undefined) : Promise.resolve(value());
  }
  upsertJobScheduler(id: string) {
    return this.answer(() => void this.schedulers.set(id, { key: id }));
  }
  removeJobScheduler(id: string) {
    return this.answer(() => this.schedulers.delete(id));
  }
  getJobScheduler(id: string) {
    return this.answer(() => this.schedulers.get(id));
  }
}

describe('ScheduleKeeper when a check hangs', () => {
  it('gives the hung check up, says so once, and recreates the schedulers on a later check', async () => {
    const queues = new Map<string, StandInQueue>();
    const queueFor = (name: string) => {
      if (!queues.has(name)) queues.set(name, new StandInQueue(name));
      return queues.get(name) as unknown as Queue;
    };
    const logs: Record<string, unknown>[] = [];
    const keeper = new ScheduleKeeper(queueFor as never, { checkEveryMs: 3_600_000, retryEveryMs: 20, checkTimeoutMs: 50, log: (e) => logs.push(e) });
    await keeper.start();
    expect(logs.map((l) => l['msg'])).toEqual(['job schedulers declared']);

    // The store loses its data and then stops answering, as a connection dropped without a word does.
    for (const q of queues.values()) {
      q.schedulers.clear();
      q.hang = true;
    }
    await keeper.check('reconnect');
    expect(logs.filter((l) => l['msg'] === 'job scheduler check did not finish in time; retrying')).toHaveLength(1);

    // The store answers again: the retry, not the hour-away periodic check, brings every scheduler back.
    for (const q of queues.values()) q.hang = false;
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && SCHEDULES.some((s) => !queues.get(s.queue)!.schedulers.has(s.id))) await new Promise((r) => setTimeout(r, 10));
    expect(SCHEDULES.filter((s) => !queues.get(s.queue)!.schedulers.has(s.id))).toEqual([]);
    expect(logs.filter((l) => l['msg'] === 'job scheduler check did not finish in time; retrying')).toHaveLength(1);
    expect(logs.some((l) => l['msg'] === 'job scheduler check succeeded again')).toBe(true);
    await keeper.stop();
  });
});
