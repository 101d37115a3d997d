import fc from 'fast-check';
import { planDispatch, queuesFor, whyNot, type AgentFacts, type QueueFacts, type WaitingItem } from './dispatch-plan';
import { caseLanguage, classifyCase, criteriaProblems, detectLanguage, type CaseRoutingFacts } from './queue-rules';

const NOW = new Date('2026-12-07T10:00:00Z');
const ago = (s: number) => new Date(NOW.getTime() - s * 1000);

const queue = (id: string, extra: Partial<QueueFacts> = {}): QueueFacts => ({ id, name: id, skills: [], distribution: 'round_robin', overflowQueueId: null, overflowAfterSeconds: null, ...extra });
const agent = (userId: string, extra: Partial<AgentFacts> = {}): AgentFacts => ({
  userId,
  name: userId,
  presence: 'available',
  skills: {},
  languages: ['en', 'zh-CN', 'zh-TW'],
  capacity: { email: 5, phone: 1, chat: 2, portal: 5, web: 5, other: 3 },
  load: {},
  lastAssignedAt: null,
  ...extra,
});
let n = 0;
const item = (extra: Partial<WaitingItem> = {}): WaitingItem => {
  n++;
  return { id: `i${String(n).padStart(4, '0')}`, caseId: `c${n}`, queueId: 'q', priority: 'normal', channel: 'email', language: null, enqueuedAt: ago(60), ...extra };
};
const queues = (...qs: QueueFacts[]) => new Map(qs.map((q) => [q.id, q]));

describe('planDispatch: skills, levels and languages', () => {
  it('gives an item only to an agent with every skill of its queue at the level asked', () => {
    const q = queue('q', { skills: [{ skillKey: 'hvac', level: 3 }, { skillKey: 'electrical', level: 1 }] });
    const agents = [agent('novice', { skills: { hvac: 2, electrical: 5 } }), agent('no-electric', { skills: { hvac: 5 } }), agent('expert', { skills: { hvac: 4, electrical: 1 } })];
    const [d] = planDispatch([item()], queues(q), agents, NOW);
    expect(d?.agentId).toBe('expert');
    expect(d?.explanation.skipped).toEqual([
      { id: 'novice', name: 'novice', why: 'lacks_skill' },
      { id: 'no-electric', name: 'no-electric', why: 'lacks_skill' },
    ]);
  });

  it('gives a Traditional Chinese item only to an agent who reads it; an item of unknown language to anyone', () => {
    const agents = [agent('en-only', { languages: ['en'] }), agent('tw', { languages: ['zh-TW', 'en'], lastAssignedAt: ago(1) })];
    const [tw, unknown] = planDispatch([item({ language: 'zh-TW', enqueuedAt: ago(20) }), item({ language: null, enqueuedAt: ago(10) })], queues(queue('q')), agents, NOW);
    expect(tw?.agentId).toBe('tw');
    expect(tw?.explanation.skipped).toEqual([{ id: 'en-only', name: 'en-only', why: 'language' }]);
    expect(unknown?.agentId).toBe('en-only');
  });

  it('offers nothing to agents who are busy, away or offline, and leaves the item waiting', () => {
    const agents = [agent('b', { presence: 'busy' }), agent('a', { presence: 'away' }), agent('o', { presence: 'offline' })];
    expect(planDispatch([item()], queues(queue('q')), agents, NOW)).toEqual([]);
  });
});

