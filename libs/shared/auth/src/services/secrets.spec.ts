import { generateApiKey, hashPassword, parseApiKey, secretMatches, verifyPassword } from './secrets';
import { wouldCreateCycle } from './team-tree';

describe('api keys', () => {
  it('generates keys whose secret verifies against the stored hash only', () => {
    const { key, prefix, secretHash } = generateApiKey();
    const parsed = parseApiKey(key);
    expect(parsed?.prefix).toBe(prefix);
    expect(secretMatches(parsed!.secret, secretHash)).toBe(true);
    expect(secretMatches(parsed!.secret.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')), secretHash)).toBe(false);
    expect(secretHash).not.toContain(parsed!.secret);
  });

  it('rejects malformed keys', () => {
    expect(parseApiKey('rk_short_x')).toBeNull();
    expect(parseApiKey('Bearer something')).toBeNull();
  });
});

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('rapport-demo');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    await expect(verifyPassword(hash, 'rapport-demo')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'wrong')).resolves.toBe(false);
    await expect(verifyPassword(null, 'x')).resolves.toBe(false);
    await expect(verifyPassword('garbage', 'x')).resolves.toBe(false);
  });
});

describe('wouldCreateCycle', () => {
  const parents = new Map<string, string | null>([
    ['root', null],
    ['a', 'root'],
    ['b', 'a'],
  ]);
  it('detects moving a team under its own descendant', () => {
    expect(wouldCreateCycle('a', 'b', parents)).toBe(true);
    expect(wouldCreateCycle('a', 'a', parents)).toBe(true);
  });
  it('allows moves elsewhere', () => {
    expect(wouldCreateCycle('b', 'root', parents)).toBe(false);
    expect(wouldCreateCycle('b', null, parents)).toBe(false);
  });
});
