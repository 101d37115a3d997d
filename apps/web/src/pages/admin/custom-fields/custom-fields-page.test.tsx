import {
  CustomFieldDefinitionsDocument,
  DefineCustomFieldDocument,
  UpdateCustomFieldDocument,
  type CustomFieldDefinitionFieldsFragment,
} from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pickOption } from '@rapport/web-testing';
import { definition, meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { keyFromLabel } from './custom-field-form-modal';

const region = definition('ACCOUNT', { key: 'region', label: 'Region', labels: { 'zh-CN': '区域' }, type: 'SELECT', options: ['North', 'South'] }, 0);
const legacy = definition('ACCOUNT', { key: 'legacy_code', label: 'Legacy code', type: 'TEXT', active: false }, 1);

const definitions = (objectType: string, defs: CustomFieldDefinitionFieldsFragment[]) => ({
  request: { query: CustomFieldDefinitionsDocument, variables: { objectType, includeArchived: true } },
  result: { data: { customFieldDefinitions: defs } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('keyFromLabel', () => {
  it('suggests an API key from an English label only', () => {
    expect(keyFromLabel('Renewal date')).toBe('renewal_date');
    expect(keyFromLabel('  2nd phone!')).toBe('nd_phone');
    expect(keyFromLabel('续约日期')).toBe('');
  });
});

describe('CustomFieldsPage', { timeout: 60_000 }, () => {
  it('lists the fields of each object, defines a new one and archives one', async () => {
    const defined = vi.fn(() => ({
      data: {
        defineCustomField: {
          __typename: 'CustomFieldPayload',
          definition: definition('ACCOUNT', { key: 'renewal_date', label: 'Renewal date', type: 'DATE', labels: { 'zh-CN': '续约日期' } }, 2),
        },
      },
    }));
    const archived = vi.fn(() => ({ data: { updateCustomField: { __typename: 'CustomFieldPayload', definition: { ...region, active: false } } } }));
    renderApp('/admin/custom-fields', [
      meMock('ADMIN'),
      definitions('ACCOUNT', [region, legacy]),
      definitions('LEAD', []),
      {
        request: {
          query: DefineCustomFieldDocument,
          variables: {
            input: {
              objectType: 'ACCOUNT',
              key: 'renewal_date',
              label: 'Renewal date',
              labels: { 'zh-CN': '续约日期' },
              type: 'DATE',
              options: [],
              required: false,
              position: 2,
            },
          },
        },
        result: defined,
      },
      { request: { query: UpdateCustomFieldDocument, variables: { input: { id: region.id, active: false } } }, result: archived },
    ]);

    const table = await screen.findByTestId('cf-defs-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('Region', {}, { timeout: 5000 })).toBeTruthy();
    expect(within(table).getByText('Single choice')).toBeTruthy();
    expect(within(table).getByText('North')).toBeTruthy();
    // Removed fields stay out of sight until asked for.
    expect(within(table).queryByText('Legacy code')).toBeNull();
    fireEvent.click(screen.getByTestId('cf-show-archived'));
    expect(await within(table).findByText('Legacy code')).toBeTruthy();
    expect(screen.getByTestId('cf-def-restore-legacy_code')).toBeTruthy();

    fireEvent.click(screen.getByTestId('cf-def-create'));
    const label = await screen.findByTestId('cf-def-label');
    fireEvent.change(label, { target: { value: 'Renewal date' } });
    fireEvent.blur(label);
    expect((screen.getByTestId('cf-def-key') as HTMLInputElement).value).toBe('renewal_date');
    fireEvent.change(screen.getByTestId('cf-def-label-zh-cn'), { target: { value: '续约日期' } });
    await pickOption(screen.getByTestId('cf-def-type'), 'Date');
    fireEvent.click(screen.getByTestId('cf-def-submit'));
    await waitFor(() => expect(defined).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Field Renewal date was saved.', {}, { timeout: 5000 })).toBeTruthy();

    fireEvent.click(screen.getByTestId('cf-def-archive-region'));
    const confirm = await waitFor(
      () => {
        const button = document.querySelector<HTMLElement>('.ant-popconfirm-buttons .ant-btn-dangerous');
        if (!button) throw new Error('No confirmation is open');
        return button;
      },
      { timeout: 5000 },
    );
    expect(confirm.textContent).toBe('Remove');
    fireEvent.click(confirm);
    await waitFor(() => expect(archived).toHaveBeenCalledTimes(1), { timeout: 5000 });

    // Other objects have their own fields.
    fireEvent.click(within(screen.getByTestId('cf-object-tabs')).getByText('Leads'));
    expect(await screen.findByText('No custom fields on Leads yet.', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('translates picklist options: shown in the list, edited per option, sent by option value', async () => {
    const translatedRegion = { ...region, optionLabels: { South: { 'zh-CN': '南区' } } };
    const saved = vi.fn(() => ({
      data: { updateCustomField: { __typename: 'CustomFieldPayload', definition: { ...region, optionLabels: { North: { 'zh-CN': '北区', 'zh-TW': '北區' } } } } },
    }));
    renderApp('/admin/custom-fields', [
      meMock('ADMIN'),
      definitions('ACCOUNT', [translatedRegion]),
      {
        request: {
          query: UpdateCustomFieldDocument,
          variables: {
            input: {
              id: region.id,
              label: 'Region',
              labels: { 'zh-CN': '区域' },
              options: ['North', 'South'],
              // South's translation was emptied: it is left out, which clears it.
              optionLabels: { North: { 'zh-CN': '北区', 'zh-TW': '北區' } },
              required: false,
              position: 0,
            },
          },
        },
        result: saved,
      },
    ]);
    const table = await screen.findByTestId('cf-defs-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('North', {}, { timeout: 5000 })).toBeTruthy();
    // English readers see the stored option: South has only a Simplified Chinese label.
    expect(within(table).getByText('South')).toBeTruthy();

    fireEvent.click(screen.getByTestId('cf-def-edit-region'));
    const southCn = (await screen.findByTestId('cf-def-option-South-zh-CN')) as HTMLInputElement;
    expect(southCn.value).toBe('南区');
    expect(screen.getByLabelText('North in Simplified Chinese')).toBeTruthy();
    fireEvent.change(southCn, { target: { value: '' } });
    fireEvent.change(screen.getByTestId('cf-def-option-North-zh-CN'), { target: { value: ' 北区 ' } });
    fireEvent.change(screen.getByTestId('cf-def-option-North-zh-TW'), { target: { value: '北區' } });
    fireEvent.click(screen.getByTestId('cf-def-submit'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  it('is for administrators only', async () => {
    renderApp('/admin/custom-fields', [meMock('SALES_MANAGER')]);
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('cf-def-create')).toBeNull();
  });
});