describe('planDispatch: capacity', () => {
  it('never gives an agent more open items on a channel than their capacity, counting what they already hold', () => {
    const a = agent('a', { capacity: { email: 3, phone: 1 }, load: { email: 1 } });
    const items = [item(), item(), item(), item(), item({ channel: 'phone' }), item({ channel: 'phone' })];
    const decisions = planDispatch(items, queues(queue('q')), [a], NOW);
    expect(decisions.filter((d) => d.explanation.channel === 'email')).toHaveLength(2);
    expect(decisions.filter((d) => d.explanation.channel === 'phone')).toHaveLength(1);
    expect(a.load).toEqual({ email: 3, phone: 1 });
  });

  it('an agent with no capacity on a channel never takes it', () => {
    expect(whyNot(agent('a', { capacity: { email: 5 } }), queue('q'), item({ channel: 'chat' }))).toBe('at_capacity');
  });

  it('holds for any mix of items, agents and capacities (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ channel: fc.constantFrom('email', 'chat', 'phone'), priority: fc.constantFrom('low', 'normal', 'high', 'urgent'), age: fc.nat(10_000) }), { maxLength: 60 }),
        fc.array(fc.record({ email: fc.nat(4), chat: fc.nat(2), phone: fc.nat(1), held: fc.nat(3) }), { minLength: 1, maxLength: 6 }),
        (raw, caps) => {
          const items = raw.map((r) => item({ channel: r.channel as WaitingItem['channel'], priority: r.priority as WaitingItem['priority'], enqueuedAt: ago(r.age) }));
          const agents = caps.map((c, i) => agent(`a${i}`, { capacity: { email: c.email, chat: c.chat, phone: c.phone }, load: { email: Math.min(c.held, c.email) } }));
          const before = agents.map((a) => ({ ...a.load }));
          const decisions = planDispatch(items, queues(queue('q')), agents, NOW);
          expect(new Set(decisions.map((d) => d.itemId)).size).toBe(decisions.length);
          agents.forEach((a, i) => {
            for (const ch of ['email', 'chat', 'phone'] as const) {
              const given = decisions.filter((d) => d.agentId === a.userId && d.explanation.channel === ch).length;
              expect((before[i]![ch] ?? 0) + given).toBeLessThanOrEqual(a.capacity[ch] ?? 0);
            }
          });
          // Whatever stays waiting could not have been taken: no agent has room on its channel.
          const placed = new Set(decisions.map((d) => d.itemId));
          for (const it of items.filter((i) => !placed.has(i.id))) expect(agents.every((a) => (a.load[it.channel] ?? 0) >= (a.capacity[it.channel] ?? 0))).toBe(true);
        },
      ),
    );
  });
});

describe('planDispatch: order', () => {
  it('answers priority first, then the longest waiting (FIFO within a priority)', () => {
    const items = [item({ id: 'normal-old', enqueuedAt: ago(900) }), item({ id: 'urgent-new', priority: 'urgent', enqueuedAt: ago(5) }), item({ id: 'normal-older', enqueuedAt: ago(1800) }), item({ id: 'low-oldest', priority: 'low', enqueuedAt: ago(9000) })];
    const decisions = planDispatch(items, queues(queue('q')), [agent('a', { capacity: { email: 2 } })], NOW);
    expect(decisions.map((d) => d.itemId)).toEqual(['urgent-new', 'normal-older']);
  });

  it('round-robin gives the next item to whoever was given work longest ago', () => {
    const agents = [agent('recent', { lastAssignedAt: ago(10) }), agent('long-ago', { lastAssignedAt: ago(3600) }), agent('never')];
    const decisions = planDispatch([item(), item(), item(), item()], queues(queue('q')), agents, NOW);
    expect(decisions.map((d) => d.agentId)).toEqual(['never', 'long-ago', 'recent', 'never']);
  });

  it('least-busy gives it to the agent holding the fewest open items (a tie to whoever was given work longest ago)', () => {
    const agents = [agent('three', { load: { email: 2, chat: 1 } }), agent('one', { load: { phone: 1 }, lastAssignedAt: ago(5) }), agent('two', { load: { email: 2 } })];
    const decisions = planDispatch([item(), item(), item()], queues(queue('q', { distribution: 'least_busy' })), agents, NOW);
    expect(decisions.map((d) => d.agentId)).toEqual(['one', 'two', 'one']);
  });

  it('does not let an item nobody can take hold up the items behind it', () => {
    const q = queue('q', { skills: [{ skillKey: 'hvac', level: 1 }] });
    const decisions = planDispatch([item({ queueId: 'q', enqueuedAt: ago(999) }), item({ queueId: 'general' })], queues(q, queue('general')), [agent('a')], NOW);
    expect(decisions.map((d) => d.explanation.queueId)).toEqual(['general']);
  });
});

