import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { appendTimelineMany } from '@rapport/shared-database';
import { CampaignEntity } from '@rapport/marketing-data';
import { CampaignStatus, CampaignType, pageKey } from '@rapport/marketing-domain';
import { EventEntity } from '@rapport/events-data';
import { EventStatus, EventType } from '@rapport/events-domain';

const DAY = 24 * 60 * 60 * 1000;
const SITE = 'www.rapport-demo.example';

/** A day `n` days from now at `hour`:00 UTC. */
const at = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

interface Person {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
}

/**
 * Events and web visitors for the demo (issue 16): a seminar held three weeks ago (attendees,
 * no-shows, walk-ins), one in three weeks with its own questions, a consent box and an agenda,
 * nearly full with a waitlist, and a draft webinar; known visitors who read the site this week
 * (some of them registered), with URL → product-line rules, so a lead's page shows what they want.
 */
export async function seedEvents(m: EntityManager, ids: { marketerId: string; teamId: string | null }): Promise<void> {
  const owner = { ownerId: ids.marketerId, teamId: ids.teamId, createdBy: ids.marketerId };
  const [news] = (await m.query(`SELECT id FROM subscription_type WHERE key = 'product-news'`)) as { id: string }[];
  const people: Person[] = await m.query(
    `SELECT id, first_name, last_name, emails[1] AS email FROM contact WHERE deleted_at IS NULL AND cardinality(emails) > 0 ORDER BY created_at, id LIMIT 75`,
  );

  const event = async (e: { title: string; titles: Record<string, string>; type: EventType; status: EventStatus; starts: Date; hours: number; extra?: Partial<EventEntity> }) => {
    const campaign = await m.save(
      m.create(CampaignEntity, {
        name: e.title,
        type: e.type === EventType.Webinar ? CampaignType.Webinar : CampaignType.Event,
        status: e.status === EventStatus.Completed ? CampaignStatus.Completed : CampaignStatus.Active,
        channel: 'Events',
        startDate: e.starts.toISOString().slice(0, 10),
        endDate: e.starts.toISOString().slice(0, 10),
        ...owner,
      } as Partial<CampaignEntity>),
    );
    return m.save(
      m.create(EventEntity, {
        title: e.title,
        titles: e.titles,
        type: e.type,
        status: e.status,
        timeZone: 'Asia/Shanghai',
        startsAt: e.starts,
        endsAt: new Date(e.starts.getTime() + e.hours * 60 * 60 * 1000),
        campaignId: campaign.id,
        ...owner,
        ...e.extra,
      } as Partial<EventEntity>),
    );
  };

  const past = await event({
    title: 'Smart factory seminar',
    titles: { 'zh-CN': '智能工厂研讨会', 'zh-TW': '智慧工廠研討會' },
    type: EventType.Seminar,
    status: EventStatus.Completed,
    starts: at(-21, 2),
    hours: 4,
    extra: { venue: 'Pudong Shangri-La, Hall B', address: '33 Fucheng Rd, Shanghai', capacity: 60 },
  });
  const upcoming = await event({
    title: 'Rapport 2027 roadmap seminar',
    titles: { 'zh-CN': 'Rapport 2027 产品路线图研讨会', 'zh-TW': 'Rapport 2027 產品路線圖研討會' },
    type: EventType.Seminar,
    status: EventStatus.Published,
    starts: at(21, 2),
    hours: 3,
    extra: {
      venue: 'Taipei International Convention Center, Room 201',
      address: '1 Xinyi Rd Sec 5, Taipei',
      capacity: 40,
      description: 'What is coming to Rapport next year, with a live demo and time for questions.',
      descriptions: { 'zh-CN': '明年 Rapport 的新功能，现场演示并答疑。', 'zh-TW': '明年 Rapport 的新功能，現場示範並回答提問。' },
      form: {
        questions: [
          { key: 'size', label: 'Company size', labels: { 'zh-CN': '公司规模', 'zh-TW': '公司規模' }, type: 'choice', required: true, options: [{ value: 'small', label: 'Up to 50', labels: { 'zh-CN': '50 人以下', 'zh-TW': '50 人以下' } }, { value: 'large', label: 'More than 50', labels: { 'zh-CN': '50 人以上', 'zh-TW': '50 人以上' } }] },
          { key: 'diet', label: 'Dietary needs', labels: { 'zh-CN': '饮食需求', 'zh-TW': '飲食需求' }, type: 'text', required: false },
        ],
        consents: news ? [{ subscriptionTypeId: news.id, text: 'Send me product news', texts: { 'zh-CN': '请发送产品动态给我', 'zh-TW': '請寄送產品動態給我' }, required: false }] : [],
      },
      agenda: {
        sessions: [
          { title: 'Welcome and roadmap', titles: { 'zh-CN': '欢迎与路线图', 'zh-TW': '歡迎與路線圖' }, startsAt: at(21, 2).toISOString(), endsAt: at(21, 3).toISOString(), speaker: 'Alex Admin' },
          { title: 'Live demo', titles: { 'zh-CN': '现场演示', 'zh-TW': '現場示範' }, startsAt: at(21, 3).toISOString(), endsAt: at(21, 4).toISOString() },
          { title: 'Questions', titles: { 'zh-CN': '答疑', 'zh-TW': '提問交流' }, startsAt: at(21, 4).toISOString(), endsAt: at(21, 5).toISOString() },
        ],
      },
    },
  });
  await event({
    title: 'Webinar: forecasting with Rapport',
    titles: { 'zh-CN': '网络研讨会：用 Rapport 做销售预测', 'zh-TW': '線上研討會：用 Rapport 做銷售預測' },
    type: EventType.Webinar,
    status: EventStatus.Draft,
    starts: at(42, 6),
    hours: 1,
    extra: { onlineUrl: 'https://meet.rapport-demo.example/forecasting' },
  });

  // Three weeks ago: 30 registered; 22 came, 7 did not, 1 cancelled; 2 walked in.
  const pastStatuses = [...Array(22).fill('attended'), ...Array(7).fill('no_show'), 'cancelled', 'attended', 'attended'];
  await register(m, past, people.slice(0, 32), pastStatuses, (i) => i >= 30, at(-35, 1));
  // In three weeks: all 40 seats taken, 5 waiting for one to free up.
  const upcomingStatuses = [...Array(40).fill('registered'), ...Array(5).fill('waitlisted')];
  await register(m, upcoming, people.slice(30, 75), upcomingStatuses, () => false, at(-10, 1));
  await seedVisitors(m, people.slice(30, 36));
}

