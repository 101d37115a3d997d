import { looksLikeEmail, substringIndexFor } from './sales-search.service';

describe('sales search term rules', () => {
  it('picks the index that can answer a substring match by the term length in characters', () => {
    expect(substringIndexFor('王')).toBe('prefix');
    expect(substringIndexFor('w')).toBe('prefix');
    expect(substringIndexFor('星辰')).toBe('bigram');
    expect(substringIndexFor('wu')).toBe('bigram');
    expect(substringIndexFor('王伟明')).toBe('trigram');
    expect(substringIndexFor('globex')).toBe('trigram');
    // Astral characters count once, as PostgreSQL counts them.
    expect(substringIndexFor('𠀋𠀌')).toBe('bigram');
  });

  it('searches addresses only for terms that look like an email address or a domain', () => {
    expect(looksLikeEmail('li.na@xingchen.example')).toBe(true);
    expect(looksLikeEmail('@acme')).toBe(true);
    expect(looksLikeEmail('acme.com')).toBe(true);
    expect(looksLikeEmail('globex')).toBe(false);
    expect(looksLikeEmail('walker')).toBe(false);
    expect(looksLikeEmail('co., ltd.')).toBe(false);
    expect(looksLikeEmail('王伟')).toBe(false);
  });
});
