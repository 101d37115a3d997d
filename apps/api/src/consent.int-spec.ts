import { Role } from '@rapport/shared-domain';
import type { ApiClient } from '@rapport/shared-testing';
import { useTestApi } from './testing/test-api';

/**
 * Consent and suppression (issue 15, docs/adr/0015): subscription types managed by marketers;
 * answers recorded per address with their evidence, by whoever may change the person; a double
 * opt-in type keeps staff opt-ins pending; answers outlive the contact record; the suppression list.
 */
const api = useTestApi();
let marketer: ApiClient;
let repUser: { id: string; email: string; teamId: string | null };
let rep: ApiClient;
let newsletter = '';
let productNews = '';

const SAVE = 'mutation($i: SaveSubscriptionTypeInput!) { saveSubscriptionType(input: $i) { subscriptionType { id key name canonicalName names doubleOptIn requiresOptIn active } } }';
const SET = `mutation($i: SetConsentInput!) { setConsent(input: $i) {
  consent { address status subscriptionType { key } }
  event { status lawfulBasis source wordingVersion recordedBy subscriptionType { key } } } }`;
const PERSON = `query($id: ID!) { contact(id: $id) {
  consents { address status subscriptionType { key } }
  consentHistory { address status source lawfulBasis wordingVersion recordedBy subscriptionType { key } }
  suppressions { address reason detail } } }`;
type Person = {
  contact: {
    consents: { address: string; status: string; subscriptionType: { key: string } | null }[];
    consentHistory: { address: string; status: string; source: string; lawfulBasis: string; wordingVersion: string | null; recordedBy: string | null; subscriptionType: { key: string } | null }[];
    suppressions: { address: string; reason: string; detail: string | null }[];
  };
};

beforeAll(async () => {
  marketer = await api.signedIn((await api.ctx.newUser({ role: Role.Marketer })).email);
  repUser = await api.ctx.newUser({ role: Role.SalesRep });
  rep = await api.signedIn(repUser.email);
  const save = async (i: Record<string, unknown>) => (await marketer.gqlOk<{ saveSubscriptionType: { subscriptionType: { id: string } } }>(SAVE, { i })).saveSubscriptionType.subscriptionType.id;
  newsletter = await save({ key: 'newsletter', name: 'Newsletter', names: { 'zh-CN': '新闻简报', 'zh-TW': '電子報' }, doubleOptIn: true });
  productNews = await save({ key: 'product-news', name: 'Product news', requiresOptIn: false });
});

