import type { MockLink } from '@apollo/client/testing';
import {
  EmailTemplateDocument,
  EmailTemplatesDocument,
  PreviewEmailDocument,
  TemplatePreviewContactsDocument,
  type EmailTemplateFieldsFragment,
  type EmailTemplateRowFieldsFragment,
} from '@rapport/web-data-access';
import { meMock } from '@rapport/web-testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';

const ANY = { maxUsageCount: Number.POSITIVE_INFINITY };

const row = (o: Partial<EmailTemplateRowFieldsFragment> = {}): EmailTemplateRowFieldsFragment => ({
  __typename: 'EmailTemplate',
  id: 't1',
  name: 'Spring range',
  kind: 'MARKETING',
  archived: false,
  createdAt: '2026-12-01T08:00:00Z',
  updatedAt: '2026-12-01T08:00:00Z',
  currentVersion: { __typename: 'EmailTemplateVersion', id: 'v2', version: 2, createdAt: '2026-12-02T08:00:00Z' },
  ...o,
});

const MJML = '<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>';
const full: EmailTemplateFieldsFragment = {
  ...row(),
  currentVersion: {
    __typename: 'EmailTemplateVersion',
    id: 'v2',
    version: 2,
    contentKey: 'k',
    createdAt: '2026-12-02T08:00:00Z',
    variants: [
      { __typename: 'EmailTemplateVariant', locale: 'zh-CN', subject: '春季新品', preheader: null, mjml: MJML },
      { __typename: 'EmailTemplateVariant', locale: 'en', subject: 'Spring range', preheader: 'New in', mjml: MJML },
    ],
  },
};

const list = (rows: EmailTemplateRowFieldsFragment[]): MockLink.MockedResponse => ({
  request: { query: EmailTemplatesDocument, variables: () => true },
  result: { data: { emailTemplates: rows } },
  ...ANY,
});
const one: MockLink.MockedResponse = { request: { query: EmailTemplateDocument, variables: { id: 't1' } }, result: { data: { emailTemplate: full } }, ...ANY };
const contacts: MockLink.MockedResponse = {
  request: { query: TemplatePreviewContactsDocument, variables: () => true },
  result: { data: { contacts: { __typename: 'ContactConnection', edges: [] } } },
  ...ANY,
};
const preview = (answer: { subject: string | null; html: string | null; text: string | null; problems: { path: string; message: string }[] }): MockLink.MockedResponse => ({
  request: { query: PreviewEmailDocument, variables: () => true },
  result: { data: { previewEmail: { __typename: 'EmailPreview', locale: 'en', ...answer, problems: answer.problems.map((p) => ({ __typename: 'TemplateProblemRow', ...p })) } } },
  ...ANY,
});

describe('Email templates list', { timeout: 60_000 }, () => {
  it('shows name, kind and version, and "New template" to a campaign writer', async () => {
    renderApp('/marketing/templates', [meMock('MARKETER'), list([row()])]);
    const table = await screen.findByTestId('templates-table', {}, { timeout: 10_000 });
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByRole('link', { name: 'Spring range' }).getAttribute('href')).toBe('/marketing/templates/t1');
    expect(first.textContent).toContain('Marketing');
    expect(within(first).getByTestId('template-version').getAttribute('data-version')).toBe('2');
    expect(screen.getByTestId('template-create').getAttribute('href')).toBe('/marketing/templates/new');
  });

  it('says archived templates are hidden when none is in use, and offers no "New template" to a reader', async () => {
    renderApp('/marketing/templates', [meMock('SALES_MANAGER'), list([])]);
    const empty = await screen.findByTestId('templates-empty', {}, { timeout: 10_000 });
    expect(empty.textContent).toBe('No templates in use. Archived templates are hidden: switch on “Show archived” to see them.');
    expect(screen.queryByTestId('template-create')).toBeNull();
  });
});

describe('Template editor', { timeout: 60_000 }, () => {
  it('shows a reader the languages read-only with the preview in a sandboxed frame, and no editing controls', async () => {
    renderApp('/marketing/templates/t1', [meMock('SALES_MANAGER'), one, contacts, preview({ subject: 'Spring range', html: '<p>Hi Ann</p>', text: 'Hi Ann', problems: [] })]);
    await screen.findByTestId('template-read-only', {}, { timeout: 10_000 });
    // The languages in the editor's order, whatever order the API gave.
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['English', '简体中文']);
    expect((screen.getByTestId('template-subject-en') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.queryByTestId('template-save')).toBeNull();
    expect(screen.queryByTestId('template-send-test')).toBeNull();
    expect(screen.queryByTestId('template-add-language')).toBeNull();
    const frame = await screen.findByTestId('template-preview-frame', {}, { timeout: 10_000 });
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe('<p>Hi Ann</p>');
  });

  it('puts the preview’s problems at their field, in the reader’s language, and offers the tools to a writer', async () => {
    renderApp('/marketing/templates/t1', [
      meMock('MARKETER'),
      one,
      contacts,
      preview({ subject: null, html: null, text: null, problems: [{ path: 'variants.0.mjml', message: 'A marketing email needs the postal address (company.postal_address).' }] }),
    ]);
    const problem = await screen.findByTestId('template-problem-en-mjml', {}, { timeout: 10_000 });
    expect(problem.textContent).toBe('A marketing email needs the postal address (company.postal_address).');
    expect(screen.getByTestId('template-problems').textContent).toContain('English: A marketing email needs the postal address');
    expect(screen.getByTestId('template-preview-blocked')).toBeTruthy();
    expect(screen.getByTestId('template-save')).toBeTruthy();
    expect(screen.getByTestId('template-send-test')).toBeTruthy();
    expect(screen.getByTestId('template-archive')).toBeTruthy();
  });
});
