import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ReplyToCaseDocument } from '@rapport/web-data-access';
import { pickOption } from '@rapport/web-testing';
import { describe, expect, it } from 'vitest';
import { mutationMock } from '../setup/setup-fixtures';
import { aTemplate, renderTemplateMock, templatesMock } from '../setup/templates/templates-fixtures';
import { axeViolations, caseOnPage, casePageMock, message, renderRoutes } from './cases-fixtures';
import { withTemplateText } from './reply-template-picker';
import { CASE_ROUTES } from './routes';

const TEMPLATES = [aTemplate('t-en', { name: 'Thanks', language: 'EN' }), aTemplate('t-any', { name: 'Sign-off' })];
const TEXTS = { 't-en': 'Dear Ann,\nthank you for writing.', 't-any': '— Sam Service' };
const body = () => screen.getByTestId('case-reply-body') as HTMLTextAreaElement;
const replied = (input: Record<string, unknown>) => {
  const { messages: _m, history: _h, ...kase } = caseOnPage();
  return { data: { replyToCase: { __typename: 'CaseMessagePayload', message: message('m-9', { direction: 'OUTBOUND', body: String(input['body']) }), case: kase } } };
};

describe('reply text from a template', () => {
  it('replaces an empty reply and follows a written one after a blank line', () => {
    expect(withTemplateText(undefined, 'Hi')).toBe('Hi');
    expect(withTemplateText('  \n', 'Hi')).toBe('Hi');
    expect(withTemplateText('Thanks.\n\n', 'Hi')).toBe('Thanks.\n\nHi');
  });
});

describe('The reply box’s template picker', { timeout: 60_000 }, () => {
  it('asks for the agent’s language, is labelled, and puts the rendered text into the reply to edit before sending', async () => {
    const asked: unknown[] = [];
    const sent: Record<string, unknown>[] = [];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage()), templatesMock(TEMPLATES, asked as never), renderTemplateMock(TEXTS), mutationMock(ReplyToCaseDocument, sent, replied)], 'SERVICE_AGENT');
    const picker = await screen.findByTestId('case-reply-template', {}, { timeout: 10_000 });
    expect(asked[0]).toEqual({ language: 'EN' });
    // Labelled and reachable from the keyboard: a named combobox in the tab order.
    const combo = screen.getByRole('combobox', { name: 'Template' });
    expect(combo.tabIndex).not.toBe(-1);
    expect(await axeViolations()).toEqual([]);

    await pickOption(picker, 'Thanks');
    await waitFor(() => expect(body().value).toBe('Dear Ann,\nthank you for writing.'));
    // Focus moves on to the text, to edit it before sending.
    await waitFor(() => expect(document.activeElement).toBe(body()));
    fireEvent.change(body(), { target: { value: 'Dear Ann,\nthank you for writing. The engineer comes on Monday.' } });
    await pickOption(picker, 'Sign-off');
    await waitFor(() => expect(body().value).toBe('Dear Ann,\nthank you for writing. The engineer comes on Monday.\n\n— Sam Service'));

    fireEvent.click(screen.getByTestId('case-reply-submit'));
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    expect(sent[0]).toEqual({ caseId: 'k-1', body: 'Dear Ann,\nthank you for writing. The engineer comes on Monday.\n\n— Sam Service' });
  });

  it('says so when a template cannot be rendered, and leaves the reply as it was', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage()), templatesMock([aTemplate('t-gone', { name: 'Withdrawn' })]), renderTemplateMock({})], 'SERVICE_AGENT');
    const picker = await screen.findByTestId('case-reply-template', {}, { timeout: 10_000 });
    fireEvent.change(body(), { target: { value: 'My own words' } });
    await pickOption(picker, 'Withdrawn');
    expect((await screen.findByTestId('case-reply-error')).textContent).toContain('was not found');
    expect(body().value).toBe('My own words');
  });

  it('is not shown when there are no templates, nor in the note box', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(caseOnPage()), templatesMock([])], 'SERVICE_AGENT');
    await screen.findByTestId('case-reply-body', {}, { timeout: 10_000 });
    await waitFor(() => expect(screen.queryByTestId('case-reply-template')).toBeNull());
    expect(screen.getAllByRole('combobox').map((c) => c.id)).not.toContain('case-reply-template');
  });
});
