import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ConsentRecordersDocument, ContactConsentDocument, createCache, SetConsentDocument, type CurrentUserFragment, type Role } from '@rapport/web-data-access';
import { RecordPanelSlot, SessionContext, type RecordPanelKind } from '@rapport/web-core';
import { grantsFor, pickOption } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/app-providers';
import { contactConsent, contactMocks, event, EVENTS, leadMocks, NEWSLETTER, OLD_DIGEST, PRODUCT_NEWS, state, suppression, typesMock } from './consent-fixtures';

// The consent panel as the contact and lead pages get it: through their RecordPanelSlot, with the
// panels the app registers (app/signed-in-providers.tsx), so the registration is under test too.

function me(role: Role): CurrentUserFragment {
  return { __typename: 'User', id: 'u-rita', email: 'rita@example.com', name: 'Rita Rep', role, locale: 'EN', team: null, permissions: grantsFor(role) };
}

function renderSlot(kind: RecordPanelKind, id: string, mocks: MockLink.MockedResponse[], role: Role = 'SALES_REP') {
  const router = createMemoryRouter([{ path: '*', element: <RecordPanelSlot kind={kind} record={{ id, name: 'Ann Wu' }} /> }], { initialEntries: ['/record'] });
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <AppProviders>
        <SessionContext.Provider value={me(role)}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </AppProviders>
    </MockedProvider>,
  );
}

const ANN = ['Ann.Wu@Example.com', 'ann@home.example'];

/** Each line of an address: [type, status, its text]. */
function lines(address: HTMLElement): [string | null, string | null, string][] {
  return within(address)
    .getAllByTestId('consent-line')
    .map((l) => [l.getAttribute('data-type'), l.getAttribute('data-status'), l.textContent ?? '']);
}

