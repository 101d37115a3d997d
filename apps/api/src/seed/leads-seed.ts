import { EntityManager } from 'typeorm';

/**
 * Lead intake for the demo org: a "Contact us" form, a rule that spreads web and event inquiries
 * over Sales East round-robin, reps working Shanghai office hours, and the manager as fallback owner.
 */
export async function seedLeadIntake(m: EntityManager, ids: { salesTeamId: string; managerId: string; reps: string[] }): Promise<void> {
  await m.query(`UPDATE lead_settings SET fallback_user_id = $1 WHERE id = 1`, [ids.managerId]);
  await m.query(
    `INSERT INTO routing_profile (user_id, time_zone, work_days, work_start, work_end, daily_capacity)
     SELECT unnest($1::uuid[]), 'Asia/Shanghai', '{1,2,3,4,5}', 540, 1080, 40`,
    [ids.reps],
  );
  await m.query(
    `INSERT INTO routing_rule (name, position, criteria, target_team_id, distribution) VALUES
       ('Web and event inquiries → Sales East', 1, '{"sources":["web","event"]}', $1, 'round_robin'),
       ('Referrals → least-loaded rep', 2, '{"sources":["referral"]}', $1, 'least_loaded')`,
    [ids.salesTeamId],
  );
  await m.query(
    `INSERT INTO web_form (name, fields, source, campaign, consent_text, consent_required, created_by) VALUES
       ('Contact us · 联系我们', $1, 'web', 'Website', 'I agree that Rapport Demo Co. may contact me about my inquiry. 我同意贵公司就我的咨询与我联系。', true, $2)`,
    [
      JSON.stringify([
        { key: 'lastName', label: 'Name · 姓名', required: true },
        { key: 'company', label: 'Company · 公司', required: true },
        { key: 'email', label: 'Email · 邮箱', required: true },
        { key: 'phone', label: 'Phone · 电话', required: false },
        { key: 'message', label: 'How can we help? · 需求', required: false },
      ]),
      ids.managerId,
    ],
  );
}
