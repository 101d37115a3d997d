/**
 * The set-based statements of the import over its staging table `lead_import_row` (the lead rows
 * themselves are LeadWriter's). `$1` is always the import id. Each statement touches the whole
 * import (matching) or one chunk of row numbers (`$2`), so 100k rows cost a few dozen statements,
 * not 100k round trips.
 */

/** Staging columns in COPY order (after import_id and row_no). */
export const STAGED_COLUMNS = [
  'first_name',
  'last_name',
  'name_normalized',
  'company',
  'company_normalized',
  'title',
  'email',
  'phone',
  'phone_normalized',
  'source',
  'campaign',
  'status',
  'product_interest',
  'country',
  'region',
  'message',
  'employees',
  'language',
  'errors',
  'outcome',
] as const;
export type StagedColumn = (typeof STAGED_COLUMNS)[number];

export const COPY_STAGING = `COPY lead_import_row (import_id, row_no, ${STAGED_COLUMNS.join(', ')}) FROM STDIN`;

/** A matching key of the staging table. */
export type ImportMatchKey = 'email' | 'phone_normalized';

/** Later rows repeating an earlier row's key; the first occurrence stands for them. */
export function inFileDuplicates(key: ImportMatchKey): string {
  return `UPDATE lead_import_row r SET outcome = 'duplicate', match_kind = 'row', match_on = '${key === 'email' ? 'email' : 'phone'}', match_row = d.first_row
      FROM (SELECT row_no, min(row_no) OVER (PARTITION BY ${key}) AS first_row
              FROM lead_import_row WHERE import_id = $1 AND outcome IS NULL AND ${key} IS NOT NULL) d
     WHERE r.import_id = $1 AND r.row_no = d.row_no AND d.first_row < d.row_no`;
}

/** Rows whose key belongs to an existing lead (not deleted); the oldest such lead is the match. */
export function matchLeads(key: ImportMatchKey): string {
  return `UPDATE lead_import_row r SET match_kind = 'lead', match_on = '${key === 'email' ? 'email' : 'phone'}', match_id = m.id
      FROM (SELECT DISTINCT ON (l.${key}) l.${key} AS key, l.id FROM lead l
             WHERE l.deleted_at IS NULL
               AND l.${key} IN (SELECT ${key} FROM lead_import_row WHERE import_id = $1 AND outcome IS NULL AND match_kind IS NULL AND ${key} IS NOT NULL)
             ORDER BY l.${key}, l.created_at, l.id) m
     WHERE r.import_id = $1 AND r.outcome IS NULL AND r.match_kind IS NULL AND r.${key} = m.key`;
}

/** Same for contacts, which keep every address and number in arrays. */
export function matchContacts(key: ImportMatchKey): string {
  const array = key === 'email' ? 'c.emails' : 'c.phones_normalized';
  return `UPDATE lead_import_row r SET match_kind = 'contact', match_on = '${key === 'email' ? 'email' : 'phone'}', match_id = m.id
      FROM (SELECT DISTINCT ON (k.key) k.key, c.id FROM contact c CROSS JOIN LATERAL unnest(${array}) AS k(key)
             WHERE c.deleted_at IS NULL
               AND k.key IN (SELECT ${key} FROM lead_import_row WHERE import_id = $1 AND outcome IS NULL AND match_kind IS NULL AND ${key} IS NOT NULL)
             ORDER BY k.key, c.created_at, c.id) m
     WHERE r.import_id = $1 AND r.outcome IS NULL AND r.match_kind IS NULL AND r.${key} = m.key`;
}

/** Two rows (different email, same phone…) hitting one lead: only the first may update it. */
export const SAME_LEAD_TWICE = `UPDATE lead_import_row r SET outcome = 'duplicate', match_kind = 'row', match_on = NULL, match_id = NULL, match_row = d.first_row
    FROM (SELECT row_no, min(row_no) OVER (PARTITION BY match_id) AS first_row
            FROM lead_import_row WHERE import_id = $1 AND outcome IS NULL AND match_kind = 'lead') d
   WHERE r.import_id = $1 AND r.row_no = d.row_no AND d.first_row < d.row_no`;

