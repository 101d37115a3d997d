import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Call tracking (issue 14): one tracking number per ad source; an inbound call to it, logged by the
 * agent who took it or by a telephony system, lands on the caller's timeline and counts as their
 * response to the campaign, once.
 */
const api = useTestApi();
let agent: ApiClient;
let rep: ApiClient;
let repId: string;
let campaignId: string;

const LOG = `mutation($i: LogInboundCallInput!) { logInboundCall(input: $i) { activity { id type subject done } campaign { id } contact { id } lead { id source campaignSource campaign { id } } createdLead } }`;
type Logged = { logInboundCall: { activity: { id: string; type: string; subject: string; done: boolean }; campaign: { id: string } | null; contact: { id: string } | null; lead: { id: string; source: string; campaignSource: string | null; campaign: { id: string } | null } | null; createdLead: boolean } };

const memberships = (campaign: string) =>
  api.ctx.ds.query(`SELECT contact_id, lead_id, status, responded_at FROM campaign_member WHERE campaign_id = $1 ORDER BY created_at`, [campaign]) as Promise<
    { contact_id: string | null; lead_id: string | null; status: string; responded_at: Date | null }[]
  >;

beforeAll(async () => {
  const agentUser = await api.ctx.newUser({ role: Role.ServiceAgent });
  agent = await api.signedIn(agentUser.email);
  const repUser = await api.ctx.newUser({ role: Role.SalesRep });
  repId = repUser.id;
  rep = await api.signedIn(repUser.email);
  campaignId = (await api.ctx.newCampaign({ name: 'Metro ads · line 2', type: 'advertising', trackingPhone: '+86 21 6666 0001', trackingPhoneNormalized: '+862166660001' })).id;
});

describe('an inbound call', () => {
  it('to a tracking number lands on the caller’s timeline and responds to the campaign, once', async () => {
    const contact = await api.ctx.newContact({ lastName: 'Chen', phones: ['021 5555 7777'] });
    const call = (at: string) => agent.gqlOk<Logged>(LOG, { i: { dialedNumber: '021-6666-0001', callerNumber: '+86 21 5555 7777', occurredAt: at, notes: 'Asked for a brochure' } });
    const first = (await call('2026-04-01T02:00:00Z')).logInboundCall;
    // The agent may not read campaigns: the call is still attributed, and the campaign is not shown to them.
    expect(first).toMatchObject({ activity: { type: 'CALL', subject: 'Metro ads · line 2 · +86 21 5555 7777', done: true }, campaign: null, contact: { id: contact.id }, lead: null, createdLead: false });
    await call('2026-04-02T02:00:00Z');
    const rows = await memberships(campaignId);
    expect(rows.filter((r) => r.contact_id === contact.id)).toEqual([{ contact_id: contact.id, lead_id: null, status: 'responded', responded_at: expect.any(Date) }]);
    const [timeline] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM timeline_event WHERE subject_type = 'contact' AND subject_id = $1 AND event_type = 'activity.logged'`, [contact.id]);
    expect(timeline.n).toBe(2);
    const [campaignEvents] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM timeline_event WHERE subject_type = 'campaign' AND subject_id = $1 AND event_type = 'campaign.call'`, [campaignId]);
    expect(campaignEvents.n).toBe(1);
  });

  it('from an unknown number becomes a phone lead of the campaign when the logger may create leads', async () => {
    const r = (await rep.gqlOk<Logged>(LOG, { i: { dialedNumber: '+862166660001', callerNumber: '138 0013 8000', callerName: 'Ms Guo' } })).logInboundCall;
    expect(r).toMatchObject({ createdLead: true, contact: null, campaign: { id: campaignId }, lead: { source: 'PHONE', campaignSource: 'Metro ads · line 2', campaign: { id: campaignId } } });
    const [lead] = await api.ctx.ds.query(`SELECT last_name, phone_normalized, owner_id FROM lead WHERE id = $1`, [r.lead!.id]);
    expect(lead).toEqual({ last_name: 'Ms Guo', phone_normalized: '+8613800138000', owner_id: repId });
    expect((await memberships(campaignId)).filter((m) => m.lead_id === r.lead!.id)).toHaveLength(1);
    // The same caller again is the lead now, not a second one.
    const again = (await rep.gqlOk<Logged>(LOG, { i: { dialedNumber: '+862166660001', callerNumber: '+86 138 0013 8000' } })).logInboundCall;
    expect(again).toMatchObject({ createdLead: false, lead: { id: r.lead!.id } });
  });

  it('from an unknown number is refused to someone who may not create leads, and bad numbers are refused', async () => {
    const unknown = await agent.gql(LOG, { i: { dialedNumber: '+862166660001', callerNumber: '+86 139 0000 0000' } });
    expect(unknown.errors![0]!.extensions!.fields).toEqual([{ path: 'input.callerNumber', message: 'No contact or lead you may see has this number.', messageKey: 'marketing.unknownCaller' }]);
    const bad = await agent.gql(LOG, { i: { dialedNumber: 'call me', callerNumber: '' } });
    expect(bad.errors![0]!.extensions!.fields!.map((f) => f.path)).toEqual(['input.dialedNumber', 'input.callerNumber']);
  });

  it('to a number no campaign uses is logged without a campaign', async () => {
    const contact = await api.ctx.newContact({ lastName: 'Wang', phones: ['+86 10 5555 0101'] });
    const r = (await agent.gqlOk<Logged>(LOG, { i: { dialedNumber: '+86 400 800 8000', callerNumber: '+86 10 5555 0101' } })).logInboundCall;
    expect(r).toMatchObject({ campaign: null, contact: { id: contact.id }, activity: { subject: '+86 10 5555 0101' } });
    const [n] = await api.ctx.ds.query(`SELECT count(*)::int AS n FROM campaign_member WHERE contact_id = $1`, [contact.id]);
    expect(n.n).toBe(0);
  });

  it('is taken over REST from a telephony system, with clear 400s', async () => {
    const contact = await api.ctx.newContact({ lastName: 'Lin', phones: ['+886 2 2555 0199'] });
    const res = await agent.post('/api/v1/calls/inbound').send({ dialedNumber: '+86 21 6666 0001', callerNumber: '+886 2 2555 0199', occurredAt: '2026-05-01T01:00:00Z' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contactId: contact.id, leadId: null, campaignId: null, createdLead: false });
    expect((await agent.post('/api/v1/calls/inbound').send({ dialedNumber: '+86 21 6666 0001' })).status).toBe(400);
    expect((await agent.post('/api/v1/calls/inbound').send({ dialedNumber: '+86 21 6666 0001', callerNumber: '+886 2 2555 0199', occurredAt: 'yesterday' })).status).toBe(400);
  });
});
