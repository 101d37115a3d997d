import { ALL_ROLES, Role } from '@rapport/shared-domain';
import { ApiClient, describeVisibilityMatrix, MatrixCast, ownerFor, RecordKind } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';
import { PNG } from './testing/fixtures/case-files';

/**
 * Who reaches a knowledge base article (issue 19 item 3): the permission table's `knowledge` row
 * (every role reads; agents write their own, managers and admins all), narrowed by audience (the
 * `knowledgeInternal` capability: staff read internal and partner articles, a portal user only
 * those for customers) and publication (drafts: their writers), and, for what is done
 * with articles on cases (links, suggestions), the case's own scope.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let admin: ApiClient;
let neutral: string;
let outsiderAccount: string;
let sharedArticle: string;

/** A word no other article has, in letters only (the English parser keeps it whole). */
let counter = 0;
const uniqueWord = () => `kbprobe${(++counter).toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`;
const words = new Map<string, string>();

/** An English article with a word of its own, written and (unless a draft) published by the admin, then given to `owner`. */
async function makeArticle(owner: { owner: string; team: string | null }, audience = 'CUSTOMERS', publish = true): Promise<string> {
  const word = uniqueWord();
  const r = await admin.gqlOk<{ createKnowledgeArticle: { article: { id: string } } }>('mutation($i: CreateKnowledgeArticleInput!) { createKnowledgeArticle(input: $i) { article { id } } }', {
    i: { language: 'en', audience, title: `Probe ${word}`, body: `How to fix ${word}.` },
  });
  const id = r.createKnowledgeArticle.article.id;
  if (publish) await admin.gqlOk('mutation($i: PublishKnowledgeArticleInput!) { publishKnowledgeArticle(input: $i) { article { id } } }', { i: { id } });
  await api.ctx.ds.query(`UPDATE knowledge_article SET owner_id = $2, team_id = $3 WHERE id = $1`, [id, owner.owner, owner.team]);
  const up = await admin.post(`/api/v1/knowledge/articles/${id}/attachments`).attach('file', PNG, 'probe.png');
  expect(up.status).toBe(201);
  words.set(id, word);
  return id;
}

const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.['code'] ?? 'OK';
const ok = (r: { errors?: unknown[] }) => !r.errors;
const readArticle = async (c: ApiClient, id: string) => (await c.gql<{ knowledgeArticle: { id: string } | null }>('query($id: ID!) { knowledgeArticle(id: $id) { id } }', { id })).data?.knowledgeArticle?.id === id;
const listed = async (c: ApiClient, id: string) =>
  ((await c.gql<{ knowledgeArticles: { edges: { node: { id: string } }[] } }>('query($id: ID!) { knowledgeArticles(first: 5, filter: { id: { eq: $id } }) { edges { node { id } } } }', { id })).data?.knowledgeArticles?.edges ?? []).some((e) => e.node.id === id);
const searched = async (c: ApiClient, id: string) =>
  ((await c.gql<{ searchKnowledge: { article: { id: string } }[] }>('query($q: String!) { searchKnowledge(query: $q, language: "en") { article { id } } }', { q: words.get(id) })).data?.searchKnowledge ?? []).some((h) => h.article.id === id);
const downloads = async (c: ApiClient, id: string) => {
  const [{ fid }] = await api.ctx.ds.query(`SELECT id AS fid FROM knowledge_attachment WHERE article_id = $1`, [id]);
  return (await c.get(`/api/v1/knowledge/articles/${id}/attachments/${fid}`)).status === 200;
};
const rates = async (c: ApiClient, id: string) => ok(await c.gql('mutation($i: RateKnowledgeArticleInput!) { rateKnowledgeArticle(input: $i) { article { id } } }', { i: { articleId: id, helpful: true } }));
const views = async (c: ApiClient, id: string) => ok(await c.gql('mutation($i: KnowledgeArticleIdInput!) { viewKnowledgeArticle(input: $i) { article { id } } }', { i: { id } }));
const deflects = async (c: ApiClient, id: string) => ok(await c.gql('mutation($i: RecordKnowledgeDeflectionInput!) { recordKnowledgeDeflection(input: $i) { id } }', { i: { articleIds: [id], query: 'probe' } }));
const updates = async (c: ApiClient, id: string) => ok(await c.gql('mutation($i: UpdateKnowledgeArticleInput!) { updateKnowledgeArticle(input: $i) { article { id } } }', { i: { id, body: 'Changed by the probe.' } }));
// Submitting needs a draft: the admin's edit of the published article starts one.
const submits = async (c: ApiClient, id: string) => {
  await admin.gqlOk('mutation($i: UpdateKnowledgeArticleInput!) { updateKnowledgeArticle(input: $i) { article { id } } }', { i: { id, body: 'A new draft.' } });
  return ok(await c.gql('mutation($i: KnowledgeArticleIdInput!) { submitKnowledgeArticle(input: $i) { article { id } } }', { i: { id } }));
};
const translates = async (c: ApiClient, id: string) => ok(await c.gql('mutation($i: AddKnowledgeTranslationInput!) { addKnowledgeTranslation(input: $i) { article { id } } }', { i: { articleId: id, language: 'zh-CN', title: '探针' } }));
const uploads = async (c: ApiClient, id: string) => (await c.post(`/api/v1/knowledge/articles/${id}/attachments`).attach('file', PNG, 'more.png')).status === 201;

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  const owner = await api.ctx.newUser({ role: Role.ServiceAgent });
  neutral = owner.id;
  outsiderAccount = (await api.ctx.newAccount({ name: 'Nobody’s', owner: { owner: owner.id, team: null } })).id;
});

