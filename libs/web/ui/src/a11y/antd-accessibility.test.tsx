import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Alert, AutoComplete, ConfigProvider, DatePicker, Form, Input, InputNumber, Select, Table, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { antdLocaleFor } from '../i18n/antd-locale';
import { i18n } from '../i18n/i18n';
import { useAntdAccessibility } from './antd-accessibility';

function Named({ children }: { children: ReactNode }) {
  useAntdAccessibility();
  return <>{children}</>;
}

const named = (selector: string) => document.body.querySelector<HTMLElement>(selector)?.getAttribute('aria-label');

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('names for what antd draws unnamed', () => {
  it("an open Select's list is named by the form field's label (by reference: its text follows the language)", async () => {
    render(
      <Named>
        <Form>
          <Form.Item label="Account" name="account">
            <Select open options={[{ value: 'a', label: 'Acme' }]} />
          </Form.Item>
        </Form>
      </Named>,
    );
    const listbox = await screen.findByRole('listbox', { name: 'Account' });
    const label = document.getElementById(listbox.getAttribute('aria-labelledby')!);
    expect(label?.tagName).toBe('LABEL');
    expect(label?.getAttribute('for')).toBe('account');
  });

  it("an open Select's list takes the field's aria-label when it has no form label; a late-opening one too", async () => {
    const { rerender } = render(
      <Named>
        <Select aria-label="Stage" options={[{ value: 1, label: 'One' }]} />
      </Named>,
    );
    expect(screen.queryByRole('listbox')).toBeNull();
    rerender(
      <Named>
        <Select aria-label="Stage" open options={[{ value: 1, label: 'One' }]} />
      </Named>,
    );
    expect(await screen.findByRole('listbox', { name: 'Stage' })).toBeTruthy();
  });

  it("mends rc-select's ARIA: no group heading 'selected', no active option that does not exist", async () => {
    const groups = [{ label: 'Accounts', options: [{ value: 'a:1', label: 'Acme' }] }, { label: 'Contacts', options: [{ value: 'c:1', label: 'Ann' }] }];
    render(
      <Named>
        <AutoComplete open options={groups} aria-label="Search" />
      </Named>,
    );
    const field = screen.getByRole('combobox');
    // Unmended, rc-select renders aria-activedescendant="<id>_list_-1" and aria-selected on role="presentation".
    await waitFor(() => expect(field.hasAttribute('aria-activedescendant')).toBe(false));
    const listbox = await screen.findByRole('listbox', { name: 'Search' });
    expect(listbox.querySelector('[role="presentation"]')).not.toBeNull();
    expect(listbox.querySelectorAll('[role="presentation"][aria-selected]')).toHaveLength(0);
    // Once an option is active, its id is a real element's and stays.
    fireEvent.keyDown(field, { key: 'ArrowDown', keyCode: 40 });
    await waitFor(() => expect(field.getAttribute('aria-activedescendant')).toMatch(/_list_\d+$/));
    expect(document.getElementById(field.getAttribute('aria-activedescendant')!)).not.toBeNull();
    expect(listbox.querySelectorAll('[role="presentation"][aria-selected]')).toHaveLength(0);
  });

  it("InputNumber's steppers lose antd's English for the reader's language, and are renamed on a switch", async () => {
    render(
      <Named>
        <InputNumber aria-label="Amount" />
      </Named>,
    );
    await waitFor(() => expect(named('.ant-input-number-action-up')).toBe('Increase'));
    expect(named('.ant-input-number-action-down')).toBe('Decrease');
    await act(() => i18n.changeLanguage('zh-CN'));
    await waitFor(() => expect(named('.ant-input-number-action-up')).toBe('增加'));
    expect(named('.ant-input-number-action-down')).toBe('减少');
  });

  it("an input's clear button and Input.Search's button, both only an icon, get names", async () => {
    render(
      <Named>
        <Input aria-label="Name" allowClear defaultValue="Acme" />
        <Input.Search aria-label="Find users" />
      </Named>,
    );
    expect(await screen.findByRole('button', { name: 'Clear' })).toBe(document.body.querySelector('.ant-input-clear-icon'));
    expect(screen.getByRole('button', { name: 'Search' })).toBe(document.body.querySelector('.ant-input-search-btn'));
  });

  it("a table column's filter trigger is named with its column", async () => {
    render(
      <Named>
        <Table rowKey="id" dataSource={[{ id: 1, stage: 'Won' }]} columns={[{ title: 'Stage', dataIndex: 'stage', filters: [{ text: 'Won', value: 'Won' }] }]} pagination={false} />
      </Named>,
    );
    expect(await screen.findByRole('button', { name: 'Filter Stage' })).toBe(document.body.querySelector('.ant-table-filter-trigger'));
  });

  it("a closable Alert's × is named; a name the caller gave is kept", async () => {
    render(
      <Named>
        <Alert title="Saved" closable={{ onClose: () => undefined }} data-testid="plain" />
        <Alert title="Imported" closable={{ onClose: () => undefined, 'aria-label': 'Dismiss the import' }} />
      </Named>,
    );
    expect(await screen.findByRole('button', { name: 'Close' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dismiss the import' })).toBeTruthy();
  });

  it('overflowing Tabs: the "more" button is named (when antd draws it)', async () => {
    render(
      <Named>
        <Tabs items={[{ key: 'a', label: 'A', children: 'a' }]} />
      </Named>,
    );
    await waitFor(() => expect(named('.ant-tabs-nav-more')).toBe('More tabs'));
  });

  it("a date picker's month and year buttons are named by what they show (WCAG 2.5.3), in Chinese too", async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    render(
      <ConfigProvider locale={antdLocaleFor('zh-CN')}>
        <DatePicker open aria-label="结束日期" />
      </ConfigProvider>,
    );
    const year = await waitFor(() => document.body.querySelector<HTMLElement>('.ant-picker-year-btn')!);
    expect(year.textContent).toMatch(/^\d{4}年$/);
    expect(year.hasAttribute('aria-label')).toBe(false);
    expect(document.body.querySelector('.ant-picker-month-btn')?.hasAttribute('aria-label')).toBe(false);
    // The other header buttons keep antd's Chinese names.
    expect(document.body.querySelector('.ant-picker-header-prev-btn')?.getAttribute('aria-label')).toBe('上个月');
  });
});
