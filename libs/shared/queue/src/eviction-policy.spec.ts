import { evictionPolicyVerdict, policyFromConfigReply, policyFromInfo } from './eviction-policy';

const server = 'redis.internal:6379';

describe('evictionPolicyVerdict', () => {
  it('starts on noeviction without a warning', () => {
    expect(evictionPolicyVerdict({ policy: 'noeviction', source: 'CONFIG' }, false, server).action).toBe('ok');
    expect(evictionPolicyVerdict({ policy: 'noeviction', source: 'INFO' }, true, server).action).toBe('ok');
  });

  it.each(['allkeys-lru', 'allkeys-lfu', 'allkeys-random', 'volatile-lru', 'volatile-lfu', 'volatile-random', 'volatile-ttl'])(
    'refuses %s, naming the policy, the server, the fix and the escape hatch',
    (policy) => {
      const verdict = evictionPolicyVerdict({ policy, source: 'CONFIG' }, false, server);
      expect(verdict.action).toBe('refuse');
      expect(verdict.message).toContain(`"${policy}"`);
      expect(verdict.message).toContain(server);
      expect(verdict.message).toContain('maxmemory-policy noeviction');
      expect(verdict.message).toContain('REDIS_ALLOW_EVICTION=true');
    },
  );

  it('only warns on an evicting policy when eviction was explicitly allowed', () => {
    const verdict = evictionPolicyVerdict({ policy: 'volatile-lru', source: 'INFO' }, true, server);
    expect(verdict.action).toBe('warn');
    expect(verdict.message).toContain('"volatile-lru"');
    expect(verdict.message).toContain('Starting anyway');
  });

  it('warns and starts when the policy cannot be read (managed Redis without CONFIG)', () => {
    const verdict = evictionPolicyVerdict({ policy: null, reason: "CONFIG GET: ERR unknown command 'CONFIG'" }, false, server);
    expect(verdict.action).toBe('warn');
    expect(verdict.message).toContain("unknown command 'CONFIG'");
    expect(verdict.message).toContain('"noeviction"');
  });
});

describe('reading the policy', () => {
  it('takes it from a CONFIG GET reply, whatever the case of the name', () => {
    expect(policyFromConfigReply(['maxmemory-policy', 'allkeys-lru'])).toBe('allkeys-lru');
    expect(policyFromConfigReply(['MAXMEMORY-POLICY', 'noeviction'])).toBe('noeviction');
    expect(policyFromConfigReply([])).toBeNull();
    expect(policyFromConfigReply(['maxmemory-policy'])).toBeNull();
    expect(policyFromConfigReply('OK')).toBeNull();
  });

  it('takes it from INFO memory, with CRLF line ends', () => {
    const info = '# Memory\r\nused_memory:1032456\r\nmaxmemory:0\r\nmaxmemory_policy:volatile-ttl\r\nallocator_frag_ratio:1.2\r\n';
    expect(policyFromInfo(info)).toBe('volatile-ttl');
    expect(policyFromInfo('# Memory\nused_memory:1\n')).toBeNull();
    expect(policyFromInfo('maxmemory_policy:\n')).toBeNull();
  });
});