const openOptions = () => [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')].map((o) => o.textContent);

const addressBlock = (address: string) => screen.getAllByTestId('consent-address').find((a) => a.getAttribute('data-address') === address)!;

describe('Consent panel on the contact and lead pages', { timeout: 60_000 }, () => {
  it('shows each address’s answers per type, the global opt-out, what no answer means, and a suppression as a warning', async () => {
    renderSlot('contact', 'c1', [
      typesMock(),
      ...contactMocks('c1', [
        {
          emails: ANN,
          consents: [
            state('ann.wu@example.com', null, 'OPTED_OUT', '2026-03-05T12:00:00Z'),
            state('ann.wu@example.com', NEWSLETTER.id, 'OPTED_IN', '2025-06-01T12:00:00Z'),
            state('ann@home.example', NEWSLETTER.id, 'PENDING'),
            state('ann@home.example', OLD_DIGEST.id, 'OPTED_IN'),
          ],
          suppressions: [suppression('ann@home.example', 'HARD_BOUNCE', '5.1.1 user unknown')],
        },
      ]),
    ]);
    const panel = await screen.findByTestId('consent-panel-contact', {}, { timeout: 10_000 });
    expect(within(panel).getByText('Email consent')).toBeTruthy();
    await within(panel).findAllByTestId('consent-address');
    expect(screen.getAllByTestId('consent-address').map((a) => a.getAttribute('data-address'))).toEqual(['ann.wu@example.com', 'ann@home.example']);

    // The primary address opted out of everything: "No marketing at all"; the types keep their own answers.
    const primary = addressBlock('ann.wu@example.com');
    expect(lines(primary)).toEqual([
      ['all', 'OPTED_OUT', 'All marketingNo marketing at allsince 2026-03-05 · Stops every type below, whatever it says.'],
      [EVENTS.id, 'NONE', 'Events and seminarsNo answernot mailed'],
      [NEWSLETTER.id, 'OPTED_IN', 'NewsletterOpted insince 2025-06-01'],
      [PRODUCT_NEWS.id, 'NONE', 'Product newsNo answermailed until they opt out'],
    ]);
    expect(within(primary).queryByTestId('consent-suppression')).toBeNull();

    // The second: pending double opt-in, an answer to a type no longer offered, and a hard bounce.
    const home = addressBlock('ann@home.example');
    expect(lines(home)).toEqual([
      ['all', 'NONE', 'All marketingNo answerEach type below decides.'],
      [EVENTS.id, 'NONE', 'Events and seminarsNo answernot mailed'],
      [NEWSLETTER.id, 'PENDING', 'NewsletterPending confirmationnot mailed until they confirm from the email'],
      [PRODUCT_NEWS.id, 'NONE', 'Product newsNo answermailed until they opt out'],
      [OLD_DIGEST.id, 'OPTED_IN', 'Weekly digest (no longer offered)Opted insince 2026-03-02'],
    ]);
    const warning = within(home).getByTestId('consent-suppression');
    expect(warning.getAttribute('data-reason')).toBe('HARD_BOUNCE');
    expect(warning.textContent).toContain('On the suppression list: Hard bounce');
    expect(warning.textContent).toContain('5.1.1 user unknown');
    expect(warning.textContent).toContain('No mail at all goes to this address');
    expect(within(home).getByRole('alert')).toBeTruthy();
  });

  it('lists every answer with its evidence in the History disclosure, naming who recorded it where the reader may see them', async () => {
    const history = [
      event('e3', { status: 'OPTED_OUT', source: 'STAFF', lawfulBasis: 'LEGITIMATE_INTEREST', subscriptionType: { __typename: 'SubscriptionType', id: PRODUCT_NEWS.id, name: 'Product news' }, wordingVersion: 'call-2026-03', recordedBy: 'u-rita', occurredAt: '2026-03-05T09:30:00Z' }),
      event('e2', { address: 'ann@home.example', status: 'PENDING', source: 'STAFF', subscriptionType: { __typename: 'SubscriptionType', id: NEWSLETTER.id, name: 'Newsletter' }, recordedBy: 'u-mia' }),
      event('e1', { status: 'OPTED_IN', source: 'FORM', wordingVersion: 'web-form-v2', ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (demo)', subscriptionType: { __typename: 'SubscriptionType', id: NEWSLETTER.id, name: 'Newsletter' } }),
      event('e0', { status: 'OPTED_OUT', source: 'UNSUBSCRIBE_LINK', recordedBy: 'u-hidden' }),
    ];
    const recorders: MockLink.MockedResponse = {
      request: { query: ConsentRecordersDocument, variables: { ids: ['u-hidden', 'u-mia'] } },
      result: { data: { users: { __typename: 'UserConnection', edges: [{ __typename: 'UserEdge', node: { __typename: 'User', id: 'u-mia', name: 'Mia Marketer' } }] } } },
    };
    renderSlot('contact', 'c1', [typesMock(), recorders, ...contactMocks('c1', [{ emails: ANN, history }])]);
    const toggle = await screen.findByTestId('consent-history-toggle', {}, { timeout: 10_000 });
    expect(toggle.textContent).toBe('History (4)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('consent-history')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const region = screen.getByTestId('consent-history');
    expect(toggle.getAttribute('aria-controls')).toBe(region.id);
    await within(region).findByText('Mia Marketer');

    const items = within(region).getAllByTestId('consent-event');
    expect(items.map((i) => [i.getAttribute('data-status'), i.getAttribute('data-source')])).toEqual([
      ['OPTED_OUT', 'STAFF'],
      ['PENDING', 'STAFF'],
      ['OPTED_IN', 'FORM'],
      ['OPTED_OUT', 'UNSUBSCRIBE_LINK'],
    ]);
    const text = (i: number) => items[i]!.textContent ?? '';
    // Newest first, with every piece of evidence; the address named because there are two.
    expect(text(0)).toContain('2026-03-05');
    expect(text(0)).toContain('Opted out');
    expect(text(0)).toContain('Product news');
    expect(text(0)).toContain('Lawful basisLegitimate interest');
    expect(text(0)).toContain('SourceRecorded by staff');
    expect(text(0)).toContain('Wording versioncall-2026-03');
    expect(text(0)).toContain('Recorded byYou (Rita Rep)');
    expect(text(0)).toContain('IP addressNot recorded');
    expect(text(1)).toContain('ann@home.example');
    expect(text(1)).toContain('Pending confirmation');
    expect(text(1)).toContain('Recorded byMia Marketer');
    expect(text(2)).toContain('SourceWeb form');
    expect(text(2)).toContain('Wording versionweb-form-v2');
    expect(text(2)).toContain('IP address203.0.113.7');
    expect(text(2)).toContain('Browser (user agent)Mozilla/5.0 (demo)');
    expect(text(2)).toContain('Recorded byThe person themselves');
    expect(text(3)).toContain('All marketing');
    expect(text(3)).toContain('SourceUnsubscribe link');
    expect(text(3)).toContain('Recorded byA colleague (you may not see who)');
  });

  it('records an answer with setConsent: a server field error lands on its field; then it is recorded and the panel asks again', async () => {
    const posted: Record<string, unknown>[] = [];
    const asked = { count: 0 };
    const attempt = (n: number): MockLink.MockedResponse => ({
      request: { query: SetConsentDocument, variables: (v: Record<string, unknown>) => (posted.push(v), posted.length === n) },
      result:
        n === 1
          ? { errors: [new GraphQLError('The input is not valid.', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.address', message: "That is not one of the contact's addresses." }] } })] }
          : { data: { setConsent: { __typename: 'SetConsentPayload', consent: { __typename: 'Consent', address: 'ann@home.example', status: 'OPTED_OUT' }, event: { __typename: 'ConsentEvent', id: 'e9' } } } },
    });
    renderSlot('contact', 'c1', [
      typesMock(),
      attempt(1),
      attempt(2),
      ...contactMocks('c1', [{ emails: ANN }, { emails: ANN, consents: [state('ann@home.example', PRODUCT_NEWS.id, 'OPTED_OUT')] }], asked),
    ]);
    fireEvent.click(await screen.findByTestId('consent-record-open', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Record an answer for Ann Wu')).toBeTruthy();

    // Several addresses: a choice of address; the types still offered and "all marketing".
    await pickOption(within(dialog).getByTestId('consent-record-address'), 'ann@home.example');
    fireEvent.mouseDown(within(dialog).getByTestId('consent-record-type').querySelector('input') ?? within(dialog).getByTestId('consent-record-type'));
    await waitFor(() => expect(openOptions()).toEqual(['All marketing (every type)', 'Events and seminars', 'Newsletter', 'Product news']));
    await pickOption(within(dialog).getByTestId('consent-record-type'), 'Product news');
    fireEvent.click(within(dialog).getByLabelText('Opts out'));
    // "Already confirmed" is about double opt-in opt-ins only.
    expect(within(dialog).queryByTestId('consent-record-confirmed')).toBeNull();
    fireEvent.change(within(dialog).getByTestId('consent-record-wording'), { target: { value: ' call-2026-03 ' } });
    fireEvent.click(within(dialog).getByTestId('consent-record-submit'));

    // The API refuses the address: the message is under the address field.
    await within(dialog).findByText("That is not one of the contact's addresses.");
    const addressItem = within(dialog).getByTestId('consent-record-address').closest('.ant-form-item')!;
    expect(addressItem.textContent).toContain("That is not one of the contact's addresses.");
    expect(posted[0]).toEqual({
      input: { contactId: 'c1', address: 'ann@home.example', subscriptionTypeId: PRODUCT_NEWS.id, answer: 'OPT_OUT', lawfulBasis: 'CONSENT', wordingVersion: 'call-2026-03', confirmed: false },
    });

    fireEvent.click(within(dialog).getByTestId('consent-record-submit'));
    expect(await screen.findByText('Recorded: ann@home.example, Product news: Opted out.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The panel asked again and shows the new answer.
    await waitFor(() => expect(lines(addressBlock('ann@home.example')).find((l) => l[0] === PRODUCT_NEWS.id)?.[1]).toBe('OPTED_OUT'));
    expect(asked.count).toBe(2);
  });

  it('asks "they already confirmed" only for an opt-in to a double opt-in type, and sends it', async () => {
    const posted: Record<string, unknown>[] = [];
    renderSlot('contact', 'c1', [
      typesMock(),
      {
        request: { query: SetConsentDocument, variables: (v: Record<string, unknown>) => (posted.push(v), true) },
        result: { data: { setConsent: { __typename: 'SetConsentPayload', consent: { __typename: 'Consent', address: 'ann.wu@example.com', status: 'OPTED_IN' }, event: { __typename: 'ConsentEvent', id: 'e9' } } } },
      },
      ...contactMocks('c1', [{ emails: ['ann.wu@example.com'] }]),
    ]);
    fireEvent.click(await screen.findByTestId('consent-record-open', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    // One address: no choice, the address is shown.
    expect(within(dialog).queryByTestId('consent-record-address')).toBeNull();
    expect(within(dialog).getByTestId('consent-address-fixed').textContent).toBe('ann.wu@example.com');
    await pickOption(within(dialog).getByTestId('consent-record-type'), 'Newsletter');
    fireEvent.click(within(dialog).getByLabelText('Opts in'));
    const confirmed = await within(dialog).findByTestId('consent-record-confirmed');
    expect(dialog.textContent).toContain('“Newsletter” asks people to confirm from an email before they are mailed.');
    fireEvent.click(within(dialog).getByLabelText('Opts out'));
    await waitFor(() => expect(within(dialog).queryByTestId('consent-record-confirmed')).toBeNull());
    fireEvent.click(within(dialog).getByLabelText('Opts in'));
    fireEvent.click(await within(dialog).findByTestId('consent-record-confirmed'));
    expect(confirmed).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('consent-record-submit'));
    expect(await screen.findByText('Recorded: ann.wu@example.com, Newsletter: Opted in.')).toBeTruthy();
    expect(posted[0]).toMatchObject({ input: { contactId: 'c1', address: 'ann.wu@example.com', subscriptionTypeId: NEWSLETTER.id, answer: 'OPT_IN', confirmed: true, wordingVersion: null } });
  });

  it('offers "Record answer" only to whoever may change the record or manage campaigns', async () => {
    // A rep reading someone else's contact: the answers, but no button.
    renderSlot('contact', 'c1', [typesMock(), ...contactMocks('c1', [{ emails: ANN, update: false }])], 'SALES_REP');
    await screen.findAllByTestId('consent-address', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('consent-record-open')).toBeNull();
  });

  it('offers it to a marketer for a contact they may only read (campaign managers record for anyone they can read)', async () => {
    renderSlot('contact', 'c1', [typesMock(), ...contactMocks('c1', [{ emails: ANN, update: false }])], 'MARKETER');
    expect(await screen.findByTestId('consent-record-open', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('says so when the person has no email address, and offers nothing to record', async () => {
    renderSlot('contact', 'c1', [typesMock(), ...contactMocks('c1', [{ emails: [] }])]);
    const none = await screen.findByTestId('consent-panel-no-email', {}, { timeout: 10_000 });
    expect(none.textContent).toBe('No email address: there is nothing to ask consent for until the person has one.');
    expect(screen.queryByTestId('consent-record-open')).toBeNull();
    expect(screen.queryByTestId('consent-history-toggle')).toBeNull();
  });

  it('offers a retry when the answers could not be loaded, and shows them after it', async () => {
    renderSlot('contact', 'c1', [
      typesMock(),
      { request: { query: ContactConsentDocument, variables: { id: 'c1' } }, result: { errors: [new GraphQLError('The database is asleep')] } },
      { request: { query: ContactConsentDocument, variables: { id: 'c1' } }, result: { data: contactConsent('c1', { emails: ANN }) } },
      ...contactMocks('c1', [{ emails: ANN }]).slice(1),
    ]);
    const error = await screen.findByTestId('consent-panel-error', {}, { timeout: 10_000 });
    expect(error.textContent).toContain('The database is asleep');
    fireEvent.click(screen.getByTestId('consent-panel-retry'));
    expect(await screen.findAllByTestId('consent-address')).toHaveLength(2);
    expect(screen.queryByTestId('consent-panel-error')).toBeNull();
  });

  it('shows a lead’s one address, with a complaint as a marketing-only warning', async () => {
    renderSlot('lead', 'l1', [typesMock(), ...leadMocks('l1', { emails: ['Lee@Example.org'], suppressions: [suppression('lee@example.org', 'COMPLAINT', 'ARF feedback report')] })]);
    const panel = await screen.findByTestId('consent-panel-lead', {}, { timeout: 10_000 });
    await within(panel).findAllByTestId('consent-address');
    expect(within(panel).getAllByTestId('consent-address').map((a) => a.getAttribute('data-address'))).toEqual(['lee@example.org']);
    const warning = within(panel).getByTestId('consent-suppression');
    expect(warning.textContent).toContain('On the suppression list: Complaint');
    expect(warning.textContent).toContain('No marketing goes to this address, whatever it answered.');
    expect(within(panel).getByTestId('consent-record-open')).toBeTruthy();
  });
});
