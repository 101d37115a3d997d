import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

type Lang = 'en' | 'zh-CN' | 'zh-TW';
interface Variant {
  title: string;
  summary: string;
  body: string;
}

/**
 * The demo's knowledge base (issue 19 item 3): a small category tree and articles in the three
 * languages, linked as translations, published with their search vectors as the app writes them
 * (`knowledge_search_vector`), customers' and internal ones, and one draft in review.
 */
const CATEGORIES: { key: string; names: Record<Lang, string>; parent?: string }[] = [
  { key: 'hvac', names: { en: 'Heating and cooling', 'zh-CN': '暖通空调', 'zh-TW': '空調與暖氣' } },
  { key: 'billing', names: { en: 'Billing and invoices', 'zh-CN': '账单与发票', 'zh-TW': '帳單與發票' } },
  { key: 'portal', names: { en: 'Using the customer portal', 'zh-CN': '使用客户门户', 'zh-TW': '使用客戶入口網站' } },
];

const ARTICLES: { category: string; audience: 'customers' | 'internal'; variants: Partial<Record<Lang, Variant>> }[] = [
  {
    category: 'hvac',
    audience: 'customers',
    variants: {
      en: { title: 'The compressor makes a rattling noise', summary: 'What a rattle means and what you can check before an engineer comes.', body: 'A rattling compressor is most often a loose mounting or a worn fan blade.\n\n1. Switch the unit off at the isolator.\n2. Check that the outdoor unit stands level and its screws are tight.\n3. Clear leaves from the fan guard.\n\nIf the noise comes back, open a case: an engineer will visit.' },
      'zh-CN': { title: '压缩机异响怎么办', summary: '异响的常见原因，以及工程师上门前您可以自行检查的事项。', body: '压缩机异响最常见的原因是固定螺丝松动或风扇叶片磨损。\n\n1. 在隔离开关处关闭机组电源。\n2. 检查室外机是否放置水平、螺丝是否拧紧。\n3. 清除风扇护罩上的树叶等杂物。\n\n如果异响仍然出现，请提交工单，我们会安排工程师上门。' },
      'zh-TW': { title: '壓縮機有異音怎麼辦', summary: '異音的常見原因，以及工程師到府前您可以自行檢查的事項。', body: '壓縮機異音最常見的原因是固定螺絲鬆動或風扇葉片磨損。\n\n1. 在隔離開關處關閉機組電源。\n2. 檢查室外機是否放置水平、螺絲是否鎖緊。\n3. 清除風扇護罩上的落葉等雜物。\n\n如果異音仍然出現，請提交案件，我們會安排工程師到府。' },
    },
  },
  {
    category: 'hvac',
    audience: 'customers',
    variants: {
      en: { title: 'Configuring the thermostat schedule', summary: 'Set heating times for weekdays and weekends.', body: 'Open the thermostat menu, choose Schedule, and set the times for each day. The configuration is kept when the power fails.' },
      'zh-CN': { title: '如何设置温控器时间表', summary: '为工作日和周末设置供暖时间。', body: '打开温控器菜单，选择“时间表”，为每天设置时间。断电后设置会保留。' },
    },
  },
  {
    category: 'billing',
    audience: 'customers',
    variants: {
      en: { title: 'Why was my invoice charged twice?', summary: 'Duplicate charges and how refunds work.', body: 'A second charge is usually a payment retried by your bank. We refund duplicates within five working days; open a case with both transaction numbers.' },
      'zh-CN': { title: '为什么发票被重复扣款？', summary: '重复扣款的原因以及退款流程。', body: '重复扣款通常是银行重试付款造成的。我们会在五个工作日内退还重复款项；请提交工单并附上两笔交易编号。' },
      'zh-TW': { title: '為什麼發票被重複扣款？', summary: '重複扣款的原因以及退款流程。', body: '重複扣款通常是銀行重試付款造成的。我們會在五個工作天內退還重複款項；請提交案件並附上兩筆交易編號。' },
    },
  },
  {
    category: 'billing',
    audience: 'internal',
    variants: {
      en: { title: 'Issuing a refund for a duplicate charge (agents)', summary: 'Internal: the refund steps and who approves them.', body: 'Check both transactions in the payment console, then raise the refund with the finance team lead. Refunds above 5,000 CNY need the service manager’s approval.' },
    },
  },
  {
    category: 'portal',
    audience: 'customers',
    variants: {
      en: { title: 'Signing in without a password', summary: 'Ask for a sign-in link by email.', body: 'On the sign-in page choose "Email me a sign-in link". The link works once, for 15 minutes.' },
      'zh-TW': { title: '不用密碼登入', summary: '透過電子郵件索取登入連結。', body: '在登入頁面選擇「寄送登入連結給我」。連結僅可使用一次，15 分鐘內有效。' },
    },
  },
];

