import { seedRouting } from './routing-seed';
import { seedKnowledge, seedPortal } from './knowledge-seed';
import { seedCsatHistory } from './csat-seed';
import type { EntityManager } from 'typeorm';
import { CaseReplyTemplateEntity, EntitlementEntity, ServiceSlaPolicyEntity } from '@rapport/service-data';
import { BusinessCalendarEntity, calendarOf } from '@rapport/shared-database';
import { mainlandChinaPreset } from '@rapport/service-api';
import { seedCases } from './service-cases-seed';

/**
 * Service's demo data (issue 18): the default business calendar — mainland China's office hours with
 * its days off and make-up working days — that SLA clocks count in, and a Taipei one entered by hand
 * (weekdays 08:30–12:00 and 13:30–17:30) to show a second office's hours; and two SLA policies,
 * a standard one and a gold one with tighter targets counted in the Taipei office's hours; the first
 * two accounts get contracts (a gold one with two on-site visits, a standard one open-ended) and
 * cases worked by the service agent (service-cases-seed.ts); and a few reply templates in English and Chinese.
 */
export async function seedService(m: EntityManager, people: { agentId: string; teamId: string | null }): Promise<void> {
  const office = [{ start: 510, end: 720 }, { start: 810, end: 1050 }];
  const [china, taipei] = await m.save(BusinessCalendarEntity, [
    m.create(BusinessCalendarEntity, {
      name: '中国大陆 · Mainland China',
      ...mainlandChinaPreset(),
      isDefault: true,
    }),
    m.create(BusinessCalendarEntity, {
      name: '台北辦公室 · Taipei office',
      timeZone: 'Asia/Taipei',
      week: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), office])),
      holidays: [],
      workdays: [],
    }),
  ]);
  const h = 60;
  const [standard, gold] = await m.save(ServiceSlaPolicyEntity, [
    m.create(ServiceSlaPolicyEntity, {
      name: '标准支持 · Standard support',
      calendarId: null,
      targets: {
        low: { firstResponse: 16 * h, nextResponse: 16 * h, resolution: 80 * h },
        normal: { firstResponse: 8 * h, nextResponse: 8 * h, resolution: 40 * h },
        high: { firstResponse: 4 * h, nextResponse: 4 * h, resolution: 16 * h },
        urgent: { firstResponse: 1 * h, nextResponse: 2 * h, resolution: 8 * h },
      },
      warnAtPercent: 75,
      // Customers without a contract are served under it.
      isDefault: true,
    }),
    m.create(ServiceSlaPolicyEntity, {
      name: '金牌支持 · Gold support (Taipei)',
      calendarId: taipei!.id,
      targets: {
        normal: { firstResponse: 2 * h, nextResponse: 4 * h, resolution: 16 * h },
        high: { firstResponse: 1 * h, nextResponse: 2 * h, resolution: 8 * h },
        urgent: { firstResponse: 30, nextResponse: 1 * h, resolution: 4 * h },
      },
      warnAtPercent: 80,
    }),
  ]);
  // Reply templates (issue 18 item 9): agents working in English or Chinese each see theirs first, the sign-off is for everyone.
  await m.save(CaseReplyTemplateEntity, [
    m.create(CaseReplyTemplateEntity, {
      name: 'Acknowledge the request',
      language: 'en',
      body: 'Dear {{ contact.first_name }},\n\nThank you for contacting us. We have logged your request as case {{ case.number }} ({{ case.subject }}) and will get back to you shortly.',
    }),
    m.create(CaseReplyTemplateEntity, {
      name: 'Engineer visit scheduled',
      language: 'en',
      body: 'Dear {{ contact.first_name }},\n\nAn engineer will visit {{ account.name }} about case {{ case.number }}. We will confirm the time with you by email.',
    }),
    m.create(CaseReplyTemplateEntity, {
      name: '确认收到 · 简体',
      language: 'zh-CN',
      body: '{{ contact.last_name }}{{ contact.first_name }}您好：\n\n感谢您的来信。我们已将您的问题登记为案件 {{ case.number }}（{{ case.subject }}），会尽快答复您。',
    }),
    m.create(CaseReplyTemplateEntity, {
      name: '签名 · Sign-off',
      language: null,
      body: '{{ agent.name }}\n客户服务部 · Customer Service',
    }),
  ]);
  const accounts: { id: string }[] = await m.query(`SELECT id FROM account WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 2`);
  const [first, second] = accounts;
  if (!first || !second) return;
  const year = new Date().getUTCFullYear();
  const [goldCare, standardCare] = await m.save(EntitlementEntity, [
    m.create(EntitlementEntity, { accountId: first.id, name: `金牌维保 ${year} · Gold care ${year}`, level: 'gold', startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, policyId: gold!.id, visitsTotal: 2, visitsUsed: 1 }),
    m.create(EntitlementEntity, { accountId: second.id, name: '标准支持 · Standard support', level: 'standard', startsOn: `${year - 1}-07-01`, endsOn: null, policyId: standard!.id }),
  ]);
  const terms = (p: ServiceSlaPolicyEntity) => ({ targets: p.targets, warnAtPercent: p.warnAtPercent });
  await seedCases(m, people, [
    { id: first.id, entitlementId: goldCare!.id, policy: { id: gold!.id, terms: terms(gold!), calendar: calendarOf(taipei!) } },
    { id: second.id, entitlementId: standardCare!.id, policy: { id: standard!.id, terms: terms(standard!), calendar: calendarOf(china!) } },
  ]);
  await seedRouting(m, people);
  const [manager] = (await m.query(`SELECT id FROM app_user WHERE email = 'servicemgr@rapport.dev'`)) as { id: string }[];
  await seedKnowledge(m, { managerId: manager?.id ?? null, agentId: people.agentId });
  await seedPortal(m);
  await seedCsatHistory(m, people);
  // Cost to serve (issue 19 item 6): calls and chats by the handled minute, written channels by the case, in CNY.
  await m.query(`INSERT INTO service_channel_cost (channel, basis, amount) VALUES ('phone', 'minute', 3.00), ('chat', 'minute', 1.50), ('email', 'case', 25.00), ('portal', 'case', 15.00), ('web', 'case', 15.00)`);
}