describe('planDispatch: overflow', () => {
  const primary = queue('hvac', { skills: [{ skillKey: 'hvac', level: 4 }], overflowQueueId: 'general', overflowAfterSeconds: 300 });
  const qs = queues(primary, queue('general'));
  const generalist = agent('generalist');

  it('keeps an item in its queue until the threshold, then offers it to the overflow queue too', () => {
    expect(planDispatch([item({ queueId: 'hvac', enqueuedAt: ago(299) })], qs, [generalist], NOW)).toEqual([]);
    const [d] = planDispatch([item({ queueId: 'hvac', enqueuedAt: ago(300) })], qs, [generalist], NOW);
    expect(d?.explanation).toMatchObject({ queueId: 'general', overflowFrom: { id: 'hvac', name: 'hvac' }, waitedSeconds: 300 });
  });

  it('still prefers the item’s own queue’s agents after the threshold', () => {
    const [d] = planDispatch([item({ queueId: 'hvac', enqueuedAt: ago(900) })], qs, [generalist, agent('expert', { skills: { hvac: 5 }, lastAssignedAt: ago(1) })], NOW);
    expect(d?.agentId).toBe('expert');
    expect(d?.explanation.overflowFrom).toBeNull();
  });

  it('follows a chain of overflow queues without looping on a cycle', () => {
    const cyc = queues(queue('a', { overflowQueueId: 'b', overflowAfterSeconds: 0 }), queue('b', { overflowQueueId: 'a', overflowAfterSeconds: 0 }));
    expect(queuesFor(item({ queueId: 'a' }), cyc, NOW).map((q) => q.id)).toEqual(['a', 'b']);
  });
});

describe('classifyCase', () => {
  const facts = (extra: Partial<CaseRoutingFacts> = {}): CaseRoutingFacts => ({ channel: 'email', productId: null, accountTier: null, priority: 'normal', language: 'en', subject: 'Heating is down', description: '', ...extra });
  const rules = [
    { id: 'r1', name: 'Platinum', queueId: 'vip', criteria: { accountTiers: ['platinum'] } },
    { id: 'r2', name: 'Heating', queueId: 'hvac', criteria: { keywords: ['heating', '暖氣', '暖气'], channels: ['email', 'portal'] } },
    { id: 'r3', name: 'Chinese', queueId: 'zh', criteria: { languages: ['zh-CN', 'zh-TW'] } },
  ];

  it('takes the first matching rule in order, every criterion holding', () => {
    expect(classifyCase(rules, facts({ accountTier: 'platinum' }), 'general')).toEqual({ queueId: 'vip', ruleId: 'r1', ruleName: 'Platinum' });
    expect(classifyCase(rules, facts(), 'general')?.queueId).toBe('hvac');
    expect(classifyCase(rules, facts({ channel: 'phone' }), 'general')?.queueId).toBe('general');
    expect(classifyCase(rules, facts({ subject: '我家的暖氣壞了', language: 'zh-TW' }), null)?.queueId).toBe('hvac');
    expect(classifyCase(rules, facts({ subject: '发票问题', language: 'zh-CN' }), null)?.queueId).toBe('zh');
  });

  it('falls back to the default queue, or to none', () => {
    expect(classifyCase(rules, facts({ subject: 'Invoice' }), 'general')).toEqual({ queueId: 'general', ruleId: null, ruleName: null });
    expect(classifyCase(rules, facts({ subject: 'Invoice' }), null)).toBeNull();
  });

  it('refuses unknown channels, priorities and languages by their place in the rule', () => {
    expect(criteriaProblems({ channels: ['email', 'fax'], languages: ['fr'], keywords: [' '] }, 'input.criteria')).toEqual([
      { path: 'input.criteria.channels.1', message: 'This channel does not exist.' },
      { path: 'input.criteria.languages.0', message: 'This language is not served.' },
      { path: 'input.criteria.keywords.0', message: 'A keyword cannot be empty.' },
    ]);
  });
});

describe('the case’s language', () => {
  it('tells Traditional from Simplified Chinese, and English', () => {
    expect(detectLanguage('您好，我們的電腦無法連線，請幫忙處理')).toBe('zh-TW');
    expect(detectLanguage('您好，我们的电脑无法连线，请帮忙处理')).toBe('zh-CN');
    expect(detectLanguage('The printer on floor 3 is jammed')).toBe('en');
    expect(detectLanguage('RE: Order #12345 — 发票')).toBe('zh-CN');
    expect(detectLanguage('12345 !!!')).toBeNull();
  });

  it('takes the text over the contact’s default setting, and the setting when the text says nothing', () => {
    expect(caseLanguage('en', '我們的電腦壞了')).toBe('zh-TW');
    expect(caseLanguage('zh-CN', '123')).toBe('zh-CN');
    expect(caseLanguage(null, '')).toBeNull();
  });
});
