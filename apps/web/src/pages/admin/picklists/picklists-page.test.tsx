import type { MockLink } from '@apollo/client/testing';
import { PicklistsDocument, SavePicklistValueDocument, type PicklistsQuery, type PicklistValueFieldsFragment } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { picklistValueInput } from './picklist-value-modal';

const value = (v: string, names: Record<string, string>, position: number, active = true): PicklistValueFieldsFragment => ({
  __typename: 'PicklistValue',
  value: v,
  label: v,
  names,
  position,
  active,
});

const manufacturing = value('Manufacturing', { 'zh-CN': '制造业', 'zh-TW': '製造業' }, 10);
const eastChina = value('East China', {}, 10, false);

const lists = (industry: PicklistValueFieldsFragment[]): PicklistsQuery => ({
  picklists: [
    { __typename: 'Picklist', name: 'INDUSTRY', title: 'Industry', values: industry },
    { __typename: 'Picklist', name: 'TERRITORY', title: 'Territory', values: [eastChina] },
    { __typename: 'Picklist', name: 'PRODUCT_LINE', title: 'Product line', values: [] },
  ],
});

/** The lists as the API answers them; counts the fetches, so a test sees the refetch after a save. */
const listsMock = (data: PicklistsQuery = lists([manufacturing])) => {
  const result = vi.fn(() => ({ data }));
  return { mock: { request: { query: PicklistsDocument }, result, maxUsageCount: Number.POSITIVE_INFINITY }, result };
};

