import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';
import { binary, EXE, PNG } from './testing/fixtures/case-files';

/**
 * The knowledge base (issue 19 item 3): search that works for Chinese (two-character terms) and
 * English (stems and prefixes), ranked and highlighted; the versions' way to publication; and what
 * a customer (portal user) can never reach: internal, partner and unpublished articles.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let manager: ApiClient;
let agent: ApiClient;
let agentId: string;
let portal: ApiClient;

interface Hit { rank: number; article: { id: string }; title: { text: string; match: boolean }[]; snippet: { text: string; match: boolean }[] }
const SEARCH = 'query($q: String!, $l: String, $f: Int) { searchKnowledge(query: $q, language: $l, first: $f) { rank article { id } title { text match } snippet { text match } } }';
const search = async (c: ApiClient, q: string, language: string | null = null, first = 20) => (await c.gqlOk<{ searchKnowledge: Hit[] }>(SEARCH, { q, l: language, f: first })).searchKnowledge;
const ids = (hits: Hit[]) => hits.map((h) => h.article.id);
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.['code'] ?? 'OK';

/** An article written by `by` (a draft), published by the manager when `publish`. */
async function article(by: ApiClient, input: { language: string; title: string; body?: string; summary?: string; audience?: string }, publish = true): Promise<string> {
  const r = await by.gqlOk<{ createKnowledgeArticle: { article: { id: string } } }>('mutation($i: CreateKnowledgeArticleInput!) { createKnowledgeArticle(input: $i) { article { id } } }', { i: { audience: 'CUSTOMERS', ...input } });
  const id = r.createKnowledgeArticle.article.id;
  if (publish) await manager.gqlOk('mutation($i: PublishKnowledgeArticleInput!) { publishKnowledgeArticle(input: $i) { article { id } } }', { i: { id } });
  return id;
}

beforeAll(async () => {
  manager = await api.signedIn((await api.ctx.newUser({ role: Role.ServiceManager })).email);
  const a = await api.ctx.newUser({ role: Role.ServiceAgent });
  agentId = a.id;
  agent = await api.signedIn(a.email);
  portal = await api.signedIn((await api.ctx.newUser({ role: Role.PortalUser })).email);
});

