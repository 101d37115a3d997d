import { EntityManager } from 'typeorm';
import { SetupRepository } from '@rapport/leads-data';

/**
 * Lead intake for the demo org: a "Contact us" form, a rule that spreads web and event inquiries
 * over Sales East round-robin, reps working Shanghai office hours, and the manager as fallback owner.
 */
export async function seedLeadIntake(m: EntityManager, ids: { salesTeamId: string; managerId: string; reps: string[] }): Promise<void> {
  await m.query(`UPDATE lead_settings SET fallback_user_id = $1 WHERE id = 1`, [ids.managerId]);
  const setup = new SetupRepository();
  await setup.insertProfiles(m, ids.reps, { timeZone: 'Asia/Shanghai', workDays: [1, 2, 3, 4, 5], workStart: 540, workEnd: 1080, dailyCapacity: 40 });
  await setup.insertRule(m, { name: 'Web and event inquiries → Sales East', position: 1, criteria: { sources: ['web', 'event'] }, targetTeamId: ids.salesTeamId, distribution: 'round_robin' });
  await setup.insertRule(m, { name: 'Referrals → least-loaded rep', position: 2, criteria: { sources: ['referral'] }, targetTeamId: ids.salesTeamId, distribution: 'least_loaded' });
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
