import { Role } from '@rapport/shared-domain';
import { ApiClient, describeVisibilityMatrix, MatrixCast, ownerFor, RecordKind } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Roles × own/team/other for mailings and nurtures (issue 15), every query and mutation that takes
 * one; the cells come from the permission table's `mailing` row (marketers and admins all, sales
 * managers read all and change their own, the rest none). Mailings and nurtures have an owner and
 * no team, so a team record of the matrix is simply someone else's.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0' });
let admin: ApiClient;
let campaignId = '';
let templateId = '';
let subscriptionTypeId = '';
const tag = `mv${Date.now().toString(36)}`;

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
  campaignId = (await api.ctx.newCampaign({ name: `Matrix ${tag}` })).id;
  subscriptionTypeId = (
    await admin.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>('mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id } } }', {
      i: { key: `matrix-${tag}`, name: 'Matrix news', requiresOptIn: false },
    })
  ).saveSubscriptionType.subscriptionType.id;
  const mjml = '<mjml><mj-body><mj-section><mj-column><mj-text>Hi <a href="{{ unsubscribe_url }}">Unsubscribe</a> {{ company.postal_address }}</mj-text></mj-column></mj-section></mj-body></mjml>';
  templateId = (
    await admin.gqlOk<{ createEmailTemplate: { template: { id: string } } }>('mutation($i: CreateEmailTemplateInput!) { createEmailTemplate(input: $i) { template { id } } }', {
      i: { name: `Matrix ${tag}`, variants: [{ locale: 'en', subject: 'Matrix', mjml }] },
    })
  ).createEmailTemplate.template.id;
});

/** A draft owned by the matrix's owner of `kind` (mailings and nurtures have no team of their own). */
const ownerOf = (kind: RecordKind, cast: MatrixCast) => ownerFor(kind, cast).owner;

const newMailing = async (kind: RecordKind, cast: MatrixCast) =>
  (
    await api.ctx.insertRow<{ id: string }>('mailing', {
      name: `Mailing ${tag}`,
      campaignId,
      templateId,
      subscriptionTypeId,
      audience: { campaignMemberStatuses: ['invited'], listIds: [], excludeListIds: [] },
      ownerId: ownerOf(kind, cast),
      createdBy: ownerOf(kind, cast),
    })
  ).id;

/** A valid draft made by an admin (the outsider of the matrix may not make one), then handed to the owner of `kind`. */
const newNurture = async (kind: RecordKind, cast: MatrixCast) => {
  const { createNurture } = await admin.gqlOk<{ createNurture: { id: string } }>('mutation($i: CreateNurtureInput!) { createNurture(input: $i) { id } }', {
    i: { name: `Nurture ${tag}`, campaignId, subscriptionTypeId, source: { campaignId, memberStatuses: ['invited'] }, steps: [{ kind: 'SEND', templateId }] },
  });
  await api.ctx.ds.query(`UPDATE nurture SET owner_id = $2, created_by = $2 WHERE id = $1`, [createNurture.id, ownerOf(kind, cast)]);
  return createNurture.id;
};

const ok = async (c: ApiClient, query: string, variables: Record<string, unknown>) => !(await c.gql(query, variables)).errors;

describe('mailings', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'mailing',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: newMailing,
    probes: [
      { name: 'query mailing(id)', action: 'read', reaches: async (c, id) => (await c.gql<{ mailing: { id: string } | null }>('query($id: ID!) { mailing(id: $id) { id } }', { id })).data?.mailing?.id === id },
      {
        name: 'query mailings',
        action: 'read',
        reaches: async (c, id) => !!(await c.gql<{ mailings: { nodes: { id: string }[] } }>('query($c: ID!) { mailings(campaignId: $c, first: 100) { nodes { id } } }', { c: campaignId })).data?.mailings.nodes.some((n) => n.id === id),
      },
      { name: 'query mailingAudienceCount', action: 'read', reaches: (c, id) => ok(c, 'query($id: ID!) { mailingAudienceCount(id: $id) { eligible } }', { id }) },
      { name: 'mutation updateMailing', action: 'write', reaches: (c, id) => ok(c, 'mutation($i: UpdateMailingInput!) { updateMailing(input: $i) { id } }', { i: { id, name: 'Renamed' } }) },
      { name: 'mutation cancelMailing', action: 'write', reaches: (c, id) => ok(c, 'mutation($i: MailingIdInput!) { cancelMailing(input: $i) { id } }', { i: { id } }) },
    ],
  });
});

describe('nurtures', () => {
  describeVisibilityMatrix<ApiClient>({
    object: 'mailing',
    factories: () => api.ctx,
    clientFor: (u) => api.signedIn(u.email),
    makeRecord: newNurture,
    probes: [
      { name: 'query nurture(id)', action: 'read', reaches: async (c, id) => (await c.gql<{ nurture: { id: string } | null }>('query($id: ID!) { nurture(id: $id) { id } }', { id })).data?.nurture?.id === id },
      {
        name: 'query nurtures',
        action: 'read',
        reaches: async (c, id) => !!(await c.gql<{ nurtures: { nodes: { id: string }[] } }>('{ nurtures(first: 100) { nodes { id } } }', {})).data?.nurtures.nodes.some((n) => n.id === id),
      },
      { name: 'mutation updateNurture', action: 'write', reaches: (c, id) => ok(c, 'mutation($i: UpdateNurtureInput!) { updateNurture(input: $i) { id } }', { i: { id, name: 'Renamed' } }) },
      { name: 'mutation activateNurture', action: 'write', reaches: (c, id) => ok(c, 'mutation($i: NurtureIdInput!) { activateNurture(input: $i) { id } }', { i: { id } }) },
    ],
  });
});
