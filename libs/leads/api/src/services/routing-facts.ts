import { EntityManager } from 'typeorm';
import { Candidate, LeadFacts, RoutingBook, RuleFacts, SlaPolicyFacts, usersToLock } from '@rapport/leads-domain';

/**
 * The SQL that loads what routing decides on, once per batch whatever its size: the leads
 * (locked), the rules, the teams' reps, the candidates' loads (their profiles locked) and the
 * fallback owner. The decisions themselves are the pure functions of @rapport/leads-domain.
 */

const OPEN = `('new','working','nurturing','qualified')`;

export interface LeadRow extends LeadFacts {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  ownerId: string | null;
}

/** Live leads among `ids`, locked for the transaction, in id order (so concurrent batches lock alike). */
export async function loadLeads(m: EntityManager, ids: string[]): Promise<LeadRow[]> {
  if (ids.length === 0) return [];
  return m.query(
    `SELECT id, first_name AS "firstName", last_name AS "lastName", company, owner_id AS "ownerId", source, campaign, country, region,
            product_interest AS "productInterest", language, score, employees
       FROM lead WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL
      ORDER BY id
        FOR UPDATE`,
    [ids],
  );
}

/**
 * Loads the book for `leads` and locks the routing profiles of every rep a matching rule could
 * give them to (in user id order, so batches for overlapping teams never deadlock). Concurrent
 * batches for one team therefore take turns, and each reads the loads the previous one committed.
 * `exclude` (a lapsed owner on reassignment) is left out of the fallback too.
 */
export async function loadBook(m: EntityManager, leads: LeadFacts[], now: Date, exclude: string[] = []): Promise<{ book: RoutingBook; latestAssignment: number }> {
  const rules: RuleFacts[] = await m.query(
    `SELECT id, name, criteria, distribution, target_user_id AS "targetUserId", target_team_id AS "targetTeamId"
       FROM routing_rule WHERE active ORDER BY position, id`,
  );
  const teamIds = [...new Set(rules.map((r) => r.targetTeamId).filter((id): id is string => !!id))];
  const reps: { id: string; team_id: string }[] = teamIds.length
    ? await m.query(`SELECT id, team_id FROM app_user WHERE team_id = ANY($1::uuid[]) AND active AND role = 'sales_rep' ORDER BY id`, [teamIds])
    : [];
  const teamReps = new Map<string, string[]>();
  for (const r of reps) {
    const team = teamReps.get(r.team_id);
    if (team) team.push(r.id);
    else teamReps.set(r.team_id, [r.id]);
  }
  const { candidates, latestAssignment } = await lockCandidates(m, usersToLock(rules, teamReps, leads), now);
  return { book: { rules, teamReps, candidates, fallback: await fallbackOwner(m, exclude) }, latestAssignment };
}

type CandidateRow = Omit<Candidate, 'outOfOfficeFrom' | 'outOfOfficeUntil'> & { oooFrom: Date | null; oooUntil: Date | null };

async function lockCandidates(m: EntityManager, userIds: string[], now: Date): Promise<{ candidates: Map<string, Candidate>; latestAssignment: number }> {
  const candidates = new Map<string, Candidate>();
  if (userIds.length === 0) return { candidates, latestAssignment: 0 };
  await m.query(`INSERT INTO routing_profile (user_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [userIds]);
  // Lock first, read after: in READ COMMITTED the next statement gets a fresh snapshot, so the
  // counts below include what the transaction we waited for just assigned.
  await m.query(`SELECT 1 FROM routing_profile WHERE user_id = ANY($1::uuid[]) ORDER BY user_id FOR UPDATE`, [userIds]);
  // Once per batch, not per lead: the loads then move in memory as the batch decides.
  const rows: CandidateRow[] = await m.query(
    `SELECT u.id AS "userId", u.name, u.active, p.time_zone AS "timeZone", p.work_days AS "workDays", p.work_start AS "workStart", p.work_end AS "workEnd",
            p.daily_capacity AS "dailyCapacity", p.ooo_from AS "oooFrom", p.ooo_until AS "oooUntil", p.last_assigned_at AS "lastAssignedAt",
            (SELECT count(*) FROM lead_routing r
              WHERE r.assigned_user_id = u.id
                AND r.routed_at >= (date_trunc('day', $2::timestamptz AT TIME ZONE p.time_zone) AT TIME ZONE p.time_zone))::int AS "assignedToday",
            (SELECT count(*) FROM lead l WHERE l.owner_id = u.id AND l.status IN ${OPEN} AND l.deleted_at IS NULL)::int AS "openLeads"
       FROM app_user u JOIN routing_profile p ON p.user_id = u.id
      WHERE u.id = ANY($1::uuid[])
      ORDER BY u.id`,
    [userIds, now],
  );
  let latestAssignment = 0;
  for (const { oooFrom, oooUntil, ...r } of rows) {
    candidates.set(r.userId, { ...r, outOfOfficeFrom: oooFrom, outOfOfficeUntil: oooUntil });
    latestAssignment = Math.max(latestAssignment, r.lastAssignedAt?.getTime() ?? 0);
  }
  return { candidates, latestAssignment };
}

async function fallbackOwner(m: EntityManager, exclude: string[]): Promise<{ id: string; name: string } | null> {
  const [row]: { id: string; name: string }[] = await m.query(
    `SELECT u.id, u.name FROM app_user u
       LEFT JOIN lead_settings s ON s.id = 1
      WHERE u.active AND NOT (u.id = ANY($1::uuid[])) AND (u.id = s.fallback_user_id OR u.role = 'admin')
      ORDER BY (u.id = s.fallback_user_id) DESC NULLS LAST, u.created_at
      LIMIT 1`,
    [exclude],
  );
  return row ?? null;
}

export async function loadSlaPolicies(m: EntityManager): Promise<SlaPolicyFacts[]> {
  return m.query(`SELECT source, priority, response_minutes AS "responseMinutes" FROM sla_policy WHERE active`);
}
