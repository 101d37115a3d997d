import { Role } from '@rapport/shared-domain';
import { ApiClient, describeVisibilityMatrix, MatrixCast, ownerFor, RecordKind } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Roles × own/team/other for events (issue 16): the event, its registrations and counts, its
 * embeddable form, and every mutation that takes one, check-in included; the cells come from the
 * permission table's `event` row (marketers, admins and integrations all, the rest none). The
 * registrant's timeline entries are in reachable-visibility.int-spec.ts.
 */
const api = useTestApi({ INBOUND_SMTP_PORT: '0', PUBLIC_LEAD_RATE_LIMIT: '5000' });
const tag = `evv${Date.now().toString(36)}`;
let admin: ApiClient;
const registrationOf = new Map<string, string>();

beforeAll(async () => {
  admin = await api.signedIn((await api.ctx.newUser({ role: Role.Admin })).email);
});

/** A published event with one registrant, made by an admin and handed to the owner of `kind`. */
async function newEvent(kind: RecordKind, cast: MatrixCast): Promise<string> {
  const { createEvent } = await admin.gqlOk<{ createEvent: { event: { id: string; campaignId: string } } }>('mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id campaignId } } }', {
    i: { title: `Matrix ${tag}`, type: 'WORKSHOP', timeZone: 'Europe/Berlin', startsAt: '2027-06-01T08:00:00Z', endsAt: '2027-06-01T10:00:00Z' },
  });
  const id = createEvent.event.id;
  await admin.gqlOk('mutation($i: EventIdInput!) { publishEvent(input: $i) { event { id } } }', { i: { id } });
  const reg = await api.anon().post(`/api/public/events/${id}/registrations`).send({ lastName: 'Guest', email: `guest.${id}@example.com` });
  expect(reg.status).toBe(201);
  registrationOf.set(id, reg.body.reference as string);
  const { owner, team } = ownerFor(kind, cast);
  await api.ctx.ds.query(`UPDATE event SET owner_id = $2, team_id = $3 WHERE id = $1`, [id, owner, team]);
  return id;
}

const ok = async (c: ApiClient, query: string, variables: Record<string, unknown>) => !(await c.gql(query, variables)).errors;

describeVisibilityMatrix<ApiClient>({
  object: 'event',
  factories: () => api.ctx,
  clientFor: (u) => api.signedIn(u.email),
  makeRecord: newEvent,
  probes: [
    { name: 'query event(id)', action: 'read', reaches: async (c, id) => (await c.gql<{ event: { id: string } | null }>('query($id: ID!) { event(id: $id) { id } }', { id })).data?.event?.id === id },
    {
      name: 'query events',
      action: 'read',
      reaches: async (c, id) => !!(await c.gql<{ events: { edges: { node: { id: string } }[] } }>('query($t: String!) { events(first: 100, filter: { title: { contains: $t } }) { edges { node { id } } } }', { t: tag })).data?.events?.edges.some((e) => e.node.id === id),
    },
    {
      name: 'query event(id) { registrations counts embedHtml }',
      action: 'read',
      reaches: async (c, id) => {
        const d = (await c.gql<{ event: { registrations: { edges: { node: { id: string } }[] }; counts: { registered: number }; embedHtml: string } | null }>('query($id: ID!) { event(id: $id) { registrations(first: 10) { edges { node { id } } } counts { registered } embedHtml } }', { id })).data?.event;
        return !!d && d.registrations.edges.some((e) => e.node.id === registrationOf.get(id)) && d.counts.registered === 1 && d.embedHtml.includes(id);
      },
    },
    { name: 'mutation updateEvent', action: 'write', reaches: (c, id) => ok(c, 'mutation($i: UpdateEventInput!) { updateEvent(input: $i) { event { id } } }', { i: { id, capacity: 50 } }) },
    { name: 'mutation checkInRegistration', action: 'write', reaches: (c, id) => ok(c, 'mutation($i: RegistrationIdInput!) { checkInRegistration(input: $i) { registration { id } } }', { i: { id: registrationOf.get(id) } }) },
    { name: 'mutation registerWalkIn', action: 'write', reaches: (c, id) => ok(c, 'mutation($i: WalkInInput!) { registerWalkIn(input: $i) { registration { id } } }', { i: { eventId: id, lastName: 'Walk', email: `walk.${id}.${Math.random()}@example.com` } }) },
  ],
});
