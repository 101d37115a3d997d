import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DeleteCaseReplyTemplateDocument, SaveCaseReplyTemplateDocument } from '@rapport/web-data-access';
import { pickOption } from '@rapport/web-testing';
import { describe, expect, it } from 'vitest';
import { axeViolations, fieldErrors, mutationMock, renderAt, type } from '../setup-fixtures';
import { aTemplate, templatesMock } from './templates-fixtures';

const PATH = '/service/setup/templates';
const THANKS = aTemplate('t-1', { name: 'Thanks', language: 'EN', body: 'Dear {{ contact.first_name }},\nthanks for case {{ case.number }}.' });
const OLD = aTemplate('t-2', { name: '旧的问候', language: 'ZH_CN', active: false, body: '您好' });
const saved = (input: Record<string, unknown>) => ({ data: { saveCaseReplyTemplate: { __typename: 'CaseReplyTemplatePayload', template: aTemplate(String(input['id'] ?? 't-new'), input as never) } } });

describe('Reply templates set-up', { timeout: 60_000 }, () => {
  it('lists every template with its language and whether it is offered; a row opens to its text with the placeholders named', async () => {
    const asked: unknown[] = [];
    renderAt(PATH, [templatesMock([THANKS, OLD], asked as never)]);
    const table = await screen.findByTestId('templates-table', {}, { timeout: 10_000 });
    expect(asked[0]).toEqual({ includeInactive: true });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('Thanks');
    expect(rows[0]!.textContent).toContain('English');
    expect(within(rows[0]!).queryByTestId('template-inactive')).toBeNull();
    expect(rows[1]!.textContent).toContain('Simplified Chinese');
    expect(within(rows[1]!).getByTestId('template-inactive').textContent).toBe('Inactive');
    expect(screen.getByTestId('template-create')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);

    fireEvent.click(within(rows[0]!).getByRole('button', { name: /expand/i }));
    const text = await screen.findByTestId('template-text-t-1');
    expect(within(text).getAllByTestId('template-preview-placeholder').map((c) => c.textContent)).toEqual(['Contact’s first name', 'Case number']);
    expect(text.textContent).toBe('Dear Contact’s first name,\nthanks for case Case number.');
  });

  it('says honestly that there is none; an agent is offered neither to add nor to change', async () => {
    renderAt(PATH, [templatesMock([])], 'SERVICE_AGENT');
    expect((await screen.findByTestId('templates-empty', {}, { timeout: 10_000 })).textContent).toBe('No reply templates yet. Service managers and administrators set them up.');
    expect(screen.queryByTestId('template-create')).toBeNull();
  });

  it('shows an agent the list without the actions', async () => {
    renderAt(PATH, [templatesMock([THANKS])], 'SERVICE_AGENT');
    await screen.findByTestId('templates-table', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('template-edit-t-1')).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });

  it('adds a template with a live preview, showing the API’s refusal on the text until it is fixed', async () => {
    const sent: Record<string, unknown>[] = [];
    renderAt(PATH, [
      templatesMock([]),
      mutationMock(SaveCaseReplyTemplateDocument, sent, (i) =>
        String(i['body']).includes('contact.email') ? fieldErrors({ path: 'input.body', message: 'contact.email is not a placeholder; use contact.first_name, contact.last_name, case.number, case.subject, agent.name or account.name' }) : saved(i),
      ),
    ]);
    fireEvent.click(await screen.findByTestId('template-create', {}, { timeout: 10_000 }));
    await screen.findByTestId('template-body');
    expect(screen.getByRole('dialog').textContent).toContain('Write the text to see the preview.');
    type('template-name', 'Greeting');
    type('template-body', 'Hello {{ contact.email }}');
    await pickOption(screen.getByTestId('template-language'), 'Traditional Chinese');
    fireEvent.click(screen.getByTestId('template-submit'));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]).toEqual({ name: 'Greeting', language: 'ZH_TW', body: 'Hello {{ contact.email }}', active: true });
    expect(await screen.findByText(/contact\.email is not a placeholder/)).toBeTruthy();

    type('template-body', '{{ contact.last_name }}您好');
    await waitFor(() => expect(within(screen.getByTestId('template-preview')).getAllByTestId('template-preview-placeholder').map((c) => c.textContent)).toEqual(['Contact’s last name']));
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(screen.getByTestId('template-submit'));
    await waitFor(() => expect(sent).toHaveLength(2), { timeout: 10_000 });
    expect(sent[1]).toEqual({ name: 'Greeting', language: 'ZH_TW', body: '{{ contact.last_name }}您好', active: true });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('edits, takes out of use and deletes after asking', async () => {
    const sent: Record<string, unknown>[] = [];
    const deleted: unknown[] = [];
    // The list answers what was last saved, as the API would.
    const list = [THANKS];
    const saveAndList = (input: Record<string, unknown>) => {
      const answer = saved(input);
      list[0] = answer.data.saveCaseReplyTemplate.template;
      return answer;
    };
    renderAt(PATH, [
      templatesMock(list),
      mutationMock(SaveCaseReplyTemplateDocument, sent, saveAndList),
      {
        request: { query: DeleteCaseReplyTemplateDocument, variables: () => true },
        result: (v: { id: string }) => {
          deleted.push(v.id);
          return { data: { deleteCaseReplyTemplate: { __typename: 'DeleteCaseReplyTemplatePayload', id: v.id } } };
        },
        maxUsageCount: 5,
      } as never,
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Deactivate Thanks' }, { timeout: 10_000 }));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]).toEqual({ id: 't-1', name: 'Thanks', language: 'EN', body: THANKS.body, active: false });
    // The answer lands in the list before the template is edited, so the edit keeps it out of use.
    await screen.findByTestId('template-inactive', {}, { timeout: 10_000 });

    fireEvent.click(screen.getByRole('button', { name: 'Edit Thanks' }));
    await waitFor(() => expect((screen.getByTestId('template-name') as HTMLInputElement).value).toBe('Thanks'));
    expect((screen.getByTestId('template-body') as HTMLTextAreaElement).value).toBe(THANKS.body);
    type('template-name', 'Thank you');
    fireEvent.click(screen.getByTestId('template-submit'));
    await waitFor(() => expect(sent).toHaveLength(2), { timeout: 10_000 });
    expect(sent[1]).toMatchObject({ id: 't-1', name: 'Thank you', language: 'EN', active: false });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Renamed in the list, and deleted under its new name.
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Thank you' }, { timeout: 10_000 }));
    expect(deleted).toEqual([]);
    expect((await screen.findByText('Delete “Thank you”?')).textContent).toBe('Delete “Thank you”?');
    fireEvent.click(screen.getByTestId('template-delete-confirm'));
    await waitFor(() => expect(deleted).toEqual(['t-1']), { timeout: 10_000 });
  });
});