const saveMock = (input: Record<string, unknown>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({ request: { query: SavePicklistValueDocument, variables: { input } }, result });

const saved = (v: PicklistValueFieldsFragment) => vi.fn(() => ({ data: { savePicklistValue: { __typename: 'PicklistValuePayload', value: v } } }));

describe('picklistValueInput', () => {
  it('trims the value, sends every translation box and the order only when given', () => {
    expect(picklistValueInput('INDUSTRY', { value: ' Retail ', names: { 'zh-CN': ' 零售 ' }, position: null })).toEqual({
      list: 'INDUSTRY',
      value: 'Retail',
      names: { en: '', 'zh-CN': '零售', 'zh-TW': '' },
    });
    // Editing keeps the stored value whatever the (disabled) box says.
    expect(picklistValueInput('INDUSTRY', { value: 'Other', names: {}, position: 5 }, manufacturing)).toEqual({
      list: 'INDUSTRY',
      value: 'Manufacturing',
      names: { en: '', 'zh-CN': '', 'zh-TW': '' },
      position: 5,
    });
  });
});

describe('PicklistsPage', { timeout: 60_000 }, () => {
  it('shows each list with its values, translations and status, and adds a value', async () => {
    const listed = listsMock();
    const add = saved(value('Retail', { 'zh-CN': '零售' }, 20));
    renderApp('/admin/picklists', [meMock('ADMIN'), listed.mock, saveMock({ list: 'INDUSTRY', value: 'Retail', names: { en: '', 'zh-CN': '零售', 'zh-TW': '' } }, add)]);

    const industry = await screen.findByTestId('picklist-industry', {}, { timeout: 10_000 });
    expect(within(industry).getByRole('heading', { level: 2 }).textContent).toBe('Industry');
    const rows = within(industry).getByTestId('picklist-values-industry');
    expect(within(rows).getByText('Manufacturing')).toBeTruthy();
    expect(within(rows).getByText('制造业')).toBeTruthy();
    expect(within(rows).getByText('製造業')).toBeTruthy();
    expect(within(rows).getByText('Active')).toBeTruthy();
    const territory = screen.getByTestId('picklist-territory');
    expect(within(territory).getByRole('heading', { level: 2 }).textContent).toBe('Territory');
    expect(within(territory).getByText('Retired')).toBeTruthy();
    expect(within(territory).getAllByLabelText('No translation')).toHaveLength(3);
    // Product line comes from the page's own messages (the revenue ones are not loaded here).
    const productLine = screen.getByTestId('picklist-product-line');
    expect(within(productLine).getByRole('heading', { level: 2 }).textContent).toBe('Product line');
    expect(within(productLine).getByText('No values yet.')).toBeTruthy();
    // The admin menu offers the page.
    expect(screen.getByTestId('nav-admin-picklists').querySelector('a')?.getAttribute('href')).toBe('/admin/picklists');

    fireEvent.click(screen.getByRole('button', { name: 'Add value to Industry' }));
    const box = (await screen.findByTestId('picklist-value')) as HTMLInputElement;
    expect(box.disabled).toBe(false);
    // A value the list already has is caught here: the API would quietly update it instead.
    fireEvent.change(box, { target: { value: 'Manufacturing' } });
    fireEvent.click(screen.getByTestId('picklist-value-submit'));
    expect(await screen.findByText('Industry already has this value: edit it instead.')).toBeTruthy();
    fireEvent.change(box, { target: { value: ' Retail ' } });
    fireEvent.change(screen.getByTestId('name-zh-cn'), { target: { value: '零售' } });
    fireEvent.click(screen.getByTestId('picklist-value-submit'));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Saved “Retail”.', {}, { timeout: 5000 })).toBeTruthy();
    // The lists are fetched again, so every screen reading them from the cache sees the new value.
    await waitFor(() => expect(listed.result.mock.calls.length).toBeGreaterThanOrEqual(2));
  });

  it('edits translations without renaming, retires a value and restores a retired one', async () => {
    const listed = listsMock();
    const edit = saved({ ...manufacturing, names: { 'zh-CN': '制造业', 'zh-TW': '製造' }, position: 5 });
    const retire = saved({ ...manufacturing, active: false });
    const restore = saved({ ...eastChina, active: true });
    renderApp('/admin/picklists', [
      meMock('ADMIN'),
      listed.mock,
      saveMock({ list: 'INDUSTRY', value: 'Manufacturing', names: { en: '', 'zh-CN': '制造业', 'zh-TW': '製造' }, position: 5 }, edit),
      saveMock({ list: 'INDUSTRY', value: 'Manufacturing', active: false }, retire),
      saveMock({ list: 'TERRITORY', value: 'East China', active: true }, restore),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit Manufacturing' }, { timeout: 10_000 }));
    const box = (await screen.findByTestId('picklist-value')) as HTMLInputElement;
    expect(box.value).toBe('Manufacturing');
    expect(box.disabled).toBe(true);
    expect(screen.getByText('A value cannot be renamed: retire it and add another.')).toBeTruthy();
    await waitFor(() => expect((screen.getByTestId('name-zh-tw') as HTMLInputElement).value).toBe('製造業'));
    fireEvent.change(screen.getByTestId('name-zh-tw'), { target: { value: '製造' } });
    fireEvent.change(screen.getByTestId('picklist-position'), { target: { value: '5' } });
    fireEvent.click(screen.getByTestId('picklist-value-submit'));
    await waitFor(() => expect(edit).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() => expect(screen.queryByTestId('picklist-value')).toBeNull(), { timeout: 5000 });

    fireEvent.click(screen.getByRole('button', { name: 'Retire Manufacturing' }));
    // The confirmation says what retiring means before anything is sent.
    expect(await screen.findByText(/Records that have it keep it, but new records can no longer take it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retire' }));
    await waitFor(() => expect(retire).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('“Manufacturing” was retired: records keep it, new ones can\'t take it.', {}, { timeout: 5000 })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Restore East China' }));
    await waitFor(() => expect(restore).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('“East China” can be chosen again.', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('shows a refused value on its own box and keeps the dialog open', async () => {
    const refused = vi.fn(() => ({
      errors: [{ message: 'The input is not valid.', extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.value', message: 'must be 1 to 80 characters' }] } }],
    }));
    renderApp('/admin/picklists', [meMock('ADMIN'), listsMock().mock, saveMock({ list: 'TERRITORY', value: 'North', names: { en: '', 'zh-CN': '', 'zh-TW': '' } }, refused)]);
    fireEvent.click(await screen.findByTestId('picklist-add-territory', {}, { timeout: 10_000 }));
    fireEvent.change(await screen.findByTestId('picklist-value'), { target: { value: 'North' } });
    fireEvent.click(screen.getByTestId('picklist-value-submit'));
    await waitFor(() => expect(refused).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() => expect(screen.getByTestId('picklist-value').getAttribute('aria-invalid')).toBe('true'));
    expect(await screen.findByText('must be 1 to 80 characters')).toBeTruthy();
    expect(screen.getByTestId('picklist-value-submit')).toBeTruthy();
  });

  it('says when the lists cannot be loaded and tries again', async () => {
    const listed = listsMock();
    renderApp('/admin/picklists', [meMock('ADMIN'), { request: { query: PicklistsDocument }, error: new Error('offline') }, listed.mock]);
    fireEvent.click(await screen.findByRole('button', { name: /Try again/ }, { timeout: 10_000 }));
    expect(await screen.findByTestId('picklist-industry', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('is for administrators only', async () => {
    renderApp('/admin/picklists', [meMock('SALES_MANAGER')]);
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('picklist-industry')).toBeNull();
  });
});
