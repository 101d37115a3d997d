import { ApiClient, describeVisibilityMatrix, MatrixCast, ownerFor, RecordKind } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Who reads satisfaction answers and figures (issue 19 item 5): the permission table's `csat` row,
 * by the agent and team the case had when it was resolved (agents their own, service managers and
 * admins all, sales, marketing and portal users none). Nobody but the customer writes an answer,
 * so there is no write probe. The survey settings are service set-up (`serviceSetup`).
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });

// Each record's survey is resolved and answered at an instant of its own, so a report over just that instant counts it alone.
let instant = Date.UTC(2001, 0, 1);
const instants = new Map<string, Date>();

const reported = async (c: ApiClient, caseId: string) => {
  const at = instants.get(caseId)!;
  const r = await c.gql<{ csatReport: { total: { responses: number } } }>('query($i: CsatReportInput!) { csatReport(input: $i) { total { responses } } }', {
    i: { from: at.toISOString(), to: new Date(at.getTime() + 1).toISOString(), groupBy: 'AGENT' },
  });
  return r.data?.csatReport.total.responses === 1;
};
const listed = async (c: ApiClient, caseId: string) =>
  ((await c.gql<{ csatResponses: { edges: { node: { caseId: string } }[] } }>('query($f: CsatResponsesFilter) { csatResponses(first: 5, filter: $f) { edges { node { caseId } } } }', { f: { caseId } })).data?.csatResponses.edges ?? []).some(
    (e) => e.node.caseId === caseId,
  );
const readsSettings = async (c: ApiClient) => !!(await c.gql<{ csatSettings: { mode: string } }>('{ csatSettings { mode lowRatingThreshold } }')).data?.csatSettings?.mode;
const savesSettings = async (c: ApiClient) => !(await c.gql('mutation { saveCsatSettings(input: { mode: OFF, lowRatingThreshold: 2, questions: [] }) { settings { mode } } }')).errors;

describe('satisfaction answers by the case owner at resolution', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'csat',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async (kind: RecordKind, cast: MatrixCast) => {
      const { owner, team } = ownerFor(kind, cast);
      // The case itself belongs to nobody in the cast: the survey's own owner and team decide.
      const k = await api.ctx.newCase({ subject: 'Rated', channel: 'email' } as never);
      const at = new Date((instant += 60_000));
      instants.set(k.id, at);
      await api.ctx.ds.query(
        `INSERT INTO csat_survey (case_id, language, owner_id, team_id, channel, resolved_at, resolution_minutes, nonce, answered_at, rating, comment)
         VALUES ($1, 'en', $2, $3, 'email', $4, 30, 'AAAAAAAAAAAAAAAA', $4, 3, 'Probe')`,
        [k.id, owner, team, at],
      );
      return k.id;
    },
    probes: [
      { name: 'csatReport', action: 'read', reaches: reported },
      { name: 'csatResponses', action: 'read', reaches: listed },
    ],
  });
});

describe('survey settings as service set-up', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'serviceSetup',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: async () => '',
    probes: [
      { name: 'csatSettings', action: 'read', reaches: readsSettings },
      { name: 'saveCsatSettings', action: 'write', reaches: savesSettings },
    ],
  });
});
