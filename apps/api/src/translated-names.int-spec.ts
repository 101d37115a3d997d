import { Role } from '@rapport/shared-domain';
import { ApiClient, describeVisibilityMatrix } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Configured names in the reader's language (docs/adr/0010): pipelines and stages resolve `name`
 * from Accept-Language, else the signed-in person's language, else the canonical name; admins
 * edit names and translations; custom-field options carry translations too.
 */
const api = useTestApi();

// A request in a language, as the SPA sends it (Accept-Language).
const okIn = <T>(client: ApiClient, language: string | null, query: string, variables?: Record<string, unknown>): Promise<T> => client.gqlOkIn<T>(language, query, variables);

interface StageRow {
  id: string;
  name: string;
  canonicalName: string;
  names: Record<string, string>;
}
interface PipelineRow extends StageRow {
  isDefault: boolean;
  stages: StageRow[];
}
type Pipelines = { pipelines: PipelineRow[] };
const PIPELINES = '{ pipelines { id name canonicalName names isDefault stages { id name canonicalName names } } }';

const defaultPipeline = (d: Pipelines) => d.pipelines.find((p) => p.isDefault)!;
const stageNamed = (p: PipelineRow, canonical: string) => p.stages.find((s) => s.canonicalName === canonical)!;

async function newClient(role: Role, locale: 'en' | 'zh-CN' | 'zh-TW' = 'en') {
  const user = await api.ctx.newUser({ role, locale });
  return { user, client: await api.signedIn(user.email) };
}

async function newDeal(owner: string, stageName = 'Prospecting') {
  const account = await api.ctx.newAccount({ name: 'Names Co', ownerId: owner });
  return (await api.ctx.newOpportunity({ name: 'Names deal', accountId: account.id, stageName, ownerId: owner, amount: '5000' })).id;
}