describe('articles by the knowledge scope (published, for customers)', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'knowledge',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: (kind: RecordKind, cast: MatrixCast) => makeArticle(ownerFor(kind, cast)),
    probes: [
      { name: 'knowledgeArticle(id)', action: 'read', reaches: readArticle },
      { name: 'knowledgeArticles(filter)', action: 'read', reaches: listed },
      { name: 'searchKnowledge', action: 'read', reaches: searched },
      { name: 'attachment GET (REST)', action: 'read', reaches: downloads },
      { name: 'rateKnowledgeArticle', action: 'read', reaches: rates },
      { name: 'viewKnowledgeArticle', action: 'read', reaches: views },
      { name: 'recordKnowledgeDeflection', action: 'read', reaches: deflects },
      { name: 'updateKnowledgeArticle', action: 'write', reaches: updates },
      { name: 'submitKnowledgeArticle', action: 'write', reaches: submits },
      { name: 'addKnowledgeTranslation', action: 'write', reaches: translates },
      { name: 'upload attachment (REST)', action: 'write', reaches: uploads },
    ],
  });
});

describe('internal articles by the knowledgeInternal capability', () => {
  // Staff read them, a customer (portal user) never: by id, in lists, in search, or a file of theirs.
  describeVisibilityMatrix<ApiClient>({
    object: 'knowledgeInternal',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: (kind: RecordKind, cast: MatrixCast) => makeArticle(ownerFor(kind, cast), 'INTERNAL'),
    probes: [
      { name: 'knowledgeArticle(id)', action: 'read', reaches: readArticle },
      { name: 'knowledgeArticles(filter)', action: 'read', reaches: listed },
      { name: 'searchKnowledge', action: 'read', reaches: searched },
      { name: 'attachment GET (REST)', action: 'read', reaches: downloads },
      { name: 'rateKnowledgeArticle', action: 'read', reaches: rates },
    ],
  });
});

describe('knowledge on cases by the case scope', () => {
  const link = (c: ApiClient, caseId: string) => c.gql('mutation($i: KnowledgeCaseLinkInput!) { linkKnowledgeArticleToCase(input: $i) { article { id } } }', { i: { articleId: sharedArticle, caseId } });
  beforeAll(async () => {
    sharedArticle = await makeArticle({ owner: neutral, team: null });
  });
  describeVisibilityMatrix<ApiClient>({
    object: 'case',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind: RecordKind, cast: MatrixCast) => {
      const { owner, team } = ownerFor(kind, cast);
      return (await api.ctx.newCase({ accountId: outsiderAccount, subject: `Customer asks: ${words.get(sharedArticle)}`, owner: { owner, team } })).id;
    },
    probes: [
      {
        name: 'knowledgeSuggestions(caseId)',
        action: 'read',
        reaches: async (c, id) => ((await c.gql<{ knowledgeSuggestions: { article: { id: string } }[] }>('query($c: ID!) { knowledgeSuggestions(caseId: $c) { article { id } } }', { c: id })).data?.knowledgeSuggestions ?? []).some((h) => h.article.id === sharedArticle),
      },
      { name: 'linkKnowledgeArticleToCase', action: 'write', reaches: async (c, id) => ok(await link(c, id)) },
      {
        name: 'unlinkKnowledgeArticleFromCase',
        action: 'write',
        reaches: async (c, id) => {
          await link(admin, id);
          return ok(await c.gql('mutation($i: KnowledgeCaseLinkInput!) { unlinkKnowledgeArticleFromCase(input: $i) { article { id } } }', { i: { articleId: sharedArticle, caseId: id } }));
        },
      },
      {
        name: 'case.knowledgeArticles',
        action: 'read',
        reaches: async (c, id) => {
          await link(admin, id);
          return !!(await c.gql<{ case: { knowledgeArticles: { id: string }[] } | null }>('query($id: ID!) { case(id: $id) { knowledgeArticles { id } } }', { id })).data?.case?.knowledgeArticles.some((a) => a.id === sharedArticle);
        },
      },
    ],
  });
});

