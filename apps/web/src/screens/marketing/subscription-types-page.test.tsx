import type { MockLink } from '@apollo/client/testing';
import { SaveSubscriptionTypeDocument } from '@rapport/web-data-access';
import { meMock } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { NEWSLETTER, OLD_DIGEST, PRODUCT_NEWS, subscriptionType, typesMock } from './consent-fixtures';

const TYPES = [subscriptionType({ ...NEWSLETTER, name: '新闻简报' }), PRODUCT_NEWS, OLD_DIGEST];

function saveMock(posted: Record<string, unknown>[], answer: (n: number) => MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: SaveSubscriptionTypeDocument, variables: (v: Record<string, unknown>) => (posted.push(v), true) },
    result: () => answer(posted.length) as never,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const saved = (input: Record<string, unknown>) => ({
  data: { saveSubscriptionType: { __typename: 'SubscriptionTypePayload', subscriptionType: { ...subscriptionType({ id: 'st-new', key: String(input['key']), name: String(input['name']) }), names: input['names'] } } },
});

const rowOf = (key: string) => within(screen.getByTestId('subscription-types-table')).getByText(key, { selector: 'code' }).closest('tr')!;

describe('Subscription types screen', { timeout: 60_000 }, () => {
  it('lists the types with the name in the reader’s language under the stored one, key, double opt-in, no-answer meaning and offered', async () => {
    renderApp('/marketing/subscription-types', [meMock('MARKETER'), typesMock(TYPES)]);
    await screen.findByTestId('subscription-types-table', {}, { timeout: 10_000 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Subscription types');
    const news = rowOf('newsletter');
    // The stored name first, the reader's translation under it.
    expect(news.textContent).toContain('Newsletter新闻简报');
    expect(within(news).getByText('Yes')).toBeTruthy();
    expect(news.textContent).toContain('Not mailed');
    expect(rowOf('product-news').textContent).toContain('Mailed until they opt out');
    // Writers switch "offered" in the row and edit.
    const old = within(rowOf('digest')).getByRole('switch', { name: '“Weekly digest” offered' });
    expect(old.getAttribute('aria-checked')).toBe('false');
    expect(within(rowOf('newsletter')).getByRole('switch').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByTestId('subscription-type-edit-newsletter')).toBeTruthy();
    expect(screen.getByTestId('subscription-type-create')).toBeTruthy();
  });

  it('creates a type: the key rule is checked as typed, translations sent (blank ones left out), a taken key shown on its field', async () => {
    const posted: Record<string, unknown>[] = [];
    const taken = { errors: [new GraphQLError('The input is not valid.', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.key', message: 'Another subscription type has the key "events".' }] } })] };
    renderApp('/marketing/subscription-types', [meMock('MARKETER'), typesMock(TYPES), saveMock(posted, (n) => (n === 1 ? taken : saved(posted.at(-1)!['input'] as Record<string, unknown>)))]);
    fireEvent.click(await screen.findByTestId('subscription-type-create', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('subscription-type-key'), { target: { value: 'Events!' } });
    fireEvent.change(within(dialog).getByTestId('subscription-type-name'), { target: { value: ' Events and seminars ' } });
    fireEvent.change(within(dialog).getByTestId('name-zh-cn'), { target: { value: '活动与研讨会' } });
    fireEvent.click(within(dialog).getByTestId('subscription-type-submit'));
    expect(await within(dialog).findByText('Use 2–40 lower-case letters, digits, - or _, starting with a letter or digit.')).toBeTruthy();
    expect(posted).toHaveLength(0);

    fireEvent.change(within(dialog).getByTestId('subscription-type-key'), { target: { value: 'events' } });
    fireEvent.click(within(dialog).getByTestId('subscription-type-double-opt-in'));
    fireEvent.click(within(dialog).getByTestId('subscription-type-submit'));
    const keyItem = within(dialog).getByTestId('subscription-type-key').closest('.ant-form-item')!;
    await waitFor(() => expect(keyItem.textContent).toContain('Another subscription type has the key "events".'));
    expect(posted[0]).toEqual({
      input: { id: undefined, key: 'events', name: 'Events and seminars', names: { 'zh-CN': '活动与研讨会' }, description: null, doubleOptIn: true, requiresOptIn: true, active: true },
    });

    fireEvent.change(within(dialog).getByTestId('subscription-type-key'), { target: { value: 'seminars' } });
    fireEvent.click(within(dialog).getByTestId('subscription-type-submit'));
    expect(await screen.findByText('Saved “Events and seminars”.')).toBeTruthy();
    expect(posted[1]).toMatchObject({ input: { key: 'seminars' } });
  });

  it('edits a type with its stored name and translations, and deactivates one from its row', async () => {
    const posted: Record<string, unknown>[] = [];
    renderApp('/marketing/subscription-types', [meMock('ADMIN'), typesMock(TYPES), saveMock(posted, () => saved(posted.at(-1)!['input'] as Record<string, unknown>))]);
    fireEvent.click(await screen.findByTestId('subscription-type-edit-newsletter', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Subscription type “Newsletter”')).toBeTruthy();
    expect((within(dialog).getByTestId('subscription-type-name') as HTMLInputElement).value).toBe('Newsletter');
    expect((within(dialog).getByTestId('name-zh-tw') as HTMLInputElement).value).toBe('電子報');
    fireEvent.change(within(dialog).getByTestId('name-zh-tw'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByTestId('subscription-type-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ input: { id: NEWSLETTER.id, key: 'newsletter', name: 'Newsletter', names: { 'zh-CN': '新闻简报' }, doubleOptIn: true, active: true } });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(within(rowOf('product-news')).getByRole('switch'));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toEqual({
      input: { id: PRODUCT_NEWS.id, key: 'product-news', name: 'Product news', names: {}, description: null, doubleOptIn: false, requiresOptIn: false, active: false },
    });
  });

  it('shows a sales rep the types to read: no create, no edit, no switches, and says who changes them', async () => {
    renderApp('/marketing/subscription-types', [meMock('SALES_REP'), typesMock(TYPES)]);
    await screen.findByTestId('subscription-types-table', {}, { timeout: 10_000 });
    expect(screen.getByTestId('subscription-types-read-only').textContent).toContain('Marketers and administrators change subscription types');
    expect(screen.queryByTestId('subscription-type-create')).toBeNull();
    expect(screen.queryByTestId('subscription-type-edit-newsletter')).toBeNull();
    expect(screen.queryAllByRole('switch')).toHaveLength(0);
    expect(rowOf('digest').textContent).toContain('No longer offered');
  });

  it('keeps a service agent out: the page explains which grant it needs', async () => {
    renderApp('/marketing/subscription-types', [meMock('SERVICE_AGENT'), typesMock(TYPES)]);
    expect(await screen.findByText(/see campaigns/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('subscription-types-table')).toBeNull();
  });
});
