import { explainDispatch, type DispatchExplanation } from '@rapport/service-domain';
import { routingOf } from './case-history.service';

const stored = (e: DispatchExplanation) => JSON.parse(JSON.stringify({ ...e, text: explainDispatch(e), ownerId: e.chosen.id })) as Record<string, unknown>;

describe('the routing explanation of a routed history entry', () => {
  it('reads what a round stores', () => {
    const e: DispatchExplanation = {
      queueId: 'q-2',
      queueName: 'General',
      overflowFrom: { id: 'q-1', name: 'Solar' },
      distribution: 'least_busy',
      chosen: { id: 'u-1', name: 'Windy' },
      channel: 'email',
      load: 2,
      capacity: 5,
      waitedSeconds: 130,
      skipped: [
        { id: 'u-2', name: 'Bo', why: 'at_capacity' },
        { id: 'u-3', name: 'Chen', why: 'lacks_skill' },
      ],
    };
    expect(routingOf(stored(e))).toEqual({
      queueId: 'q-2',
      queueName: 'General',
      overflowFromName: 'Solar',
      distribution: 'least_busy',
      agentId: 'u-1',
      agentName: 'Windy',
      channel: 'email',
      load: 2,
      capacity: 5,
      waitedSeconds: 130,
      passedOver: [
        { userId: 'u-2', name: 'Bo', reason: 'at_capacity' },
        { userId: 'u-3', name: 'Chen', reason: 'lacks_skill' },
      ],
    });
  });

  it('reads an older or damaged entry without guessing: missing parts are null, unknown reasons left out', () => {
    expect(routingOf({ ownerId: 'u-9', distribution: 'sideways', channel: 'fax', skipped: [{ id: 'u-2', name: 'Bo', why: 'on_holiday' }, { name: 'No id', why: 'language' }, null, 'x'], load: 'three' })).toEqual({
      queueId: null,
      queueName: '',
      overflowFromName: null,
      distribution: null,
      agentId: 'u-9',
      agentName: null,
      channel: null,
      load: null,
      capacity: null,
      waitedSeconds: null,
      passedOver: [],
    });
  });
});
