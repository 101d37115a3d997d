import { Role } from '@rapport/shared-domain';
import { InboundSmtpReceiver } from '@rapport/shared-mail';
import { MailingPumpService } from '@rapport/marketing-api';
import { useTestApi } from './testing/test-api';

/**
 * A relay that refuses (issue 15 item 4, docs/adr/0016 §5), over a real SMTP conversation: a
 * mailbox that does not exist (550 5.1.1) fails its send and suppresses the address; a temporary
 * refusal (451) queues the send again with a back-off; after MAILING_PAUSE_AFTER_FAILURES failures
 * in a row the mailing pauses itself and tells its owner.
 */
let relay: InboundSmtpReceiver;
// Read by the API's boot (its beforeAll, registered after this one), so the relay's port is known by then.
const env: Record<string, string> = { MAILING_PAUSE_AFTER_FAILURES: '3', INBOUND_SMTP_PORT: '0' };
beforeAll(async () => {
  // The "relay": takes mail for ok.example only (550 5.1.1 for any other domain) and answers 451 to every message.
  relay = new InboundSmtpReceiver({ host: '127.0.0.1', port: 0, maxBytes: 1_000_000, acceptDomains: ['ok.example'], onMessage: async () => Promise.reject(new Error('relay busy')), log: { warn: () => undefined, error: () => undefined } });
  env['SMTP_URL'] = `smtp://127.0.0.1:${(await relay.start()).port}`;
});
const api = useTestApi(env);

afterAll(() => relay?.stop());

it('fails and suppresses an unknown mailbox, backs off on a temporary refusal, and pauses after failures in a row', async () => {
  const ownerUser = await api.ctx.newUser({ role: Role.Marketer });
  const marketer = await api.signedIn(ownerUser.email);
  const typeId = (await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', { i: { key: 'failing', name: 'Failing', requiresOptIn: false } })).saveSubscriptionType.subscriptionType.id;
  const mjml = '<mjml><mj-body><mj-section><mj-column><mj-text>Hi <a href="{{ unsubscribe_url }}">Unsubscribe</a> {{ company.postal_address }}</mj-text></mj-column></mj-section></mj-body></mjml>';
  const templateId = (await marketer.gqlOk<{ createEmailTemplate: { template: { id: string } } }>('mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id } } }', { i: { name: 'Hi', variants: [{ locale: 'en', subject: 'Hi', mjml }] } })).createEmailTemplate.template.id;
  const campaign = await api.ctx.newCampaign();
  const people = ['a@gone.example', 'b@gone.example', 'c@ok.example', 'd@ok.example', 'e@ok.example', 'f@ok.example'];
  for (const email of people) {
    const contact = await api.ctx.newContact({ emails: [email] });
    await api.ctx.ds.query(`INSERT INTO campaign_member (campaign_id, contact_id, status) VALUES ($1, $2, 'invited')`, [campaign.id, contact.id]);
  }
  const id = (await marketer.gqlOk<{ createMailing: { id: string } }>('mutation($i: CreateMailingInput!) { createMailing(input: $i) { id } }', { i: { name: 'Refused', campaignId: campaign.id, templateId, subscriptionTypeId: typeId, audience: { campaignMemberStatuses: ['invited'] } } })).createMailing.id;
  await marketer.gqlOk('mutation($i: SendMailingInput!) { sendMailing(input: $i) { id } }', { i: { id } });

  expect((await api.app.get(MailingPumpService).run(id)).outcome).toBe('paused');

  const rows: { address: string; status: string; attempts: number; error: string; later: boolean }[] = await api.ctx.ds.query(
    `SELECT address, status, attempts, error, not_before > now() AS later FROM mailing_send WHERE mailing_id = $1 ORDER BY address`,
    [id],
  );
  expect(rows.slice(0, 2)).toEqual([
    { address: 'a@gone.example', status: 'failed', attempts: 1, error: expect.stringMatching(/^550 5\.1\.1 /), later: null },
    { address: 'b@gone.example', status: 'failed', attempts: 1, error: expect.stringMatching(/^550 5\.1\.1 /), later: null },
  ]);
  for (const r of rows.slice(2)) expect(r).toMatchObject({ status: 'queued', attempts: 1, error: expect.stringMatching(/^451 4\.3\.0 /), later: true });
  const suppressed: { address: string; reason: string }[] = await api.ctx.ds.query(`SELECT address, reason FROM suppression WHERE address LIKE '%.example' ORDER BY address`);
  expect(suppressed).toEqual([
    { address: 'a@gone.example', reason: 'hard_bounce' },
    { address: 'b@gone.example', reason: 'hard_bounce' },
  ]);

  const state = await marketer.gqlOk<{ mailing: { status: string; pausedReason: string; progress: { failed: number; queued: number } } }>('query($id: ID!) { mailing(id: $id) { status pausedReason progress { failed queued } } }', { id });
  expect(state.mailing).toEqual({ status: 'PAUSED', pausedReason: 'mailings.paused.failures', progress: { failed: 2, queued: 4 } });
  const notes: { kind: string }[] = await api.ctx.ds.query(`SELECT kind FROM notification WHERE user_id = $1`, [ownerUser.id]);
  expect(notes).toEqual([{ kind: 'mailing.paused' }]);
});
