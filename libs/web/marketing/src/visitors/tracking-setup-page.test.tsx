import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  createCache,
  DeleteWebInterestRuleDocument,
  PicklistsDocument,
  SaveWebInterestRuleDocument,
  SaveWebVisitorSettingsDocument,
  WebVisitorSetupDocument,
  type CurrentUserFragment,
  type Role,
  type WebInterestRuleFieldsFragment,
} from '@rapport/web-data-access';
import { SessionContext } from '@rapport/web-core';
import { grantsFor, pickOption, rolesMock } from '@rapport/web-testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MARKETING_ROUTES } from '../routes';

function me(role: Role): CurrentUserFragment {
  return { __typename: 'User', id: 'u-ada', email: 'ada@example.com', name: 'Ada Admin', role, locale: 'EN', team: null, permissions: grantsFor(role) };
}

const rule = (id: string, pattern: string, productLine: string, position: number): WebInterestRuleFieldsFragment => ({ __typename: 'WebInterestRule', id, pattern, productLine, position });
const SETTINGS = {
  __typename: 'WebVisitorSettings' as const,
  scriptUrl: 'https://crm.example.com/api/public/visitors.js',
  endpointUrl: 'https://crm.example.com/api/public/page-views',
  retentionMonths: 13,
  rateLimitPerMinute: 600,
  siteHosts: ['www.example.com'],
};

