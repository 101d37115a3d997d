import { EntityManager } from 'typeorm';
import { LeadSource, LeadStatus, normalizeCompanyName, normalizePersonName, normalizePhone } from '@rapport/sales-domain';
import { LeadInsertRow, LeadWriter } from '@rapport/leads-data';
import { seedPicklist, type SeedValue } from './picklist-seed';

/**
 * A believable sales organisation in Chinese and English: 240 accounts, ~1,000 contacts,
 * 500 leads, 300 opportunities over two pipelines and activities across the last year.
 * Deterministic (seeded PRNG) so demos and screenshots look the same on every machine.
 */
const CITIES = ['北京', '上海', '深圳', '杭州', '广州', '成都', '台北', '新竹', '香港', '苏州'];
const CORES = ['星辰', '华信', '远航', '恒通', '瑞丰', '天成', '鼎盛', '金桥', '云图', '博远', '智联', '海纳'];
const CN_SUFFIXES = ['科技有限公司', '贸易有限公司', '股份有限公司', '集团', '信息技术有限公司'];
const EN_CORES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Wonka', 'Hooli', 'Vandelay', 'Soylent', 'Cyberdyne', 'Tyrell', 'Gringotts', 'Oceanic', 'Massive'];
const EN_KINDS = ['Trading', 'Logistics', 'Software', 'Foods', 'Manufacturing', 'Pharma', 'Retail', 'Energy'];
const EN_SUFFIXES = ['Co., Ltd.', 'Inc.', 'Ltd.', 'Group'];
// Configured values with their Chinese names (docs/adr/0018-picklists.md); Taiwan's terms in zh-TW (軟體, 物流, 醫療).
const INDUSTRY_VALUES: SeedValue[] = [
  ['Manufacturing', '制造业', '製造業'],
  ['Retail', '零售', '零售'],
  ['Software', '软件', '軟體'],
  ['Logistics', '物流', '物流'],
  ['Healthcare', '医疗健康', '醫療保健'],
  ['Finance', '金融', '金融'],
  ['Energy', '能源', '能源'],
  ['Education', '教育', '教育'],
];
const TERRITORY_VALUES: SeedValue[] = [
  ['North China', '华北', '華北'],
  ['East China', '华东', '華東'],
  ['South China', '华南', '華南'],
  ['West China', '西部', '西部'],
  ['Taiwan', '台湾', '台灣'],
  ['Hong Kong', '香港', '香港'],
  ['International', '海外', '海外'],
];
const INDUSTRIES = INDUSTRY_VALUES.map((v) => v[0]);
const ABROAD = ['Europe/London', 'America/New_York', 'Asia/Singapore', 'Europe/Berlin'];
const TERRITORIES = TERRITORY_VALUES.map((v) => v[0]);
const ZONE_OF_COUNTRY: Record<string, string> = { China: 'Asia/Shanghai', 'United States': 'America/New_York', Singapore: 'Asia/Singapore', Germany: 'Europe/Berlin', Japan: 'Asia/Tokyo' };
const TIERS = ['strategic', 'key', 'standard', 'standard', 'small'];
const CN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '林', '郭'];
const CN_GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '婷'];
const CN_PINYIN: Record<string, string> = { 王: 'wang', 李: 'li', 张: 'zhang', 刘: 'liu', 陈: 'chen', 杨: 'yang', 黄: 'huang', 赵: 'zhao', 吴: 'wu', 周: 'zhou', 徐: 'xu', 孙: 'sun', 林: 'lin', 郭: 'guo' };
const EN_FIRST = ['James', 'Mary', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Emma', 'Daniel', 'Olivia', 'Kevin', 'Grace'];
const EN_LAST = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Miller', 'Wilson', 'Moore', 'Clark', 'Walker', 'Hall'];
const TITLES = ['CEO', 'CFO', 'CTO', 'Purchasing Manager', 'IT Director', '采购经理', '总经理', '信息部主管', 'Operations Lead'];
const PRODUCTS = ['CRM Suite', 'Service Desk', 'Marketing Cloud', 'Analytics', 'Implementation'];
const CAMPAIGNS = ['Spring Expo 2026', 'Webinar: AI in Sales', 'Partner Referral Q3', null, null];

function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedSales(m: EntityManager, owners: { id: string; teamId: string | null }[]): Promise<void> {
  const rnd = prng(20261123);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const owner = () => pick(owners);
  const daysAgo = (max: number) => new Date(Date.now() - Math.floor(rnd() * max * 86400_000));

  // Second pipeline (the first, with its translations, comes with the migrations), named in the three languages.
  await m.query(`
    WITH p AS (INSERT INTO pipeline (name, names, is_default, currency) VALUES ('Renewals', '{"zh-CN": "续约", "zh-TW": "續約"}', false, 'CNY') RETURNING id)
    INSERT INTO stage (pipeline_id, name, names, position, probability, forecast_category, is_won, is_lost)
    SELECT p.id, s.name, s.names::jsonb, s.position, s.probability, s.category, s.won, s.lost FROM p, (VALUES
      ('Upcoming', '{"zh-CN": "即将到期", "zh-TW": "即將到期"}', 1, 30, 'pipeline', false, false),
      ('Quoted', '{"zh-CN": "已报价", "zh-TW": "已報價"}', 2, 60, 'best_case', false, false),
      ('Verbal yes', '{"zh-CN": "口头同意", "zh-TW": "口頭同意"}', 3, 85, 'commit', false, false),
      ('Renewed', '{"zh-CN": "已续约", "zh-TW": "已續約"}', 4, 100, 'closed', true, false),
      ('Churned', '{"zh-CN": "已流失", "zh-TW": "已流失"}', 5, 0, 'omitted', false, true)
    ) AS s(name, names, position, probability, category, won, lost)`);

  await seedPicklist(m, 'industry', INDUSTRY_VALUES);
  await seedPicklist(m, 'territory', TERRITORY_VALUES);
  const accounts: { id?: string; name: string; domain: string; chinese: boolean }[] = [];
  const seen = new Set<string>();
  while (accounts.length < 240) {
    const chinese = rnd() < 0.55;
    const name = chinese ? `${pick(CITIES)}${pick(CORES)}${pick(CN_SUFFIXES)}` : `${pick(EN_CORES)} ${pick(EN_KINDS)} ${pick(EN_SUFFIXES)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    accounts.push({ name, chinese, domain: `${chinese ? 'cn' : ''}${accounts.length + 1}-${chinese ? 'corp' : name.split(' ')[0].toLowerCase()}.example` });
  }
  const accountRows = accounts.map((a) => {
    const o = owner();
    return [a.name, normalizeCompanyName(a.name), pick(INDUSTRIES), pick(TIERS), pick(TERRITORIES), `https://www.${a.domain}`, o.id, o.teamId, daysAgo(400)];
  });
  const inserted: { id: string }[] = await m.query(
    `INSERT INTO account (name, name_normalized, industry, tier, territory, website, owner_id, team_id, created_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::uuid[], $9::timestamptz[]) RETURNING id`,
    columns(accountRows, 9),
  );
  inserted.forEach((r, i) => (accounts[i].id = r.id));

  const contactRows: unknown[][] = [];
  const accountOwner = new Map<string, unknown[]>(accountRows.map((r, i) => [accounts[i].id!, r]));
  accounts.forEach((a, ai) => {
    const count = 3 + (ai % 4) + (ai % 7 === 0 ? 2 : 0);
    for (let i = 0; i < count && contactRows.length < 1000; i++) {
      const chinese = a.chinese ? rnd() < 0.85 : rnd() < 0.15;
      const last = chinese ? pick(CN_SURNAMES) : pick(EN_LAST);
      const first = chinese ? pick(CN_GIVEN) : pick(EN_FIRST);
      const local = chinese ? `${CN_PINYIN[last]}${contactRows.length}` : `${first}.${last}${contactRows.length}`.toLowerCase();
      const phone = `13${String(800000000 + contactRows.length * 7919).slice(0, 9)}`;
      const r = accountOwner.get(a.id!)!;
      // Where they live by the clock (mailings at a local hour): mainland China, Taiwan, or abroad.
      // Not from rnd(): another draw would change every name the demo makes after it.
      const zone = chinese ? (a.chinese ? 'Asia/Shanghai' : 'Asia/Taipei') : ABROAD[contactRows.length % ABROAD.length];
      contactRows.push([a.id, first, last, normalizePersonName(first, last), pick(TITLES), `${local}@${a.domain}`, phone, normalizePhone(phone), chinese ? 'zh-CN' : 'en', r[6], r[7], daysAgo(380), zone]);
    }
  });
  await m.query(
    `INSERT INTO contact (account_id, first_name, last_name, name_normalized, title, emails, phones, phones_normalized, locale, owner_id, team_id, created_at, time_zone)
     SELECT account_id, first_name, last_name, name_normalized, title, ARRAY[email], ARRAY[phone], ARRAY[phone_normalized], locale, owner_id, team_id, created_at, time_zone
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::uuid[], $11::uuid[], $12::timestamptz[], $13::text[])
         AS t(account_id, first_name, last_name, name_normalized, title, email, phone, phone_normalized, locale, owner_id, team_id, created_at, time_zone)`,
    columns(contactRows, 13),
  );

  const sources = Object.values(LeadSource);
  const statuses = [LeadStatus.New, LeadStatus.New, LeadStatus.Working, LeadStatus.Working, LeadStatus.Nurturing, LeadStatus.Qualified, LeadStatus.Unqualified];
  const leadRows: LeadInsertRow[] = [];
  for (let i = 0; i < 500; i++) {
    const chinese = rnd() < 0.5;
    const last = chinese ? pick(CN_SURNAMES) : pick(EN_LAST);
    const first = chinese ? pick(CN_GIVEN) : pick(EN_FIRST);
    const company = chinese ? `${pick(CITIES)}${pick(CORES)}${pick(CN_SUFFIXES)}` : `${pick(EN_CORES)} ${pick(EN_KINDS)} ${pick(EN_SUFFIXES)}`;
    const email = chinese ? `${CN_PINYIN[last]}.lead${i}@mail${i % 17}.example.cn` : `${first}.${last}.${i}@mail${i % 13}.example.com`.toLowerCase();
    const o = owner();
    const row: LeadInsertRow = {
      first_name: first,
      last_name: last,
      name_normalized: normalizePersonName(first, last),
      company,
      company_normalized: normalizeCompanyName(company),
      title: pick(TITLES),
      email,
      source: pick(sources),
      status: pick(statuses),
      product_interest: pick(PRODUCTS),
      campaign: pick(CAMPAIGNS),
      country: chinese ? 'China' : pick(['United States', 'Singapore', 'Germany', 'Japan']),
      score: Math.floor(rnd() * 100),
      owner_id: o.id,
      team_id: o.teamId,
      created_at: daysAgo(120),
    };
    // The zone of the country: no rnd() draw, so every name the demo makes after stays the same.
    leadRows.push({ ...row, time_zone: ZONE_OF_COUNTRY[row.country as string] });
  }
  // Leads go through the one lead writer (issue 13), in one statement like the rows above.
  await new LeadWriter().insertMany(m, leadRows);

  const stages: { id: string; pipeline_id: string; is_won: boolean; is_lost: boolean; name: string }[] = await m.query(`SELECT id, pipeline_id, is_won, is_lost, name FROM stage ORDER BY pipeline_id, position`);
  const oppRows: unknown[][] = [];
  for (let i = 0; i < 300; i++) {
    const a = accounts[Math.floor(rnd() * accounts.length)];
    const st = pick(stages);
    const r = accountOwner.get(a.id!)!;
    const amount = Math.round((10_000 + rnd() * rnd() * 2_000_000) / 100) * 100;
    const close = new Date(Date.now() + Math.floor((rnd() * 300 - 120) * 86400_000)).toISOString().slice(0, 10);
    const closed = st.is_won || st.is_lost;
    oppRows.push([`${a.name.slice(0, 24)} – ${pick(PRODUCTS)}`, a.id, st.pipeline_id, st.id, amount, close, closed ? new Date(close) : null, st.is_lost ? pick(['Price', 'Went with a competitor', 'No budget', 'Timing']) : null, rnd() < 0.6 ? pick(['Send proposal', 'Demo for IT', '安排高层会议', 'Follow up on pricing', '确认预算']) : null, r[6], r[7], daysAgo(300)]);
  }
  await m.query(
    `INSERT INTO opportunity (name, account_id, pipeline_id, stage_id, amount, close_date, closed_at, lost_reason, next_step, owner_id, team_id, created_at)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::numeric[], $6::date[], $7::timestamptz[], $8::text[], $9::text[], $10::uuid[], $11::uuid[], $12::timestamptz[])`,
    columns(oppRows, 12),
  );

  // Activities over the last year, set-based, each on an account and one of its contacts.
  await m.query(`
    INSERT INTO activity (type, subject, occurred_at, due_at, done, done_at, account_id, contact_id, owner_id, team_id, created_at)
    SELECT t.type, t.subject, t.at, CASE WHEN t.type = 'task' THEN t.at + interval '3 days' END, t.at < now() - interval '2 days',
           CASE WHEN t.at < now() - interval '2 days' THEN t.at END, c.account_id, c.id, c.owner_id, c.team_id, t.at
      FROM (SELECT id, account_id, owner_id, team_id, row_number() OVER (ORDER BY id) AS n FROM contact) c
      CROSS JOIN LATERAL (
        SELECT (ARRAY['call','meeting','email','note','task'])[1 + (abs(hashtext(c.id::text || g)) % 5)] AS type,
               (ARRAY['Discovery call','Quarterly review','Sent pricing','Demo follow-up','Contract questions','电话回访','上门拜访','发送报价'])[1 + (abs(hashtext(g || c.id::text)) % 8)] AS subject,
               now() - ((abs(hashtext(c.id::text || 'd' || g)) % 365) || ' days')::interval AS at
          FROM generate_series(1, 3) g
      ) t`);
  // The customer 360 timelines: creation and every activity.
  await m.query(`INSERT INTO timeline_event (subject_type, subject_id, event_type, occurred_at, actor_id, payload)
                 SELECT 'account', id, 'record.created', created_at, owner_id, jsonb_build_object('name', name) FROM account`);
  await m.query(`INSERT INTO timeline_event (subject_type, subject_id, event_type, object_type, object_id, occurred_at, actor_id, payload)
                 SELECT s.subject_type, s.subject_id, 'activity.logged', 'activity', a.id, a.occurred_at, a.owner_id,
                        jsonb_build_object('activityId', a.id, 'type', a.type, 'subject', a.subject, 'done', a.done)
                   FROM activity a CROSS JOIN LATERAL (VALUES ('account', a.account_id), ('contact', a.contact_id)) AS s(subject_type, subject_id)
                  WHERE s.subject_id IS NOT NULL`);
  await m.query(`INSERT INTO timeline_event (subject_type, subject_id, event_type, object_type, object_id, occurred_at, actor_id, payload)
                 SELECT 'account', o.account_id, 'opportunity.created', 'opportunity', o.id, o.created_at, o.owner_id,
                        jsonb_build_object('opportunityId', o.id, 'name', o.name, 'stage', s.name, 'stageId', s.id, 'amount', o.amount)
                   FROM opportunity o JOIN stage s ON s.id = o.stage_id`);
}

/** Row arrays → column arrays for `unnest`. */
function columns(rows: unknown[][], width: number): unknown[][] {
  return Array.from({ length: width }, (_, i) => rows.map((r) => r[i] ?? null));
}