/**
 * Claims the next chunk of rows to create: the lead ids are chosen here, in the chunk's
 * transaction, so the inserts and the row→lead link commit together or not at all.
 * `$3` is the last row number claimed by this run: the scan starts there instead of stepping
 * over every row already applied, which would make the whole import quadratic.
 */
export const CLAIM_CREATE_CHUNK = `UPDATE lead_import_row r SET lead_id = uuidv7(), applied = true
   WHERE r.import_id = $1 AND r.row_no IN (
     SELECT row_no FROM lead_import_row WHERE import_id = $1 AND row_no > $3 AND outcome = 'create' AND NOT applied
      ORDER BY row_no LIMIT $2 FOR UPDATE SKIP LOCKED)
   RETURNING r.row_no, r.lead_id`;

export const INSERT_CREATED_ITEMS = `INSERT INTO lead_import_item (import_id, lead_id, row_no, action)
  SELECT import_id, lead_id, row_no, 'created' FROM lead_import_row WHERE import_id = $1 AND row_no = ANY($2::int[])`;

/** The same field-level "create" entry `LeadsService.create` writes, for every lead of the chunk. $3 owner, $4 actor, $5 API key. */
export const AUDIT_CREATES = `INSERT INTO audit_log (entity_type, entity_id, action, changes, actor_id, api_key_id)
  SELECT 'lead', r.lead_id, 'create',
         (SELECT jsonb_agg(jsonb_build_object('field', v.f, 'from', NULL, 'to', v.t))
            FROM (VALUES ('firstName', r.first_name), ('lastName', r.last_name), ('company', r.company), ('title', r.title), ('email', r.email),
                         ('phone', r.phone), ('source', r.source), ('campaignSource', r.campaign), ('status', r.status), ('productInterest', r.product_interest),
                         ('country', r.country), ('region', r.region), ('ownerId', $3::text)) AS v(f, t)
           WHERE v.t IS NOT NULL),
         $4, $5
    FROM lead_import_row r WHERE r.import_id = $1 AND r.row_no = ANY($2::int[])`;

/** $3 actor. */
export const TIMELINE_CREATES = `INSERT INTO timeline_event (subject_type, subject_id, event_type, payload, actor_id)
  SELECT 'lead', r.lead_id, 'record.created', jsonb_build_object('source', r.source, 'campaign', r.campaign, 'importId', r.import_id), $3
    FROM lead_import_row r WHERE r.import_id = $1 AND r.row_no = ANY($2::int[])`;

/** What `publishToOutbox` writes for one lead, for the whole chunk; the dedup key makes a replay a no-op. */
export const ROUTE_CREATES = `INSERT INTO outbox (queue, job_name, payload, dedup_key)
  SELECT 'leads', 'assign-lead', jsonb_build_object('leadId', r.lead_id), 'assign-lead:' || r.lead_id
    FROM lead_import_row r WHERE r.import_id = $1 AND r.row_no = ANY($2::int[])
  ON CONFLICT (dedup_key) DO NOTHING`;

/** Field-level audit entries computed in Node: `$1` JSON array of `{ id, changes }`, `$2` action, `$3` actor, `$4` API key. */
export const AUDIT_PATCHES = `INSERT INTO audit_log (entity_type, entity_id, action, changes, actor_id, api_key_id)
  SELECT 'lead', v.id, $2, v.changes, $3, $4 FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, changes jsonb)`;

/** `$1` JSON array of `{ id, changes }`, `$2` extra payload, `$3` actor. */
export const TIMELINE_PATCHES = `INSERT INTO timeline_event (subject_type, subject_id, event_type, payload, actor_id)
  SELECT 'lead', v.id, 'record.updated', jsonb_build_object('changes', v.changes) || $2::jsonb, $3 FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, changes jsonb)`;

/** A changed lead is rescored, as `LeadsService.update` does; `$2` makes the key unique to this import (or its undo). */
export const RESCORE_PATCHED = `INSERT INTO outbox (queue, job_name, payload, dedup_key)
  SELECT 'leads', 'score-lead', jsonb_build_object('leadId', v.id), 'score-lead:' || $2 || ':' || v.id FROM jsonb_to_recordset($1::jsonb) AS v(id uuid)
  ON CONFLICT (dedup_key) DO NOTHING`;
