import { Role } from '@rapport/shared-domain';
import { bigrams, highlight, highlightRoot, isEmptyQuery, KNOWLEDGE_QUERY_MAX_TERMS, knowledgeTsQueries, markdownToPlain, matchRanges, parseKnowledgeQuery, snippet } from './knowledge-search';
import { readableAudiences, readsUnpublished, publishesKnowledge, seesKnowledgeAuthors, versionTransitionProblem } from './knowledge-rules';

const marked = (segs: { text: string; match: boolean }[]) => segs.filter((s) => s.match).map((s) => s.text);

describe('parseKnowledgeQuery', () => {
  it('turns a two-character Chinese term into one bigram and a longer run into its bigrams', () => {
    expect(parseKnowledgeQuery('打印')).toEqual({ words: [], cjk: [{ run: '打印', grams: ['打印'], prefix: false }] });
    expect(parseKnowledgeQuery('打印機卡紙').cjk[0]!.grams).toEqual(['打印', '印機', '機卡', '卡紙']);
    expect(bigrams('哈哈哈')).toEqual(['哈哈']);
  });

  it('keeps a single CJK character as a prefix term', () => {
    expect(parseKnowledgeQuery('印').cjk).toEqual([{ run: '印', grams: ['印'], prefix: true }]);
    expect(knowledgeTsQueries(parseKnowledgeQuery('印'), 'all')).toEqual({ latin: null, cjk: `'印':*` });
  });

  it('splits mixed text into Latin words and CJK runs', () => {
    const q = parseKnowledgeQuery('HP打印机 Configuring wifi连接');
    expect(q.words).toEqual(['hp', 'configuring', 'wifi']);
    expect(q.cjk.map((t) => t.run)).toEqual(['打印机', '连接']);
    expect(knowledgeTsQueries(q, 'all')).toEqual({ latin: 'hp:* & configuring:* & wifi:*', cjk: `('打印' & '印机') & '连接'` });
    expect(knowledgeTsQueries(q, 'any')).toEqual({ latin: 'hp:* | configuring:* | wifi:*', cjk: `('打印' & '印机') | '连接'` });
  });

  it('reads full-width letters as Latin ones', () => {
    expect(parseKnowledgeQuery('ＶＰＮ設定').words).toEqual(['vpn']);
  });

  it('never lets operator characters reach the tsquery text', () => {
    const hostile = `&|!:*()'" <-> \\ a&b 'x' !not (y) z:* ; DROP TABLE x; --`;
    const { latin, cjk } = knowledgeTsQueries(parseKnowledgeQuery(hostile), 'all');
    expect(cjk).toBeNull();
    expect(latin).toBe('a:* & b:* & x:* & not:* & y:* & z:* & drop:* & table:*');
    // Only words made of letters and digits, joined by the operator and each with its prefix mark.
    for (const term of latin!.split(' & ')) expect(term).toMatch(/^[\p{L}\p{M}\p{N}]+:\*$/u);
    expect(isEmptyQuery(parseKnowledgeQuery(`&|!:*()'"`))).toBe(true);
  });

  it('bounds a 10 KB query to a few terms', () => {
    const huge = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ') + '打印'.repeat(3000);
    const q = parseKnowledgeQuery(huge);
    expect(q.words.length + q.cjk.reduce((n, t) => n + t.grams.length, 0)).toBeLessThanOrEqual(KNOWLEDGE_QUERY_MAX_TERMS);
    expect(q.words[0]).toBe('w0');
    const oneWord = parseKnowledgeQuery('a'.repeat(10_000));
    expect(oneWord.words).toEqual([]);
    const cjkOnly = parseKnowledgeQuery('打印机'.repeat(4000));
    expect(cjkOnly.cjk[0]!.grams.length).toBeLessThanOrEqual(KNOWLEDGE_QUERY_MAX_TERMS);
    expect(knowledgeTsQueries(cjkOnly, 'all').cjk).toBe(`('打印' & '印机' & '机打')`);
  });
});

