import type { MockLink } from '@apollo/client/testing';
import { CreateSegmentDocument, SegmentPreviewDocument, type CreateSegmentMutationVariables } from '@rapport/web-data-access';
import { pickOption } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { aSegment, axeViolations, catalogueMock, member, ownersMock, renderAt, segmentsMock } from '../segments-fixtures';

interface Rule {
  type: string;
  rules?: Rule[];
  rule?: Rule;
  condition?: string;
  params?: Record<string, unknown>;
}

const conditionsOf = (r: Rule): Rule[] => (r.type === 'condition' ? [r] : r.type === 'not' ? conditionsOf(r.rule!) : (r.rules ?? []).flatMap(conditionsOf));

/** `segmentPreview` as the API answers: everyone for the empty rule (an estimate), a refusal for an order total without its value, else 12. */
function previewMock(asked: Rule[]): MockLink.MockedResponse {
  return {
    request: { query: SegmentPreviewDocument, variables: () => true },
    result: (v: { rule: Rule }) => {
      asked.push(v.rule);
      const orders = conditionsOf(v.rule).find((c) => c.condition === 'orders.aggregate');
      if (orders && orders.params?.['value'] === undefined) {
        return { errors: [new GraphQLError('The segment rule is not valid.', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'rule.rules.0.params.value', message: 'is required' }] } })] };
      }
      const everyone = !conditionsOf(v.rule).length;
      return {
        data: {
          segmentPreview: {
            __typename: 'SegmentPreview',
            count: everyone ? 1_250_000 : 12,
            estimate: everyone,
            tookMs: everyone ? 2500 : 38,
            sample: everyone ? [] : [member('c-1', 'Li', 'Wei', 'li.wei@example.com', 'Acme Pumps'), member('c-2', 'Ana', 'Costa', null, null)],
          },
        },
      };
    },
    maxUsageCount: 50,
  };
}

function createMock(asked: CreateSegmentMutationVariables[]): MockLink.MockedResponse {
  return {
    request: { query: CreateSegmentDocument, variables: () => true },
    result: (v: CreateSegmentMutationVariables) => {
      asked.push(v);
      return { data: { createSegment: { __typename: 'SegmentPayload', segment: aSegment('s-new', { name: v.input.name, rule: v.input.rule }) } } };
    },
  };
}

describe('Segment builder', { timeout: 60_000 }, () => {
  it('counts the rule live, shows the refusal on the parameter it is about, and creates the segment', async () => {
    const rules: Rule[] = [];
    const created: CreateSegmentMutationVariables[] = [];
    const router = renderAt('/segments/new', [catalogueMock(), segmentsMock([aSegment('s-1', { name: 'VIP buyers' })]), ownersMock([]), previewMock(rules), createMock(created)]);

    // The empty rule is everyone: an estimate, said as "about".
    const count = await screen.findByTestId('segment-preview-count', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['New segment']);
    expect(count.getAttribute('data-estimate')).toBe('true');
    expect(count.textContent).toContain('about 1,250,000');
    expect(screen.getByTestId('segment-group-empty').textContent).toBe('No conditions yet: everyone is in.');
    expect(rules[0]).toEqual({ type: 'and', rules: [] });

    // Add "Orders": its required choices start at their first value; the missing value is refused there.
    await pickOption(screen.getByTestId('segment-add-condition'), 'Orders');
    const condition = await screen.findByTestId('segment-condition');
    expect(condition.getAttribute('data-condition')).toBe('orders.aggregate');
    expect(await screen.findByTestId('segment-preview-invalid', {}, { timeout: 5_000 })).toBeTruthy();
    const valueInput = within(condition).getByLabelText('Value');
    await waitFor(() => expect(valueInput.getAttribute('aria-invalid')).toBe('true'));
    expect(within(condition).getByTestId('segment-node-error').textContent).toBe('is required');

    fireEvent.change(valueInput, { target: { value: '2' } });
    await waitFor(() => expect(screen.getByTestId('segment-preview-count').getAttribute('data-count')).toBe('12'), { timeout: 5_000 });
    expect(screen.getByTestId('segment-preview-count').textContent).toBe('Contacts12');
    expect(screen.getByTestId('segment-preview-took').textContent).toContain('38 ms');
    const sample = screen.getByTestId('segment-preview-sample');
    expect(sample.textContent).toContain('Li Wei');
    expect(sample.textContent).toContain('li.wei@example.com · Acme Pumps');
    expect(within(condition).queryByTestId('segment-node-error')).toBeNull();

    // NOT on the condition, then OR at the top: the counted rule follows.
    fireEvent.click(within(condition).getByRole('checkbox', { name: 'NOT' }));
    fireEvent.click(within(screen.getByTestId('segment-group-match')).getByText('Any of (OR)'));
    await waitFor(() => expect(rules.at(-1)).toEqual({ type: 'or', rules: [{ type: 'not', rule: { type: 'condition', condition: 'orders.aggregate', params: { measure: 'count', op: 'gte', value: 2 } } }] }), { timeout: 5_000 });

    // A condition a later domain adds is edited from its parameter specs.
    await pickOption(screen.getByTestId('segment-add-condition'), 'Service open cases');
    expect(await screen.findByLabelText('Min age')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove Service open cases' })[0]!);
    await waitFor(() => expect(screen.getAllByTestId('segment-condition')).toHaveLength(1));

    // Save: a name is needed; the rule goes as the API's JSON.
    expect(screen.getByTestId('segment-save').hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' Big buyers ' } });
    fireEvent.click(screen.getByTestId('segment-save'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/segments/s-new'), { timeout: 5_000 });
    expect(created[0]?.input).toEqual({
      name: 'Big buyers',
      description: null,
      dynamic: true,
      refreshMinutes: 1440,
      rule: { type: 'or', rules: [{ type: 'not', rule: { type: 'condition', condition: 'orders.aggregate', params: { measure: 'count', op: 'gte', value: 2 } } }] },
    });
  });

  it('builds field conditions from the record catalogue and offers other segments for "member of"', async () => {
    const rules: Rule[] = [];
    renderAt('/segments/new', [catalogueMock(), segmentsMock([aSegment('s-1', { name: 'VIP buyers' })]), ownersMock([]), previewMock(rules)]);
    await screen.findByTestId('segment-preview-count', {}, { timeout: 10_000 });

    await pickOption(screen.getByTestId('segment-add-condition'), 'Contact field');
    await pickOption(await screen.findByTestId('segment-field'), 'Job title');
    await pickOption(await screen.findByTestId('segment-field-op'), 'contains');
    fireEvent.change(await screen.findByTestId('segment-field-value'), { target: { value: 'CEO' } });

    await pickOption(screen.getAllByTestId('segment-add-condition')[0]!, 'Member of segment');
    await pickOption(await screen.findByLabelText('Segment'), 'VIP buyers');
    await waitFor(
      () =>
        expect(rules.at(-1)).toEqual({
          type: 'and',
          rules: [
            { type: 'condition', condition: 'contact.field', params: { field: 'title', op: 'contains', value: 'CEO' } },
            { type: 'condition', condition: 'segments.member', params: { segmentId: 's-1' } },
          ],
        }),
      { timeout: 5_000 },
    );
    expect(await axeViolations()).toEqual([]);
  });
});