async function register(m: EntityManager, event: EventEntity, people: Person[], statuses: string[], walkIn: (i: number) => boolean, from: Date): Promise<void> {
  const hasQuestions = Array.isArray((event.form as { questions?: unknown[] } | undefined)?.questions);
  const rows = people.slice(0, statuses.length).map((p, i) => ({ p, status: statuses[i]!, walkIn: walkIn(i), at: new Date(from.getTime() + i * 3 * 60 * 60 * 1000), answers: hasQuestions ? { size: i % 3 === 0 ? 'large' : 'small' } : {} }));
  for (const r of rows) {
    const checkedIn = r.status === 'attended' ? new Date(event.startsAt.getTime() + 10 * 60 * 1000) : null;
    await m.query(
      `INSERT INTO event_registration (event_id, address, email, first_name, last_name, status, contact_id, walk_in, checked_in_at, cancelled_at, answers, created_at)
       VALUES ($1, lower($2), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [event.id, r.p.email, r.p.first_name ?? '', r.p.last_name, r.status, r.p.id, r.walkIn, checkedIn, r.status === 'cancelled' ? r.at : null, JSON.stringify(r.answers), r.at],
    );
    await m.query(
      `INSERT INTO campaign_member (campaign_id, contact_id, status, responded_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [event.campaignId, r.p.id, r.status, r.status === 'attended' ? checkedIn : null],
    );
    if (!r.walkIn) await timeline(m, r.p.id, 'event.registered', event, r.at);
    if (checkedIn) await timeline(m, r.p.id, 'event.attended', event, checkedIn);
  }
}

/** Through the real writer (it names the event the entry tells about), then dated when it happened. */
async function timeline(m: EntityManager, contactId: string, type: string, event: EventEntity, when: Date): Promise<void> {
  await appendTimelineMany(m, null, [{ subjectType: 'contact', subjectId: contactId, eventType: type, payload: { eventId: event.id, title: event.title } }]);
  await m.query(`UPDATE timeline_event SET occurred_at = $4 WHERE subject_id = $1 AND event_type = $2 AND object_id = $3`, [contactId, type, event.id, when]);
}

/** Today began here for the known-visitors list's default zone; "today's" demo views never fall before it. */
const UTC_MIDNIGHT = `(date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')`;

/**
 * Rules that map the demo site's pages to product lines, and six known visitors (registrants of the
 * coming seminar) with this week's page views, the latest today, so "known visitors today" and each
 * contact's web activity have something to tell. Views stay within this month's partition.
 */
async function seedVisitors(m: EntityManager, people: Person[]): Promise<void> {
  await m.query(`INSERT INTO web_visitor_settings (id, site_hosts) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET site_hosts = EXCLUDED.site_hosts`, [[SITE]]);
  const rules: [string, string][] = [
    ['/pricing*', 'software'],
    ['/products/crm*', 'software'],
    ['/products/devices*', 'hardware'],
    ['/services*', 'services'],
  ];
  for (const [i, [pattern, line]] of rules.entries()) await m.query(`INSERT INTO web_interest_rule (pattern, product_line, position) VALUES ($1, $2, $3)`, [pattern, line, i]);
  const paths = ['/', '/products/crm', '/pricing', '/pricing', '/products/devices/scanner', '/services/onboarding', '/blog/forecasting'];
  for (const [i, p] of people.entries()) {
    const visitor = randomUUID();
    const views = paths.slice(0, 3 + (i % 5)).map((path, j) => ({ path, hoursAgo: (paths.length - j) * 9 + i }));
    await m.query(
      `INSERT INTO web_visitor (id, first_seen, last_seen, contact_id, identified_at, identified_by)
       VALUES ($1, greatest(now() - interval '6 days', date_trunc('month', now())), greatest(now() - make_interval(mins => $3), ${UTC_MIDNIGHT}), $2, now() - interval '1 day', 'event')`,
      [visitor, p.id, 20 + i * 7],
    );
    for (const v of views) {
      await m.query(
        `INSERT INTO page_view (visitor_id, viewed_at, url, page, title)
         VALUES ($1, greatest(now() - make_interval(hours => $2), date_trunc('month', now())) + make_interval(secs => $5), $3, $4, $6)`,
        [visitor, v.hoursAgo, `https://${SITE}${v.path}`, pageKey(new URL(`https://${SITE}${v.path}`)), v.hoursAgo % 60, v.path === '/' ? 'Rapport' : `Rapport · ${v.path.split('/').filter(Boolean).join(' · ')}`],
      );
    }
    // The latest view is today's, also just after midnight (UTC, the list's default day): never before the day began.
    await m.query(`INSERT INTO page_view (visitor_id, viewed_at, url, page, title) VALUES ($1, greatest(now() - make_interval(mins => $2), ${UTC_MIDNIGHT}), $3, $4, 'Pricing')`, [visitor, 20 + i * 7, `https://${SITE}/pricing`, pageKey(new URL(`https://${SITE}/pricing`))]);
  }
}