describe('highlighting', () => {
  it('marks English words by their stem, so a prefix or another form matches', () => {
    expect(highlightRoot('configuration')).toBe('configur');
    expect(highlightRoot('uses')).toBe('use');
    expect(marked(highlight('How to configure the router', parseKnowledgeQuery('configur')))).toEqual(['configure']);
    expect(marked(highlight('Configuration of printers', parseKnowledgeQuery('configuration printer')))).toEqual(['Configuration', 'printers']);
  });

  it('marks Chinese two-character terms inside unspaced text, joining overlapping pieces', () => {
    const segs = highlight('如何解决打印机卡纸问题', parseKnowledgeQuery('打印机 问题'));
    expect(segs).toEqual([
      { text: '如何解决', match: false },
      { text: '打印机', match: true },
      { text: '卡纸', match: false },
      { text: '问题', match: true },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('如何解决打印机卡纸问题');
  });

  it('marks mixed text and leaves text without a match whole', () => {
    expect(marked(highlight('VPN 连接失败 after update', parseKnowledgeQuery('连接 updates')))).toEqual(['连接', 'update']);
    expect(highlight('Nothing here', parseKnowledgeQuery('打印'))).toEqual([{ text: 'Nothing here', match: false }]);
    expect(highlight('', parseKnowledgeQuery('x'))).toEqual([{ text: '', match: false }]);
  });

  it('reads Markdown as plain text', () => {
    expect(markdownToPlain('# Title\n\n![screen](/api/x.png) See [the guide](https://x) and `code` **bold**\n- item')).toBe('Title screen See the guide and code bold item');
  });

  it('cuts a snippet around the first match, with ellipses where it is cut', () => {
    const body = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Reset the router with the button. ${'More text follows here. '.repeat(20)}`;
    const segs = snippet(body, parseKnowledgeQuery('reset'), 120);
    expect(segs[0]!.text.startsWith('…')).toBe(true);
    expect(segs[segs.length - 1]!.text.endsWith('…')).toBe(true);
    expect(marked(segs)).toEqual(['Reset']);
    expect(segs.map((s) => s.text).join('').length).toBeLessThanOrEqual(122);
    const zh = snippet('第一段。'.repeat(50) + '打印机无法连接网络时，请重启。', parseKnowledgeQuery('连接'), 40);
    expect(marked(zh)).toEqual(['连接']);
    expect(snippet('Short body', parseKnowledgeQuery('absent'))).toEqual([{ text: 'Short body', match: false }]);
  });

  it('survives hostile and huge text', () => {
    const text = `&|!:*()'"`.repeat(1200);
    expect(matchRanges(text, parseKnowledgeQuery(`&|!:*()'"`))).toEqual([]);
    expect(snippet('打印'.repeat(5000), parseKnowledgeQuery('打印'), 50).map((s) => s.text).join('').length).toBeLessThanOrEqual(51);
  });
});

describe('who reads and writes knowledge', () => {
  const actor = (role: Role) => ({ userId: 'u', role, teamId: null, teamIds: [] });
  it('gives customers published customer articles only, staff every audience', () => {
    expect(readableAudiences(actor(Role.PortalUser))).toEqual(['customers']);
    expect(readsUnpublished(actor(Role.PortalUser))).toBe(false);
    expect(readableAudiences(actor(Role.SalesRep))).toEqual(['internal', 'customers', 'partners']);
    expect(readsUnpublished(actor(Role.SalesRep))).toBe(false);
    expect(readsUnpublished(actor(Role.ServiceAgent))).toBe(true);
    expect(publishesKnowledge(actor(Role.ServiceAgent))).toBe(false);
    expect(publishesKnowledge(actor(Role.ServiceManager))).toBe(true);
  });

  it('moves versions draft → in review → published, never back from archived', () => {
    expect(versionTransitionProblem('draft', 'in_review')).toBeNull();
    expect(versionTransitionProblem('in_review', 'published')).toBeNull();
    expect(versionTransitionProblem('draft', 'published')).toBeNull();
    expect(versionTransitionProblem('published', 'in_review')).toMatch(/Only a draft/);
    expect(versionTransitionProblem('archived', 'published')).toMatch(/archived/);
  });
});

describe('staying in a status', () => {
  it('is refused: a version is submitted or published once', () => {
    expect(versionTransitionProblem('in_review', 'in_review')).toMatch(/Only a draft/);
    expect(versionTransitionProblem('published', 'published')).toMatch(/Only a draft or a version in review/);
  });
});

describe('authors', () => {
  it('are shown to staff, not to customers', () => {
    const actor = (role: Role) => ({ userId: 'u', role, teamId: null, teamIds: [] });
    expect(seesKnowledgeAuthors(actor(Role.SalesRep))).toBe(true);
    expect(seesKnowledgeAuthors(actor(Role.PortalUser))).toBe(false);
  });
});