describe('pipeline and stage names in the reader’s language', () => {
  it('the default pipeline comes translated, and each language reads its own names', async () => {
    const { client } = await newClient(Role.SalesRep);
    const cn = defaultPipeline(await okIn<Pipelines>(client, 'zh-CN', PIPELINES));
    expect(cn.name).toBe('新业务');
    expect(cn.canonicalName).toBe('New Business');
    expect(cn.stages.map((s) => s.name)).toEqual(['初步接洽', '资格确认', '方案报价', '商务谈判', '赢单', '丢单']);
    expect(stageNamed(cn, 'Qualification').names).toEqual({ 'zh-CN': '资格确认', 'zh-TW': '資格確認' });

    const tw = defaultPipeline(await okIn<Pipelines>(client, 'zh-TW,zh;q=0.9,en;q=0.8', PIPELINES));
    expect(stageNamed(tw, 'Qualification').name).toBe('資格確認');
    const en = defaultPipeline(await okIn<Pipelines>(client, 'en-US,en;q=0.9', PIPELINES));
    expect(en.stages.map((s) => s.name)).toEqual(['Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost']);
  });

  it('a deal’s stage follows the request’s language; without a header, the signed-in person’s own language', async () => {
    const { user, client } = await newClient(Role.SalesRep, 'zh-TW');
    const id = await newDeal(user.id, 'Qualification');
    const q = 'query($id: ID!) { opportunity(id: $id) { stage { name canonicalName } } }';
    expect((await okIn<{ opportunity: { stage: StageRow } }>(client, 'zh-CN', q, { id })).opportunity.stage).toEqual({ name: '资格确认', canonicalName: 'Qualification' });
    // No header (or one naming nothing we translate into): the stored preference, zh-TW.
    expect((await okIn<{ opportunity: { stage: StageRow } }>(client, null, q, { id })).opportunity.stage.name).toBe('資格確認');
    expect((await okIn<{ opportunity: { stage: StageRow } }>(client, 'fr-FR', q, { id })).opportunity.stage.name).toBe('資格確認');
    const list = await okIn<{ opportunities: { edges: { node: { stage: { name: string } } }[] } }>(
      client,
      'zh-CN',
      'query($id: ID!) { opportunities(filter: { id: { eq: $id } }) { edges { node { stage { name } } } } }',
      { id },
    );
    expect(list.opportunities.edges[0].node.stage.name).toBe('资格确认');
  });

  it('an API key that sends no language gets the canonical names, whatever its user’s language', async () => {
    const { client: admin } = await newClient(Role.Admin);
    const integration = await api.ctx.newUser({ role: Role.Integration, locale: 'zh-CN' });
    const { createApiKey } = await admin.gqlOk<{ createApiKey: { secret: string } }>(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
      { i: { name: 'ERP', scopes: ['sales:read', 'sales:write'], actsAsUserId: integration.id } },
    );
    const key = new ApiClient(api.app).withApiKey(createApiKey.secret);
    const plain = defaultPipeline(await okIn<Pipelines>(key, null, PIPELINES));
    expect(plain.name).toBe('New Business');
    expect(stageNamed(plain, 'Qualification').name).toBe('Qualification');
    // Asking is enough.
    expect(stageNamed(defaultPipeline(await okIn<Pipelines>(key, 'zh-CN', PIPELINES)), 'Qualification').name).toBe('资格确认');
    // Its write scope does not reach configuration: the integration role has no pipeline write grant.
    const refused = await key.gql('mutation($i: UpdateStageInput!) { updateStage(input: $i) { stage { id } } }', { i: { id: plain.stages[0].id, name: 'Hacked' } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('timeline events name stages in the reader’s language', async () => {
    const { user, client } = await newClient(Role.SalesRep);
    const id = await newDeal(user.id, 'Prospecting');
    const stages = defaultPipeline(await okIn<Pipelines>(client, null, PIPELINES));
    await client.gqlOk('mutation($i: MoveOpportunityStageInput!) { moveOpportunityStage(input: $i) { opportunity { id } } }', {
      i: { id, stageId: stageNamed(stages, 'Negotiation').id },
    });
    const q = 'query($id: ID!) { opportunity(id: $id) { timeline(types: ["opportunity.stage_changed"]) { edges { node { payload } } } } }';
    const payloadIn = async (language: string | null) =>
      JSON.parse((await okIn<{ opportunity: { timeline: { edges: { node: { payload: string } }[] } } }>(client, language, q, { id })).opportunity.timeline.edges[0].node.payload);
    expect(await payloadIn('zh-CN')).toMatchObject({ from: '初步接洽', to: '商务谈判' });
    expect(await payloadIn('zh-TW')).toMatchObject({ from: '初步接洽', to: '議價協商' });
    expect(await payloadIn(null)).toMatchObject({ from: 'Prospecting', to: 'Negotiation' });
  });
});

describe('admins edit names and translations', () => {
  const UPDATE_STAGE = 'mutation($i: UpdateStageInput!) { updateStage(input: $i) { stage { id name canonicalName names } } }';
  const UPDATE_PIPELINE = 'mutation($i: UpdatePipelineInput!) { updatePipeline(input: $i) { pipeline { id name canonicalName names stages { id } } } }';

  async function newPipeline(name = 'Partners') {
    const { pipeline, stages } = await api.ctx.newPipeline({
      name,
      currency: 'CNY',
      stages: [
        { name: 'Intro', position: 1, probability: 10, forecastCategory: 'pipeline' },
        { name: 'Won', position: 2, probability: 100, forecastCategory: 'closed', isWon: true },
        { name: 'Lost', position: 3, probability: 0, forecastCategory: 'omitted', isLost: true },
      ],
    });
    return { id: pipeline.id, stageIds: stages.map((s) => s.id) };
  }

  it('rename a stage and set its translations, normalised and audited; readers see them at once', async () => {
    const { user, client: admin } = await newClient(Role.Admin);
    const { stageIds } = await newPipeline();
    const { updateStage } = await okIn<{ updateStage: { stage: StageRow } }>(admin, 'zh-CN', UPDATE_STAGE, {
      i: { id: stageIds[0], name: '  Introduction ', names: { 'zh-TW': ' 初次介紹 ', 'zh-CN': '初次介绍', en: '' } },
    });
    expect(updateStage.stage).toEqual({ id: stageIds[0], name: '初次介绍', canonicalName: 'Introduction', names: { 'zh-CN': '初次介绍', 'zh-TW': '初次介紹' } });

    const [audit] = await api.ctx.ds.query(`SELECT actor_id, changes FROM audit_log WHERE entity_type = 'stage' AND entity_id = $1 AND action = 'update'`, [stageIds[0]]);
    expect(audit.actor_id).toBe(user.id);
    expect(audit.changes).toEqual([
      { field: 'name', from: 'Intro', to: 'Introduction' },
      { field: 'names', from: {}, to: { 'zh-CN': '初次介绍', 'zh-TW': '初次介紹' } },
    ]);

    const { client: rep } = await newClient(Role.SalesRep);
    const seen = (await okIn<Pipelines>(rep, 'zh-TW', PIPELINES)).pipelines.flatMap((p) => p.stages).find((s) => s.id === stageIds[0]);
    expect(seen?.name).toBe('初次介紹');

    // Saving the same again changes nothing and writes no audit row.
    await okIn(admin, null, UPDATE_STAGE, { i: { id: stageIds[0], name: 'Introduction', names: { 'zh-CN': '初次介绍', 'zh-TW': '初次介紹' } } });
    const [{ count }] = await api.ctx.ds.query(`SELECT count(*)::int AS count FROM audit_log WHERE entity_type = 'stage' AND entity_id = $1`, [stageIds[0]]);
    expect(count).toBe(1);
  });

  it('rename a pipeline and clear a translation; the payload carries its stages', async () => {
    const { client: admin } = await newClient(Role.Admin);
    const { id, stageIds } = await newPipeline('Channel');
    await admin.gqlOk(UPDATE_PIPELINE, { i: { id, names: { 'zh-CN': '渠道', 'zh-TW': '通路' } } });
    const { updatePipeline } = await okIn<{ updatePipeline: { pipeline: PipelineRow } }>(admin, 'zh-TW', UPDATE_PIPELINE, { i: { id, name: 'Channel sales', names: { 'zh-CN': '渠道' } } });
    expect(updatePipeline.pipeline).toMatchObject({ name: 'Channel sales', canonicalName: 'Channel sales', names: { 'zh-CN': '渠道' } });
    expect(updatePipeline.pipeline.stages.map((s) => s.id)).toEqual(stageIds);
  });

  it('refuses bad names and translations field by field, and unknown ids as not found', async () => {
    const { client: admin } = await newClient(Role.Admin);
    const { id, stageIds } = await newPipeline();
    const bad = await admin.gql(UPDATE_STAGE, { i: { id: stageIds[1], names: { fr: 'Gagné', 'zh-CN': '赢'.repeat(81), 'zh-TW': 7 } } });
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.errors?.[0].extensions?.fields?.map((f) => [f.path, f.message])).toEqual([
      ['input.names.fr', 'must be one of: en, zh-CN, zh-TW'],
      ['input.names.zh-CN', 'must be at most 80 characters'],
      ['input.names.zh-TW', 'must be text'],
    ]);
    // Keyed, so the SPA says them in the admin's language.
    expect(bad.errors?.[0].extensions?.fields?.map((f) => (f as { messageKey?: string }).messageKey)).toEqual(['validation.isIn', 'validation.maxLength', 'validation.isString']);
    const blank = await admin.gql(UPDATE_PIPELINE, { i: { id, name: '   ' } });
    expect(blank.errors?.[0].extensions?.fields?.map((f) => [f.path, (f as { messageKey?: string }).messageKey])).toEqual([['input.name', 'validation.isLength']]);
    const long = await admin.gql(UPDATE_PIPELINE, { i: { id, name: 'x'.repeat(81) } });
    expect(long.errors?.[0].extensions?.fields?.map((f) => f.path)).toEqual(['input.name']);
    const nulled = await admin.gql(UPDATE_STAGE, { i: { id: stageIds[1], name: null } });
    expect(nulled.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    // Nothing was stored by the refused calls.
    const [row] = await api.ctx.ds.query(`SELECT p.name, s.names FROM pipeline p JOIN stage s ON s.pipeline_id = p.id WHERE s.id = $1`, [stageIds[1]]);
    expect(row).toEqual({ name: 'Partners', names: {} });

    const missing = await admin.gql(UPDATE_STAGE, { i: { id: '01900000-0000-7000-8000-000000000000', name: 'Ghost' } });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  describe('who may change them (permission table: pipeline write, all records)', () => {
    describeVisibilityMatrix<ApiClient>({
      object: 'pipeline',
      factories: () => api.ctx,
      clientFor: (u) => api.signedIn(u.email),
      // Pipelines belong to nobody: every kind of record is simply a fresh pipeline.
      makeRecord: async () => (await newPipeline(`Matrix ${Math.random().toString(36).slice(2, 8)}`)).id,
      probes: [
        {
          name: 'query pipelines',
          action: 'read',
          reaches: async (c, id) => !!(await c.gql<{ pipelines: { id: string }[] }>('{ pipelines { id } }')).data?.pipelines.some((p) => p.id === id),
        },
        {
          name: 'mutation updatePipeline',
          action: 'write',
          reaches: async (c, id) => {
            const r = await c.gql(UPDATE_PIPELINE, { i: { id, names: { 'zh-CN': '矩阵' } } });
            const [row] = await api.ctx.ds.query(`SELECT names FROM pipeline WHERE id = $1`, [id]);
            // Reached means it answered and stored; refused means FORBIDDEN and nothing stored.
            if (r.errors) expect(r.errors[0].extensions?.code).toBe('FORBIDDEN');
            return !r.errors && row.names['zh-CN'] === '矩阵';
          },
        },
        {
          name: 'mutation updateStage',
          action: 'write',
          reaches: async (c, id) => {
            const [stage] = await api.ctx.ds.query(`SELECT id FROM stage WHERE pipeline_id = $1 ORDER BY position LIMIT 1`, [id]);
            const r = await c.gql(UPDATE_STAGE, { i: { id: stage.id, name: 'Renamed' } });
            const [row] = await api.ctx.ds.query(`SELECT name FROM stage WHERE id = $1`, [stage.id]);
            if (r.errors) expect(r.errors[0].extensions?.code).toBe('FORBIDDEN');
            return !r.errors && row.name === 'Renamed';
          },
        },
      ],
    });
  });
});

describe('custom-field options have translations', () => {
  const DEFINE = 'mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { definition { id options optionLabels labels } } }';
  const UPDATE = 'mutation($i: UpdateCustomFieldInput!) { updateCustomField(input: $i) { definition { options optionLabels } } }';

  it('are stored per option value, checked against the options and dropped with a removed option', async () => {
    const { client: admin } = await newClient(Role.Admin);
    const { defineCustomField } = await admin.gqlOk<{ defineCustomField: { definition: { id: string; optionLabels: unknown; labels: unknown } } }>(DEFINE, {
      i: {
        objectType: 'ACCOUNT',
        key: 'segment_names',
        label: 'Segment',
        labels: { 'zh-CN': '细分', 'zh-TW': '區隔' },
        type: 'SELECT',
        options: ['SMB', 'Enterprise'],
        optionLabels: { Enterprise: { 'zh-CN': ' 大型企业 ', 'zh-TW': '大型企業' }, SMB: { 'zh-CN': '中小企业', 'zh-TW': '' } },
      },
    });
    expect(defineCustomField.definition.optionLabels).toEqual({ SMB: { 'zh-CN': '中小企业' }, Enterprise: { 'zh-CN': '大型企业', 'zh-TW': '大型企業' } });
    expect(defineCustomField.definition.labels).toEqual({ 'zh-CN': '细分', 'zh-TW': '區隔' });
    const id = defineCustomField.definition.id;

    const bad = await admin.gql(UPDATE, { i: { id, optionLabels: { Huge: { 'zh-CN': '巨型' }, SMB: { de: 'KMU' } }, labels: { ja: 'セグメント' } } });
    expect(bad.errors?.[0].extensions?.fields?.map((f) => [f.path, f.message])).toEqual([
      ['input.labels.ja', 'must be one of: en, zh-CN, zh-TW'],
      ['input.optionLabels.Huge', 'must be one of: SMB, Enterprise'],
      ['input.optionLabels.SMB.de', 'must be one of: en, zh-CN, zh-TW'],
    ]);

    // Options change without new translations: the removed option's go, the others stay.
    const { updateCustomField } = await admin.gqlOk<{ updateCustomField: { definition: { options: string[]; optionLabels: unknown } } }>(UPDATE, { i: { id, options: ['Enterprise', 'Public sector'] } });
    expect(updateCustomField.definition).toEqual({ options: ['Enterprise', 'Public sector'], optionLabels: { Enterprise: { 'zh-CN': '大型企业', 'zh-TW': '大型企業' } } });

    // Labels of an option are checked against the options sent with them.
    const both = await admin.gqlOk<{ updateCustomField: { definition: { optionLabels: unknown } } }>(UPDATE, {
      i: { id, options: ['Enterprise', 'Public sector'], optionLabels: { 'Public sector': { 'zh-TW': '公部門' } } },
    });
    expect(both.updateCustomField.definition.optionLabels).toEqual({ 'Public sector': { 'zh-TW': '公部門' } });

    const { client: rep } = await newClient(Role.SalesRep);
    const refused = await rep.gql(UPDATE, { i: { id, optionLabels: {} } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