export async function seedKnowledge(m: EntityManager, people: { managerId: string | null; agentId: string }): Promise<void> {
  const categories = new Map<string, string>();
  for (const [i, c] of CATEGORIES.entries()) {
    const [{ id }] = (await m.query(`INSERT INTO knowledge_category (names, position) VALUES ($1, $2) RETURNING id`, [JSON.stringify(c.names), i + 1])) as { id: string }[];
    categories.set(c.key, id!);
  }
  const author = people.managerId ?? people.agentId;
  for (const a of ARTICLES) {
    const group = randomUUID();
    for (const [language, v] of Object.entries(a.variants) as [Lang, Variant][]) {
      const [{ id: articleId }] = (await m.query(
        `INSERT INTO knowledge_article (translation_group_id, language, audience, category_id, title, status, owner_id, created_by) VALUES ($1, $2, $3, $4, $5, 'published', $6, $6) RETURNING id`,
        [group, language, a.audience, categories.get(a.category), v.title, author],
      )) as { id: string }[];
      const [{ id: versionId }] = (await m.query(
        `INSERT INTO knowledge_article_version (article_id, number, status, title, summary, body, author_id, published_at, published_by, search_vector, title_vector)
         VALUES ($1, 1, 'published', $2::text, $3::text, $4::text, $5::uuid, now(), $5::uuid, knowledge_search_vector($2::text, $3::text, $4::text), knowledge_search_vector($2::text, $3::text, NULL)) RETURNING id`,
        [articleId, v.title, v.summary, v.body, author],
      )) as { id: string }[];
      await m.query(`UPDATE knowledge_article SET published_version_id = $2, published_at = now() WHERE id = $1`, [articleId, versionId]);
    }
  }
  // An agent's draft waiting for review: the editor's review queue is not empty.
  const [{ id: draft }] = (await m.query(
    `INSERT INTO knowledge_article (translation_group_id, language, audience, category_id, title, status, owner_id, created_by) VALUES ($1, 'en', 'customers', $2, 'Resetting the outdoor unit after a power cut', 'in_review', $3, $3) RETURNING id`,
    [randomUUID(), categories.get('hvac'), people.agentId],
  )) as { id: string }[];
  await m.query(`INSERT INTO knowledge_article_version (article_id, number, status, title, summary, body, author_id, submitted_at) VALUES ($1, 1, 'in_review', 'Resetting the outdoor unit after a power cut', 'Three steps', 'Wait five minutes, switch the isolator on, then press Reset for three seconds.', $2, now())`, [draft, people.agentId]);
}

/**
 * The demo customer (customer@rapport.dev) signs in to the portal as the contact of the customer whose
 * cases wait in the queues, as that account's service admin; surveys are offered on every resolution.
 */
export async function seedPortal(m: EntityManager): Promise<void> {
  const [customer] = (await m.query(`SELECT id FROM app_user WHERE email = 'customer@rapport.dev'`)) as { id: string }[];
  const [contact] = (await m.query(`SELECT contact_id FROM service_case WHERE number LIKE 'CS-%' AND queue_id IS NOT NULL AND contact_id IS NOT NULL ORDER BY created_at LIMIT 1`)) as { contact_id: string }[];
  if (customer && contact) {
    await m.query(`INSERT INTO portal_user (user_id, contact_id, account_admin, verified_at) VALUES ($1, $2, true, now())`, [customer.id, contact.contact_id]);
    await m.query(`UPDATE contact SET locale = 'zh-TW' WHERE id = $1`, [contact.contact_id]);
  }
  await m.query(`INSERT INTO csat_settings (id, mode) VALUES (1, 'every') ON CONFLICT DO NOTHING`);
}