describe('search', () => {
  let jam: string, network: string, ink: string, tw: string;
  beforeAll(async () => {
    jam = await article(manager, { language: 'zh-CN', title: '打印机卡纸怎么办', body: '如果打印机卡纸，请先关闭电源，然后轻轻取出纸张。' });
    network = await article(manager, { language: 'zh-CN', title: '网络连接问题', body: '检查路由器。共享的打印机也需要网络。' });
    ink = await article(manager, { language: 'zh-CN', title: '更换墨盒', body: '打开前盖，取出旧墨盒。' });
    tw = await article(manager, { language: 'zh-TW', title: '印表機卡紙處理', body: '關閉電源後取出卡紙。' });
  });

  it('finds Chinese articles by two-character terms, the title match first', async () => {
    const hits = await search(manager, '打印', 'zh-CN');
    expect(ids(hits)).toEqual([jam, network]);
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
    expect(hits[0]!.title).toEqual([{ text: '打印', match: true }, { text: '机卡纸怎么办', match: false }]);
    expect(hits[1]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['打印']);
    expect(ids(await search(manager, '卡纸', 'zh-CN'))).toEqual([jam]);
    // Every term must match: the jam article has both, the network article only one.
    expect(ids(await search(manager, '打印机 卡纸', 'zh-CN'))).toEqual([jam]);
    // Any word (a customer typing a new case): both, the one with more of them first.
    const any = await manager.gqlOk<{ searchKnowledge: Hit[] }>('query($q: String!) { searchKnowledge(query: $q, language: "zh-CN", anyWord: true) { article { id } } }', { q: '打印机 卡纸' });
    expect(ids(any.searchKnowledge)).toEqual([jam, network]);
    expect(ids(await search(manager, '墨盒', 'zh-CN'))).toEqual([ink]);
    // One character: a prefix of the indexed pieces.
    expect(ids(await search(manager, '墨', 'zh-CN'))).toEqual([ink]);
  });

  it('keeps to a language: the caller’s by default', async () => {
    expect(ids(await search(manager, '卡紙', 'zh-TW'))).toEqual([tw]);
    expect(ids(await search(manager, '卡紙', 'zh-CN'))).toEqual([]);
    const asTw = await manager.gqlOkIn<{ searchKnowledge: Hit[] }>('zh-TW', SEARCH, { q: '卡紙' });
    expect(ids(asTw.searchKnowledge)).toEqual([tw]);
  });

  it('finds English articles by stem and prefix, ranked, and mixed text', async () => {
    const vpn = await article(manager, { language: 'en', title: 'Configuration of the VPN client', body: 'Configure the client before the first connection.' });
    const printer = await article(manager, { language: 'en', title: 'Printer guide', body: 'Printers on the VPN need a static address. Resetting the printer clears its jobs.' });
    const mixed = await article(manager, { language: 'zh-CN', title: 'VPN 连接失败', body: '更新客户端后重新连接。' });
    expect(ids(await search(manager, 'configur', 'en'))).toEqual([vpn]);
    expect(ids(await search(manager, 'configuring', 'en'))).toEqual([vpn]);
    expect(ids(await search(manager, 'resets', 'en'))).toEqual([printer]);
    expect(ids(await search(manager, 'print', 'en'))).toEqual([printer]);
    // In the title (weight A) before in the body (weight C).
    expect(ids(await search(manager, 'vpn', 'en'))).toEqual([vpn, printer]);
    const hits = await search(manager, 'Configurations', 'en');
    expect(hits[0]!.title.filter((s) => s.match).map((s) => s.text)).toEqual(['Configuration']);
    expect(ids(await search(manager, 'vpn 连接', 'zh-CN'))).toEqual([mixed]);
    // Without a language, the caller's (the manager's stored English): the Chinese article is not among them.
    expect(ids(await search(manager, 'vpn 连接'))).toEqual([]);
  });

  it('ranks a common word by title and summary first: publishing writes the title vector the cut to 200 ranks by', async () => {
    // 250 articles that name the word in their bodies only, older ids than the one that names it in its title.
    await api.ctx.ds.query(
      `WITH a AS (SELECT uuidv7() AS id, uuidv7() AS version_id, g FROM generate_series(1, 250) g),
            art AS (INSERT INTO knowledge_article (id, translation_group_id, language, audience, title, status, published_at)
                    SELECT id, gen_random_uuid(), 'en', 'customers', 'Maintenance note ' || g, 'published', now() FROM a RETURNING id)
       INSERT INTO knowledge_article_version (id, article_id, number, status, title, summary, body, published_at, search_vector, title_vector)
       SELECT a.version_id, a.id, 1, 'published', 'Maintenance note ' || g, '', 'Clean the quillfeather vent. Quillfeather dust ' || g, now(),
              knowledge_search_vector('Maintenance note ' || g, '', 'Clean the quillfeather vent. Quillfeather dust ' || g), knowledge_search_vector('Maintenance note ' || g, '', NULL)
         FROM a JOIN art USING (id)`,
    );
    await api.ctx.ds.query(`UPDATE knowledge_article k SET published_version_id = v.id FROM knowledge_article_version v WHERE v.article_id = k.id AND k.published_version_id IS NULL AND k.title LIKE 'Maintenance note %'`);
    // Published through the API, so its title vector is the one publishing writes.
    const titled = await article(manager, { language: 'en', title: 'Quillfeather vents', body: 'Why they clog.' });
    const hits = await search(manager, 'quillfeather', 'en', 5);
    expect(hits).toHaveLength(5);
    expect(hits[0]!.article.id).toBe(titled);
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
  });

  it('filters by category and product, in a search and in the list', async () => {
    const product = await api.ctx.newProduct();
    const SAVE = 'mutation($i: SaveKnowledgeCategoryInput!) { saveKnowledgeCategory(input: $i) { category { id } } }';
    const category = (await manager.gqlOk<{ saveKnowledgeCategory: { category: { id: string } } }>(SAVE, { i: { nameEn: 'Routers' } })).saveKnowledgeCategory.category.id;
    const r = await manager.gqlOk<{ createKnowledgeArticle: { article: { id: string; productIds: string[]; category: { name: string } } } }>(
      'mutation($i: CreateKnowledgeArticleInput!) { createKnowledgeArticle(input: $i) { article { id productIds category { name } } } }',
      { i: { language: 'en', audience: 'CUSTOMERS', title: 'Router lights blinking', categoryId: category, productIds: [product.id] } },
    );
    const filed = r.createKnowledgeArticle.article;
    expect(filed).toMatchObject({ productIds: [product.id], category: { name: 'Routers' } });
    await manager.gqlOk('mutation($i: PublishKnowledgeArticleInput!) { publishKnowledgeArticle(input: $i) { article { id } } }', { i: { id: filed.id } });
    const other = await article(manager, { language: 'en', title: 'Router lights off' });
    const FILTERED = 'query($q: String!, $c: ID, $p: ID) { searchKnowledge(query: $q, language: "en", categoryId: $c, productId: $p) { article { id } } }';
    const found = async (v: Record<string, unknown>) => (await manager.gqlOk<{ searchKnowledge: Hit[] }>(FILTERED, { q: 'router lights', ...v })).searchKnowledge.map((h) => h.article.id);
    expect(new Set(await found({}))).toEqual(new Set([filed.id, other]));
    expect(await found({ c: category })).toEqual([filed.id]);
    expect(await found({ p: product.id })).toEqual([filed.id]);
    const listed = await manager.gqlOk<{ knowledgeArticles: { edges: { node: { id: string } }[] } }>('query($c: ID!) { knowledgeArticles(first: 10, filter: { categoryId: { eq: $c } }) { edges { node { id } } } }', { c: category });
    expect(listed.knowledgeArticles.edges.map((e) => e.node.id)).toEqual([filed.id]);
    const missing = await manager.gql('mutation($i: CreateKnowledgeArticleInput!) { createKnowledgeArticle(input: $i) { article { id } } }', { i: { language: 'en', title: 'X', productIds: [other] } });
    expect(missing.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.productIds', message: 'This product does not exist.' })]);
  });

  it('answers hostile input with results or a clear validation error, never a database error', async () => {
    for (const q of [`&|!:*()'"`, `a & | b`, `'; DROP TABLE knowledge_article; --`, '\\', '<->', '!!打印', ':*', `打印:* | '墨'`, '   ', 'x'.repeat(500)]) {
      const r = await manager.gql<{ searchKnowledge: Hit[] }>(SEARCH, { q, l: 'zh-CN' });
      expect({ q, code: code(r) }).toEqual({ q, code: 'OK' });
      expect(Array.isArray(r.data?.searchKnowledge)).toBe(true);
    }
    expect(ids(await search(manager, `打印:* | '墨'`, 'zh-CN'))).toEqual([]);
    const huge = await manager.gql(SEARCH, { q: '打印 configure '.repeat(700) });
    expect(code(huge)).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(huge.errors)).toContain('Search for at most 500 characters.');
    const k = await api.ctx.newCase({ subject: '打印机卡纸', description: `${`&|!:*()'" 打印机 `.repeat(1000)}` });
    const s = await manager.gqlOk<{ knowledgeSuggestions: Hit[] }>('query($c: ID!) { knowledgeSuggestions(caseId: $c, first: 3) { article { id } } }', { c: k.id });
    expect(ids(s.knowledgeSuggestions)[0]).toBe(jam);
  });
});

describe('versions', () => {
  it('go draft → in review → published; an edit of a published article is a new draft; publishing archives the one before', async () => {
    const id = await article(agent, { language: 'en', title: 'Unique zebracorn guide', body: 'Old zebracorn text.' }, false);
    const state = () => manager.gqlOk<{ knowledgeArticle: { status: string; title: string; body: string | null; publishedVersion: { number: number } | null; versions: { number: number; status: string }[] } }>(
      'query($id: ID!) { knowledgeArticle(id: $id) { status title body publishedVersion { number } versions { number status } } }', { id });
    // Readers do not see a draft; an agent cannot publish, even their own.
    expect(ids(await search(manager, 'zebracorn', 'en'))).toEqual([]);
    expect((await portal.gqlOk<{ knowledgeArticle: unknown }>('query($id: ID!) { knowledgeArticle(id: $id) { id } }', { id })).knowledgeArticle).toBeNull();
    expect(code(await agent.gql('mutation($i: PublishKnowledgeArticleInput!) { publishKnowledgeArticle(input: $i) { article { id } } }', { i: { id } }))).toBe('FORBIDDEN');
    await agent.gqlOk('mutation($i: KnowledgeArticleIdInput!) { submitKnowledgeArticle(input: $i) { article { id } } }', { i: { id } });
    const again = await agent.gql('mutation($i: KnowledgeArticleIdInput!) { submitKnowledgeArticle(input: $i) { article { id } } }', { i: { id } });
    expect(code(again)).toBe('VALIDATION_FAILED');
    expect((await state()).knowledgeArticle.status).toBe('IN_REVIEW');
    await manager.gqlOk('mutation($i: PublishKnowledgeArticleInput!) { publishKnowledgeArticle(input: $i) { article { id } } }', { i: { id } });
    expect(ids(await search(portal, 'zebracorn', 'en'))).toEqual([id]);

    await agent.gqlOk('mutation($i: UpdateKnowledgeArticleInput!) { updateKnowledgeArticle(input: $i) { article { id } } }', { i: { id, title: 'Unique zebracorn guide, revised', body: 'New quokkafish text.' } });
    let s = (await state()).knowledgeArticle;
    expect(s.versions).toEqual([{ number: 2, status: 'DRAFT' }, { number: 1, status: 'PUBLISHED' }]);
    expect(s).toMatchObject({ status: 'DRAFT', title: 'Unique zebracorn guide', body: 'Old zebracorn text.', publishedVersion: { number: 1 } });
    // Readers keep reading and finding the published text until the draft is published.
    expect(ids(await search(portal, 'quokkafish', 'en'))).toEqual([]);
    await manager.gqlOk('mutation($i: PublishKnowledgeArticleInput!) { publishKnowledgeArticle(input: $i) { article { id } } }', { i: { id } });
    s = (await state()).knowledgeArticle;
    expect(s.versions).toEqual([{ number: 2, status: 'PUBLISHED' }, { number: 1, status: 'ARCHIVED' }]);
    expect(s).toMatchObject({ status: 'PUBLISHED', title: 'Unique zebracorn guide, revised', body: 'New quokkafish text.' });
    expect(ids(await search(portal, 'quokkafish', 'en'))).toEqual([id]);
    expect(ids(await search(portal, 'zebracorn old', 'en'))).toEqual([]);
    // A portal user reading it sees only the published version, and not which staff member wrote it.
    const READ = 'query($id: ID!) { knowledgeArticle(id: $id) { owner { id } versions { number authorId } } }';
    const seen = await portal.gqlOk<{ knowledgeArticle: { owner: unknown; versions: { number: number }[] } }>(READ, { id });
    expect(seen.knowledgeArticle).toEqual({ owner: null, versions: [{ number: 2, authorId: null }] });
    const staff = await manager.gqlOk<{ knowledgeArticle: { owner: { id: string }; versions: { number: number; authorId: string }[] } }>(READ, { id });
    expect(staff.knowledgeArticle.owner).toEqual({ id: agentId });
    expect(staff.knowledgeArticle.versions.map((v) => v.authorId)).toEqual([agentId, agentId]);

    await manager.gqlOk('mutation($i: KnowledgeArticleIdInput!) { archiveKnowledgeArticle(input: $i) { article { id } } }', { i: { id } });
    expect(ids(await search(portal, 'quokkafish', 'en'))).toEqual([]);
    expect((await portal.gqlOk<{ knowledgeArticle: unknown }>('query($id: ID!) { knowledgeArticle(id: $id) { id } }', { id })).knowledgeArticle).toBeNull();
    const archived = await manager.gql('mutation($i: PublishKnowledgeArticleInput!) { publishKnowledgeArticle(input: $i) { article { id } } }', { i: { id, versionNumber: 1 } });
    expect(code(archived)).toBe('VALIDATION_FAILED');
  });

  it('refuses bad texts and a second translation in one language by field', async () => {
    const bad = await agent.gql('mutation($i: CreateKnowledgeArticleInput!) { createKnowledgeArticle(input: $i) { article { id } } }', { i: { language: 'fr', title: ' ', body: 'x'.repeat(100_001) } });
    expect(code(bad)).toBe('VALIDATION_FAILED');
    const paths = JSON.stringify(bad.errors);
    expect(paths).toContain('Choose en, zh-CN or zh-TW.');
    expect(paths).toContain('An article is at most 100,000 characters.');
    const en = await article(agent, { language: 'en', title: 'Reset the router' }, false);
    const zh = await agent.gqlOk<{ addKnowledgeTranslation: { article: { id: string; language: string; translations: { id: string }[] } } }>(
      'mutation($i: AddKnowledgeTranslationInput!) { addKnowledgeTranslation(input: $i) { article { id language translations { id } } } }', { i: { articleId: en, language: 'zh-CN', title: '重启路由器' } });
    expect(zh.addKnowledgeTranslation.article.translations.map((t) => t.id)).toEqual([en]);
    const twice = await agent.gql('mutation($i: AddKnowledgeTranslationInput!) { addKnowledgeTranslation(input: $i) { article { id } } }', { i: { articleId: zh.addKnowledgeTranslation.article.id, language: 'en', title: 'Again' } });
    expect(twice.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.language' })]);
  });
});

describe('a customer in the portal', () => {
  it('never finds or reads internal, partner or unpublished articles, by search, list, id or file', async () => {
    const word = 'wombatlamp';
    const visible = await article(manager, { language: 'en', title: `${word} for customers`, audience: 'CUSTOMERS' });
    const internal = await article(manager, { language: 'en', title: `${word} internal`, audience: 'INTERNAL' });
    const partners = await article(manager, { language: 'en', title: `${word} partners`, audience: 'PARTNERS' });
    const draft = await article(agent, { language: 'en', title: `${word} draft`, audience: 'CUSTOMERS' }, false);
    const files: Record<string, string> = {};
    for (const id of [visible, internal, draft]) {
      const up = await (id === draft ? agent : manager).post(`/api/v1/knowledge/articles/${id}/attachments`).attach('file', PNG, 'screen.png');
      expect(up.status).toBe(201);
      files[id] = up.body.url;
    }
    expect(ids(await search(portal, word, 'en'))).toEqual([visible]);
    expect(new Set(ids(await search(manager, word, 'en')))).toEqual(new Set([visible, internal, partners]));
    const listed = await portal.gqlOk<{ knowledgeArticles: { edges: { node: { id: string } }[] } }>('query($w: String!) { knowledgeArticles(first: 50, filter: { title: { contains: $w } }) { edges { node { id } } } }', { w: word });
    expect(listed.knowledgeArticles.edges.map((e) => e.node.id)).toEqual([visible]);
    for (const id of [internal, partners, draft]) {
      expect((await portal.gqlOk<{ knowledgeArticle: unknown }>('query($id: ID!) { knowledgeArticle(id: $id) { id } }', { id })).knowledgeArticle).toBeNull();
    }
    const image = await binary(portal.get(files[visible]!));
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-disposition']).toMatch(/^inline/);
    expect(Buffer.compare(image.body as Buffer, PNG)).toBe(0);
    expect((await portal.get(files[internal]!)).status).toBe(404);
    expect((await portal.get(files[draft]!)).status).toBe(404);
    // The draft's author reads their own file; nobody uploads to an article they may not edit.
    expect((await agent.get(files[draft]!)).status).toBe(200);
    expect((await portal.post(`/api/v1/knowledge/articles/${visible}/attachments`).attach('file', PNG, 'x.png')).status).toBe(403);
    expect((await portal.post(`/api/v1/knowledge/articles/${internal}/attachments`).attach('file', PNG, 'x.png')).status).toBe(404);
    expect((await manager.post(`/api/v1/knowledge/articles/${visible}/attachments`).attach('file', EXE, 'setup.png')).status).toBe(400);
    // A deflection counts only what they may read.
    const refused = await portal.gql('mutation($i: RecordKnowledgeDeflectionInput!) { recordKnowledgeDeflection(input: $i) { articleCount } }', { i: { articleIds: [internal, draft] } });
    expect(code(refused)).toBe('VALIDATION_FAILED');
    const counted = await portal.gqlOk<{ recordKnowledgeDeflection: { articleCount: number } }>('mutation($i: RecordKnowledgeDeflectionInput!) { recordKnowledgeDeflection(input: $i) { articleCount } }', { i: { articleIds: [visible, internal], query: 'my wombatlamp is broken' } });
    expect(counted.recordKnowledgeDeflection.articleCount).toBe(1);
    const [row] = await api.ctx.ds.query(`SELECT article_ids, query FROM knowledge_deflection ORDER BY created_at DESC LIMIT 1`);
    expect(row).toEqual({ article_ids: [visible], query: 'my wombatlamp is broken' });
  });

  it('rates an article once (a second answer replaces the first) and views are counted', async () => {
    const id = await article(manager, { language: 'en', title: 'Rated article' });
    const RATE = 'mutation($i: RateKnowledgeArticleInput!) { rateKnowledgeArticle(input: $i) { article { helpfulCount notHelpfulCount feedbackCount viewerFeedback { helpful comment } } } }';
    await portal.gqlOk(RATE, { i: { articleId: id, helpful: false } });
    const r = await portal.gqlOk<{ rateKnowledgeArticle: { article: Record<string, unknown> } }>(RATE, { i: { articleId: id, helpful: true, comment: 'Solved it' } });
    expect(r.rateKnowledgeArticle.article).toEqual({ helpfulCount: 1, notHelpfulCount: 0, feedbackCount: 1, viewerFeedback: { helpful: true, comment: 'Solved it' } });
    const m = await manager.gqlOk<{ rateKnowledgeArticle: { article: Record<string, unknown> } }>(RATE, { i: { articleId: id, helpful: false } });
    expect(m.rateKnowledgeArticle.article).toMatchObject({ helpfulCount: 1, notHelpfulCount: 1, feedbackCount: 2 });
    for (const c of [portal, agent]) await c.gqlOk('mutation($i: KnowledgeArticleIdInput!) { viewKnowledgeArticle(input: $i) { article { id } } }', { i: { id } });
    expect((await manager.gqlOk<{ knowledgeArticle: { viewCount: number } }>('query($id: ID!) { knowledgeArticle(id: $id) { viewCount } }', { id })).knowledgeArticle.viewCount).toBe(2);
  });
});

describe('cases and categories', () => {
  it('links an article to a case the agent works, lists it on the case, and unlinks it', async () => {
    const id = await article(manager, { language: 'en', title: 'Linked article' });
    const k = await api.ctx.newCase({ owner: { owner: agentId, team: null } });
    const LINK = 'mutation($i: KnowledgeCaseLinkInput!) { linkKnowledgeArticleToCase(input: $i) { article { id } } }';
    await agent.gqlOk(LINK, { i: { articleId: id, caseId: k.id } });
    await agent.gqlOk(LINK, { i: { articleId: id, caseId: k.id } });
    const onCase = () => agent.gqlOk<{ case: { knowledgeArticles: { id: string }[] } }>('query($id: ID!) { case(id: $id) { knowledgeArticles { id } } }', { id: k.id });
    expect((await onCase()).case.knowledgeArticles).toEqual([{ id }]);
    expect(code(await portal.gql(LINK, { i: { articleId: id, caseId: k.id } }))).toBe('NOT_FOUND');
    await agent.gqlOk('mutation($i: KnowledgeCaseLinkInput!) { unlinkKnowledgeArticleFromCase(input: $i) { article { id } } }', { i: { articleId: id, caseId: k.id } });
    expect((await onCase()).case.knowledgeArticles).toEqual([]);
  });

  it('keeps a tree of categories that only managers arrange', async () => {
    const SAVE = 'mutation($i: SaveKnowledgeCategoryInput!) { saveKnowledgeCategory(input: $i) { category { id parentId name } } }';
    const root = (await manager.gqlOk<{ saveKnowledgeCategory: { category: { id: string } } }>(SAVE, { i: { nameEn: 'Printers', nameZhCn: '打印机', nameZhTw: '印表機' } })).saveKnowledgeCategory.category.id;
    const child = (await manager.gqlOk<{ saveKnowledgeCategory: { category: { id: string } } }>(SAVE, { i: { nameEn: 'Paper jams', parentId: root } })).saveKnowledgeCategory.category.id;
    const cycle = await manager.gql(SAVE, { i: { id: root, nameEn: 'Printers', parentId: child } });
    expect(cycle.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ path: 'input.parentId' })]);
    expect(code(await agent.gql(SAVE, { i: { nameEn: 'Mine' } }))).toBe('FORBIDDEN');
    const list = await portal.gqlOkIn<{ knowledgeCategories: { id: string; name: string; parentId: string | null }[] }>('zh-TW', '{ knowledgeCategories { id name parentId } }');
    expect(list.knowledgeCategories).toEqual(expect.arrayContaining([{ id: root, name: '印表機', parentId: null }, { id: child, name: 'Paper jams', parentId: root }]));
  });
});