describe('subscription types', () => {
  it('are named in the reader’s language, and managed by marketers only, with clear refusals', async () => {
    const zh = await rep.gqlOkIn<{ subscriptionTypes: { key: string; name: string; canonicalName: string }[] }>('zh-TW', '{ subscriptionTypes { key name canonicalName } }');
    expect(zh.subscriptionTypes).toEqual(expect.arrayContaining([{ key: 'newsletter', name: '電子報', canonicalName: 'Newsletter' }]));
    expect((await rep.gql(SAVE, { i: { key: 'spam', name: 'Spam' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badKey = await marketer.gql(SAVE, { i: { key: 'Product News!', name: 'x' } });
    expect(badKey.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.key' }] });
    const taken = await marketer.gql(SAVE, { i: { key: 'newsletter', name: 'Another' } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'input.key', message: 'Another subscription type has the key "newsletter".' }] });
  });
});

describe('answers', () => {
  it('are recorded by the contact’s owner with their evidence, per address and type, and globally', async () => {
    const contact = await api.ctx.newContact({ owner: repUser, emails: ['Ann.Wu@Example.com', 'ann@home.example'] });
    const optOut = await rep.gqlOk<{ setConsent: { consent: unknown; event: unknown } }>(SET, { i: { contactId: contact.id, subscriptionTypeId: productNews, answer: 'OPT_OUT', wordingVersion: 'call-2026-12' } });
    expect(optOut.setConsent).toEqual({
      consent: { address: 'ann.wu@example.com', status: 'OPTED_OUT', subscriptionType: { key: 'product-news' } },
      event: { status: 'OPTED_OUT', lawfulBasis: 'CONSENT', source: 'STAFF', wordingVersion: 'call-2026-12', recordedBy: repUser.id, subscriptionType: { key: 'product-news' } },
    });
    // An opt-in to a double opt-in type waits for the person's confirmation…
    const pending = await rep.gqlOk<{ setConsent: { consent: { status: string } } }>(SET, { i: { contactId: contact.id, address: 'ann@home.example', subscriptionTypeId: newsletter, answer: 'OPT_IN' } });
    expect(pending.setConsent.consent.status).toBe('PENDING');
    // …unless it was confirmed elsewhere.
    const confirmed = await rep.gqlOk<{ setConsent: { consent: { status: string } } }>(SET, { i: { contactId: contact.id, subscriptionTypeId: newsletter, answer: 'OPT_IN', confirmed: true } });
    expect(confirmed.setConsent.consent.status).toBe('OPTED_IN');
    await rep.gqlOk(SET, { i: { contactId: contact.id, answer: 'OPT_OUT', lawfulBasis: 'LEGITIMATE_INTEREST' } });

    const { contact: seen } = await rep.gqlOk<Person>(PERSON, { id: contact.id });
    expect(seen.consents).toEqual([
      { address: 'ann.wu@example.com', status: 'OPTED_OUT', subscriptionType: null },
      { address: 'ann.wu@example.com', status: expect.any(String), subscriptionType: expect.anything() },
      { address: 'ann.wu@example.com', status: expect.any(String), subscriptionType: expect.anything() },
      { address: 'ann@home.example', status: 'PENDING', subscriptionType: { key: 'newsletter' } },
    ]);
    expect(seen.consents.filter((c) => c.address === 'ann.wu@example.com' && c.subscriptionType).map((c) => [c.subscriptionType!.key, c.status]).sort()).toEqual([
      ['newsletter', 'OPTED_IN'],
      ['product-news', 'OPTED_OUT'],
    ]);
    expect(seen.consentHistory.map((e) => [e.address, e.subscriptionType?.key ?? 'all', e.status, e.lawfulBasis])).toEqual([
      ['ann.wu@example.com', 'all', 'OPTED_OUT', 'LEGITIMATE_INTEREST'],
      ['ann.wu@example.com', 'newsletter', 'OPTED_IN', 'CONSENT'],
      ['ann@home.example', 'newsletter', 'PENDING', 'CONSENT'],
      ['ann.wu@example.com', 'product-news', 'OPTED_OUT', 'CONSENT'],
    ]);
  });

  it('outlive the contact: deleted and imported again under another spelling, the address keeps its answer', async () => {
    const first = await api.ctx.newContact({ owner: repUser, emails: ['lee@example.org'] });
    await rep.gqlOk(SET, { i: { contactId: first.id, answer: 'OPT_OUT' } });
    await api.ctx.ds.query(`UPDATE contact SET deleted_at = now() WHERE id = $1`, [first.id]);
    const again = await api.ctx.newContact({ owner: repUser, emails: [' LEE@example.ORG'] });
    const { contact } = await rep.gqlOk<Person>(PERSON, { id: again.id });
    expect(contact.consents).toEqual([{ address: 'lee@example.org', status: 'OPTED_OUT', subscriptionType: null }]);
  });

  it('are refused clearly: someone else’s contact, an address the contact does not have, no address, an unknown type', async () => {
    const other = await api.ctx.newUser({ role: Role.SalesRep });
    const theirs = await api.ctx.newContact({ owner: other, emails: ['theirs@example.com'] });
    expect((await rep.gql(SET, { i: { contactId: theirs.id, answer: 'OPT_OUT' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const mine = await api.ctx.newContact({ owner: repUser, emails: ['mine@example.com'] });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ contactId: mine.id, address: 'other@example.com', answer: 'OPT_OUT' }, 'input.address', 'That is not one of the contact\'s addresses.'],
      [{ contactId: (await api.ctx.newContact({ owner: repUser })).id, answer: 'OPT_OUT' }, 'input.address', 'The contact has no email address to record an answer for.'],
      [{ contactId: mine.id, subscriptionTypeId: '00000000-0000-4000-8000-000000000000', answer: 'OPT_IN' }, 'input.subscriptionTypeId', 'No such subscription type.'],
      [{ address: 'not an address', answer: 'OPT_OUT' }, 'input.address', 'Enter a valid email address.'],
    ];
    for (const [i, path, message] of cases) {
      const r = await rep.gql(SET, { i });
      expect({ i, ext: r.errors?.[0]?.extensions }).toEqual({ i, ext: expect.objectContaining({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path, message })] }) });
    }
    // A bare address (no record) is for campaign managers.
    expect((await rep.gql(SET, { i: { address: 'someone@example.com', answer: 'OPT_OUT' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bare = await marketer.gqlOk<{ setConsent: { consent: { address: string } } }>(SET, { i: { address: ' Someone@Example.com ', answer: 'OPT_OUT' } });
    expect(bare.setConsent.consent.address).toBe('someone@example.com');
  });
});

describe('the suppression list', () => {
  const ADD = 'mutation($i: AddSuppressionsInput!) { addSuppressions(input: $i) { added alreadySuppressed invalid } }';
  const PAGE = 'query($after: String, $search: String) { suppressions(first: 2, after: $after, search: $search) { totalCount edges { node { address reason detail } } pageInfo { hasNextPage endCursor } } }';
  type Page = { suppressions: { totalCount: number; edges: { node: { address: string; reason: string; detail: string | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  it('takes an imported list by normalised address, says what it could not read, and pages through it', async () => {
    const r = await marketer.gqlOk<{ addSuppressions: unknown }>(ADD, { i: { addresses: ['A@list.example', 'a@LIST.example', 'b@list.example', 'c@list.example', 'nonsense', ''], detail: 'old-crm.csv' } });
    expect(r.addSuppressions).toEqual({ added: 3, alreadySuppressed: 0, invalid: ['nonsense', ''] });
    // A hard bounce says more than an import: it replaces the reason; another import does not.
    expect((await marketer.gqlOk<{ addSuppressions: unknown }>(ADD, { i: { addresses: ['b@list.example'], reason: 'HARD_BOUNCE', detail: '5.1.1' } })).addSuppressions).toEqual({ added: 0, alreadySuppressed: 1, invalid: [] });
    await marketer.gqlOk(ADD, { i: { addresses: ['b@list.example'], detail: 'again.csv' } });

    const one = await marketer.gqlOk<Page>(PAGE, { search: 'list.example' });
    expect(one.suppressions.totalCount).toBe(3);
    expect(one.suppressions.edges.map((e) => e.node)).toEqual([
      { address: 'a@list.example', reason: 'IMPORTED', detail: 'old-crm.csv' },
      { address: 'b@list.example', reason: 'HARD_BOUNCE', detail: '5.1.1' },
    ]);
    const two = await marketer.gqlOk<Page>(PAGE, { search: 'list.example', after: one.suppressions.pageInfo.endCursor });
    expect(two.suppressions.edges.map((e) => e.node.address)).toEqual(['c@list.example']);
    expect(two.suppressions.pageInfo.hasNextPage).toBe(false);
  });

  it('shows on the person whose address it is, and only campaign managers change it', async () => {
    const contact = await api.ctx.newContact({ owner: repUser, emails: ['Bounced@Person.example'] });
    await marketer.gqlOk(ADD, { i: { addresses: ['bounced@person.example'], reason: 'COMPLAINT', detail: 'ARF' } });
    expect((await rep.gqlOk<Person>(PERSON, { id: contact.id })).contact.suppressions).toEqual([{ address: 'bounced@person.example', reason: 'COMPLAINT', detail: 'ARF' }]);
    expect((await rep.gql(ADD, { i: { addresses: ['x@y.example'] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await rep.gql('{ suppressions { totalCount } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await rep.gql('mutation { removeSuppression(address: "bounced@person.example") }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await marketer.gqlOk<{ removeSuppression: boolean }>('mutation { removeSuppression(address: "BOUNCED@person.example") }')).removeSuppression).toBe(true);
    expect((await rep.gqlOk<Person>(PERSON, { id: contact.id })).contact.suppressions).toEqual([]);
  });
});