describe('audience and publication', () => {
  // Staff read every audience (partners too: no partner role yet); a customer only articles for customers. Unpublished articles: only those who may write them (here an outsider's: the `all` writers).
  const WRITES_ALL = [Role.Admin, Role.ServiceManager, Role.Integration];
  const variants = [
    { name: 'internal', audience: 'INTERNAL', publish: true },
    { name: 'partners', audience: 'PARTNERS', publish: true },
    { name: 'customers draft', audience: 'CUSTOMERS', publish: false },
  ];
  const probes = [
    { name: 'knowledgeArticle(id)', reaches: readArticle, published: false },
    { name: 'knowledgeArticles(filter)', reaches: listed, published: false },
    { name: 'searchKnowledge', reaches: searched, published: true },
    { name: 'attachment GET (REST)', reaches: downloads, published: false },
  ];
  const rows = ALL_ROLES.flatMap((role) => variants.flatMap((v) => probes.map((p) => {
    const reads = v.publish ? role !== Role.PortalUser : !p.published && WRITES_ALL.includes(role);
    return [p.name, role, v.name, reads, v, p] as const;
  })));
  const clients = new Map<Role, ApiClient>();
  let outsider: string;
  beforeAll(async () => {
    outsider = (await api.ctx.newUser({ role: Role.ServiceAgent })).id;
    for (const role of ALL_ROLES) clients.set(role, await api.signedIn((await api.ctx.newUser({ role })).email));
  });
  it.each(rows)('%s · %s · %s article → reaches: %s', async (_name, role, _variant, expected, v, p) => {
    const id = await makeArticle({ owner: outsider, team: null }, v.audience, v.publish);
    await expect(p.reaches(clients.get(role)!, id)).resolves.toBe(expected);
  });
});

describe('publishing and the category tree', () => {
  // They take the `knowledge` write scope `all`, whoever owns the article.
  const PUBLISHES = new Set([Role.Admin, Role.ServiceManager, Role.Integration]);
  it.each(ALL_ROLES)('%s publishes, archives and arranges categories only with the write scope all', async (role) => {
    const user = await api.ctx.newUser({ role });
    const c = await api.signedIn(user.email);
    const own = await makeArticle({ owner: user.id, team: user.teamId }, 'CUSTOMERS', false);
    const expected = PUBLISHES.has(role) ? 'OK' : 'FORBIDDEN';
    // A draft is seen only by who may write it: an agent is refused their own, the others do not see it at all.
    const onDraft = PUBLISHES.has(role) ? 'OK' : role === Role.ServiceAgent ? 'FORBIDDEN' : 'NOT_FOUND';
    expect(code(await c.gql('mutation($i: PublishKnowledgeArticleInput!) { publishKnowledgeArticle(input: $i) { article { id } } }', { i: { id: own } }))).toBe(onDraft);
    const published = await makeArticle({ owner: user.id, team: user.teamId });
    expect(code(await c.gql('mutation($i: KnowledgeArticleIdInput!) { archiveKnowledgeArticle(input: $i) { article { id } } }', { i: { id: published } }))).toBe(expected);
    expect(code(await c.gql('mutation($i: SaveKnowledgeCategoryInput!) { saveKnowledgeCategory(input: $i) { category { id } } }', { i: { nameEn: `By ${role}` } }))).toBe(expected);
    expect(code(await c.gql('{ knowledgeCategories { id } }'))).toBe('OK');
  });
});

describe('linked articles on a case, by the article’s own visibility', () => {
  // A link outlives the article's publication: once archived, the case lists it only to who may still read it (its writers with the scope all).
  const READS_ARCHIVED = new Set([Role.Admin, Role.ServiceManager]);
  it.each([Role.Admin, Role.ServiceManager, Role.ServiceAgent, Role.SalesManager, Role.SalesRep])('%s gets a linked article in case.knowledgeArticles only while they may read it', async (role) => {
    const user = await api.ctx.newUser({ role });
    const c = await api.signedIn(user.email);
    const k = await api.ctx.newCase({ owner: { owner: user.id, team: null } });
    const [kept, archived] = [await makeArticle({ owner: neutral, team: null }), await makeArticle({ owner: neutral, team: null })];
    for (const articleId of [kept, archived]) await admin.gqlOk('mutation($i: KnowledgeCaseLinkInput!) { linkKnowledgeArticleToCase(input: $i) { article { id } } }', { i: { articleId, caseId: k.id } });
    await admin.gqlOk('mutation($i: KnowledgeArticleIdInput!) { archiveKnowledgeArticle(input: $i) { article { id } } }', { i: { id: archived } });
    const onCase = await c.gqlOk<{ case: { knowledgeArticles: { id: string }[] } }>('query($id: ID!) { case(id: $id) { knowledgeArticles { id } } }', { id: k.id });
    expect(onCase.case.knowledgeArticles.map((a) => a.id).sort()).toEqual((READS_ARCHIVED.has(role) ? [kept, archived] : [kept]).sort());
    await expect(readArticle(c, archived)).resolves.toBe(READS_ARCHIVED.has(role));
  });
});