const line = (value: string, zh: string) => ({ __typename: 'PicklistValue' as const, value, label: value, names: { en: value === 'pumps' ? 'Pumps' : 'Valves', 'zh-CN': zh }, position: 0, active: true });
const PICKLISTS: MockLink.MockedResponse = {
  request: { query: PicklistsDocument },
  result: { data: { picklists: [{ __typename: 'Picklist', name: 'PRODUCT_LINE', title: 'Product line', values: [line('pumps', '泵'), line('valves', '阀门')] }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function setupMock(rules: () => WebInterestRuleFieldsFragment[]): MockLink.MockedResponse {
  return { request: { query: WebVisitorSetupDocument }, result: () => ({ data: { webVisitorSettings: SETTINGS, webInterestRules: rules() } }), maxUsageCount: Number.POSITIVE_INFINITY };
}

/** A mutation mock that records its input and answers with `answer(input)` (an error when it returns one). */
function mutationMock(query: MockLink.MockedResponse['request']['query'], asked: Record<string, unknown>[], answer: (input: Record<string, unknown>) => Record<string, unknown> | GraphQLError): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (v: { input: Record<string, unknown> }) => {
      asked.push(v.input);
      const a = answer(v.input);
      return a instanceof GraphQLError ? { errors: [a] } : { data: a };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const invalid = (fields: { path: string; message: string }[]) => new GraphQLError('Validation failed', { extensions: { code: 'VALIDATION_FAILED', fields } });

function renderPage(mocks: MockLink.MockedResponse[], role: Role = 'ADMIN') {
  const router = createMemoryRouter(MARKETING_ROUTES, { initialEntries: ['/admin/web-tracking'] });
  render(
    <MockedProvider mocks={[...mocks, PICKLISTS, rolesMock()]} cache={createCache()}>
      <App>
        <SessionContext.Provider value={me(role)}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </App>
    </MockedProvider>,
  );
}

const ruleTexts = () => screen.getAllByTestId('interest-rule').map((li) => li.textContent);
const fieldError = (input: HTMLElement) => input.closest('.ant-form-item')!.querySelector('.ant-form-item-explain')?.textContent;

describe('Admin → Website tracking', { timeout: 60_000 }, () => {
  it('shows the tag to paste with a copy button, the endpoint, the settings and the rules in order', async () => {
    renderPage([setupMock(() => [rule('r2', 'shop.example.com/valves/*', 'valves', 1), rule('r1', '/pumps*', 'pumps', 0)])]);
    const tag = await screen.findByTestId('tracking-script-tag', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Website tracking']);
    expect(tag.textContent).toContain('<script src="https://crm.example.com/api/public/visitors.js" async></script>');
    expect(within(tag).getByRole('button', { name: /copy/i })).toBeTruthy();
    expect(screen.getByTestId('tracking-endpoint').textContent).toBe('https://crm.example.com/api/public/page-views');
    expect((screen.getByLabelText('Keep page views for (months)') as HTMLInputElement).value).toBe('13');
    expect((screen.getByLabelText('Batches accepted per address and minute') as HTMLInputElement).value).toBe('600');
    expect(screen.getByText('www.example.com')).toBeTruthy();
    await waitFor(() => expect(ruleTexts()).toEqual(['/pumps* → Pumps', 'shop.example.com/valves/* → Valves']));
  });

  it('adds a rule: the form’s own checks, then the API’s field errors on their fields, then the saved rule', async () => {
    let rules = [rule('r1', '/pumps*', 'pumps', 0)];
    const asked: Record<string, unknown>[] = [];
    let attempt = 0;
    const save = mutationMock(SaveWebInterestRuleDocument, asked, (input) => {
      attempt += 1;
      if (attempt === 1) return invalid([{ path: 'input.pattern', message: 'This rule already exists' }]);
      const saved = rule('r9', String(input.pattern), String(input.productLine), Number(input.position));
      rules = [...rules, saved];
      return { saveWebInterestRule: { __typename: 'SaveWebInterestRulePayload', rule: saved } };
    });
    renderPage([setupMock(() => rules), save]);
    fireEvent.click(await screen.findByTestId('interest-rule-add', {}, { timeout: 10_000 }));
    const pattern = await screen.findByTestId('interest-rule-pattern');
    fireEvent.click(screen.getByTestId('interest-rule-save'));
    await waitFor(() => expect(fieldError(pattern)).toBe('Enter a page pattern'));
    expect(fieldError(screen.getByTestId('interest-rule-product-line'))).toBe('Choose a product line');
    expect(asked).toHaveLength(0);

    fireEvent.change(pattern, { target: { value: ' /valves* ' } });
    await pickOption(screen.getByTestId('interest-rule-product-line'), 'Valves');
    fireEvent.click(screen.getByTestId('interest-rule-save'));
    await waitFor(() => expect(fieldError(pattern)).toBe('This rule already exists'));
    expect(asked[0]).toEqual({ id: null, pattern: '/valves*', productLine: 'valves', position: 1 });

    fireEvent.click(screen.getByTestId('interest-rule-save'));
    await waitFor(() => expect(ruleTexts()).toEqual(['/pumps* → Pumps', '/valves* → Valves']));
    expect(asked).toHaveLength(2);
  });

  it('edits, moves and deletes rules', async () => {
    let rules = [rule('r1', '/pumps*', 'pumps', 0), rule('r2', '/valves*', 'valves', 0)];
    const saved: Record<string, unknown>[] = [];
    const deleted: Record<string, unknown>[] = [];
    const save = mutationMock(SaveWebInterestRuleDocument, saved, (input) => {
      const r = rule(String(input.id), String(input.pattern), String(input.productLine), Number(input.position));
      rules = rules.map((x) => (x.id === r.id ? r : x));
      return { saveWebInterestRule: { __typename: 'SaveWebInterestRulePayload', rule: r } };
    });
    const remove = mutationMock(DeleteWebInterestRuleDocument, deleted, (input) => {
      rules = rules.filter((x) => x.id !== input.id);
      return { deleteWebInterestRule: { __typename: 'DeleteWebInterestRulePayload', deletedId: input.id } };
    });
    renderPage([setupMock(() => rules), save, remove]);
    await screen.findAllByTestId('interest-rule', {}, { timeout: 10_000 });

    // Equal positions: moving numbers every rule by its new place (only those whose number changes are saved).
    fireEvent.click(screen.getByRole('button', { name: 'Move /valves* up' }));
    await waitFor(() => expect(ruleTexts()).toEqual(['/valves* → Valves', '/pumps* → Pumps']));
    expect(saved).toEqual([{ id: 'r1', pattern: '/pumps*', productLine: 'pumps', position: 1 }]);

    fireEvent.click(screen.getByRole('button', { name: 'Edit the rule /pumps*' }));
    const pattern = await screen.findByTestId('interest-rule-pattern');
    expect((pattern as HTMLInputElement).value).toBe('/pumps*');
    fireEvent.change(pattern, { target: { value: '/pumps/*' } });
    fireEvent.click(screen.getByTestId('interest-rule-save'));
    await waitFor(() => expect(ruleTexts()).toEqual(['/valves* → Valves', '/pumps/* → Pumps']));
    expect(saved.at(-1)).toEqual({ id: 'r1', pattern: '/pumps/*', productLine: 'pumps', position: 1 });

    fireEvent.click(screen.getByRole('button', { name: 'Delete the rule /valves*' }));
    fireEvent.click(await screen.findByTestId('interest-rule-delete-confirm'));
    await waitFor(() => expect(ruleTexts()).toEqual(['/pumps/* → Pumps']));
    expect(deleted).toEqual([{ id: 'r2' }]);
  });

  it('saves the settings and puts the API’s field errors on their fields', async () => {
    const asked: Record<string, unknown>[] = [];
    const save = mutationMock(SaveWebVisitorSettingsDocument, asked, () => invalid([{ path: 'input.retentionMonths', message: 'Keep page views 1 to 60 months' }]));
    renderPage([setupMock(() => []), save]);
    const months = await screen.findByLabelText('Keep page views for (months)', {}, { timeout: 10_000 });
    expect(screen.getByTestId('interest-rules-empty')).toBeTruthy();
    fireEvent.change(months, { target: { value: '99' } });
    fireEvent.click(screen.getByTestId('tracking-settings-save'));
    await waitFor(() => expect(fieldError(months)).toBe('Keep page views 1 to 60 months'));
    expect(asked[0]).toEqual({ retentionMonths: 99, rateLimitPerMinute: 600, siteHosts: ['www.example.com'] });
  });

  it('lets a marketer read the set-up and hand the tag on, but not change it', async () => {
    renderPage([setupMock(() => [rule('r1', '/pumps*', 'pumps', 0)])], 'MARKETER');
    await screen.findByTestId('tracking-script-tag', {}, { timeout: 10_000 });
    expect(screen.getByTestId('tracking-read-only')).toBeTruthy();
    expect(screen.queryByTestId('tracking-settings-save')).toBeNull();
    expect(screen.queryByTestId('interest-rule-add')).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete the rule/ })).toBeNull();
    expect((screen.getByLabelText('Keep page views for (months)') as HTMLInputElement).disabled).toBe(true);
  });
});
