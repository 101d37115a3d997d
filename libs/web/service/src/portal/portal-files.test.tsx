import { OpenPortalCaseDocument, PortalCaseDocument, PortalKnowledgeArticleDocument, PortalKnowledgeSearchDocument, PortalMeDocument, PortalProductsDocument, PortalViewKnowledgeArticleDocument, ReplyToPortalCaseDocument, type PortalCaseFieldsFragment } from '@rapport/web-data-access';
import { i18n, nameAntdControls } from '@rapport/web-ui';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aCase, casesMock, renderPortal } from './portal-fixtures';

const T = { timeout: 10_000 };

afterEach(async () => {
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});

async function axeViolations(): Promise<string[]> {
  nameAntdControls(document.body, i18n.t);
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Answers the portal's file posts in turn; records where each went and which file it carried. */
function mockUploads(...answers: { status: number; body: unknown }[]) {
  const calls: { url: string; name: string | undefined }[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const file = (init?.body as FormData | undefined)?.get('file');
    calls.push({ url: String(input), name: file instanceof File ? file.name : undefined });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return new Response(JSON.stringify(next.body), { status: next.status, headers: { 'content-type': next.status >= 400 ? 'application/problem+json' : 'application/json' } });
  });
  return calls;
}

const file = (name: string, type = 'application/pdf') => new File(['%PDF-1.7 test'], name, { type });
const choose = async (files: File[]) => {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
};
const caseMock = (kase: PortalCaseFieldsFragment, maxUsageCount = 5) => ({ request: { query: PortalCaseDocument, variables: { id: kase.id } }, result: { data: { portalCase: kase } }, maxUsageCount });
const productsMock = { request: { query: PortalProductsDocument }, result: { data: { portalProducts: [{ __typename: 'PortalProduct', id: 'p-1', name: 'Alpha pump' }, { __typename: 'PortalProduct', id: 'p-2', name: 'Beta valve' }] } }, maxUsageCount: 5 };
const searchAny = { request: { query: PortalKnowledgeSearchDocument, variables: () => true }, result: { data: { searchKnowledge: [] } }, maxUsageCount: 20 };
const refusal = (message: string) => ({ status: 400, body: { type: 'about:blank', title: 'Validation failed', status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'file', message }] } });
const kept = (id: string, filename: string) => ({ status: 201, body: { id, filename, contentType: 'application/pdf', size: 13, url: `/api/v1/portal/cases/k-9/attachments/${id}` } });

describe('A new portal case with a product and files', { timeout: 60_000 }, () => {
  it('sends the chosen product, then the files onto the case’s first message, and shows which were refused', async () => {
    const opened: unknown[] = [];
    const calls = mockUploads(kept('a-1', 'manual.pdf'), refusal('This kind of file is not accepted: programs, scripts, web pages and unknown binary files are refused.'));
    const router = renderPortal('/portal/new', [
      productsMock,
      searchAny,
      { request: { query: OpenPortalCaseDocument, variables: (v: unknown) => (opened.push(v), true) }, result: { data: { openPortalCase: aCase('k-9') } } },
      caseMock(aCase('k-9')),
    ]);
    fireEvent.change(await screen.findByTestId('portal-new-subject', {}, T), { target: { value: 'Pump leaks' } });
    fireEvent.change(screen.getByTestId('portal-new-description'), { target: { value: 'Water on the floor' } });
    const picker = await screen.findByRole('combobox', {}, T);
    fireEvent.mouseDown(picker);
    fireEvent.click(await screen.findByText('Beta valve', {}, T));
    await choose([file('manual.pdf'), file('setup.exe', 'application/octet-stream')]);
    const chosen = await screen.findByTestId('portal-files', {}, T);
    expect(within(chosen).getAllByTestId('portal-file').map((f) => f.textContent)).toEqual([expect.stringContaining('manual.pdf'), expect.stringContaining('setup.exe')]);
    expect(await axeViolations()).toEqual([]);
    fireEvent.click(screen.getByTestId('portal-new-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal/cases/k-9'), T);
    expect(opened).toEqual([{ input: { subject: 'Pump leaks', description: 'Water on the floor', productId: 'p-2' } }]);
    // The first message of aCase is m-1: both files went onto it, one by one.
    expect(calls).toEqual([
      { url: '/api/v1/portal/cases/k-9/messages/m-1/attachments', name: 'manual.pdf' },
      { url: '/api/v1/portal/cases/k-9/messages/m-1/attachments', name: 'setup.exe' },
    ]);
    const notice = await screen.findByTestId('portal-files-refused', {}, T);
    expect(notice.textContent).toContain('Your message was sent, but some files were not:');
    expect(notice.textContent).toContain('setup.exe: This kind of file is not accepted');
  });

  it('opens without a product or files as before, offering no picker when there are no products', async () => {
    const opened: unknown[] = [];
    const calls = mockUploads();
    const router = renderPortal('/portal/new', [
      { request: { query: PortalProductsDocument }, result: { data: { portalProducts: [] } } },
      searchAny,
      { request: { query: OpenPortalCaseDocument, variables: (v: unknown) => (opened.push(v), true) }, result: { data: { openPortalCase: aCase('k-9') } } },
      caseMock(aCase('k-9')),
    ]);
    fireEvent.change(await screen.findByTestId('portal-new-subject', {}, T), { target: { value: 'Pump leaks' } });
    fireEvent.change(screen.getByTestId('portal-new-description'), { target: { value: 'Water' } });
    expect(screen.queryByTestId('portal-new-product')).toBeNull();
    fireEvent.click(screen.getByTestId('portal-new-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal/cases/k-9'), T);
    expect(opened).toEqual([{ input: { subject: 'Pump leaks', description: 'Water' } }]);
    expect(calls).toEqual([]);
    expect(screen.queryByTestId('portal-files-refused')).toBeNull();
  });
});

describe('Files on a portal case', { timeout: 60_000 }, () => {
  const withFile = aCase('k-1', {
    messages: [{ ...aCase('k-1').messages[1]!, attachments: [{ __typename: 'PortalAttachment', id: 'a-1', filename: '维修手册.pdf', contentType: 'application/pdf', size: 120_000, url: '/api/v1/portal/cases/k-1/attachments/a-1' }] }],
  });

  it('shows a message’s files as downloads, and sends a reply’s file onto the reply', async () => {
    const mine = { __typename: 'PortalMessage' as const, id: 'm-3', fromCustomer: true, body: 'Photo attached', authorName: null, createdAt: '2026-12-02T02:00:00.000Z', attachments: [] };
    const replied = { ...withFile, messages: [...withFile.messages, mine] };
    const after = { ...replied, messages: [...withFile.messages, { ...mine, attachments: [{ __typename: 'PortalAttachment' as const, id: 'a-2', filename: 'photo.pdf', contentType: 'application/pdf', size: 13, url: '/api/v1/portal/cases/k-1/attachments/a-2' }] }] };
    const calls = mockUploads(kept('a-2', 'photo.pdf'));
    renderPortal('/portal/cases/k-1', [
      caseMock(withFile, 1),
      { request: { query: ReplyToPortalCaseDocument, variables: { input: { caseId: 'k-1', body: 'Photo attached' } } }, result: { data: { replyToPortalCase: replied } } },
      caseMock(after),
      { request: { query: PortalMeDocument }, result: { data: { portalMe: { __typename: 'PortalMe', contactId: 'c-1', name: 'Ann Wu', preferencesUrl: 'http://localhost/api/public/preferences/tok' } } } },
    ]);
    const link = await screen.findByTestId('portal-attachment', {}, T);
    expect(link.getAttribute('href')).toBe('/api/v1/portal/cases/k-1/attachments/a-1');
    expect(link.textContent).toContain('维修手册.pdf');
    expect(await axeViolations()).toEqual([]);
    fireEvent.change(screen.getByTestId('portal-reply'), { target: { value: 'Photo attached' } });
    await choose([file('photo.pdf')]);
    fireEvent.click(screen.getByTestId('portal-send'));
    await waitFor(() => expect(screen.getAllByTestId('portal-attachment').map((a) => a.textContent)).toEqual([expect.stringContaining('维修手册.pdf'), expect.stringContaining('photo.pdf')]), T);
    expect(calls).toEqual([{ url: '/api/v1/portal/cases/k-1/messages/m-3/attachments', name: 'photo.pdf' }]);
    expect(screen.queryByTestId('portal-files')).toBeNull();
  });

  it('keeps a refused file in the reply box with the server’s reason', async () => {
    const mine = { __typename: 'PortalMessage' as const, id: 'm-3', fromCustomer: true, body: 'Log', authorName: null, createdAt: '2026-12-02T02:00:00.000Z', attachments: [] };
    mockUploads(refusal('The file is larger than 10 MB.'));
    renderPortal('/portal/cases/k-1', [
      caseMock(withFile),
      { request: { query: ReplyToPortalCaseDocument, variables: () => true }, result: { data: { replyToPortalCase: { ...withFile, messages: [...withFile.messages, mine] } } } },
    ]);
    fireEvent.change(await screen.findByTestId('portal-reply', {}, T), { target: { value: 'Log' } });
    await choose([file('huge.pdf')]);
    fireEvent.click(screen.getByTestId('portal-send'));
    const error = await screen.findByTestId('portal-file-error', {}, T);
    expect(error.textContent).toBe('The file is larger than 10 MB.');
    expect(screen.getByTestId('portal-file').getAttribute('data-state')).toBe('refused');
  });
});

describe('The portal’s frame and articles', { timeout: 60_000 }, () => {
  it('links “Email preferences” to the customer’s consent centre, in their language', async () => {
    await i18n.changeLanguage('zh-CN');
    renderPortal('/portal', [casesMock([]), { request: { query: PortalMeDocument }, result: { data: { portalMe: { __typename: 'PortalMe', contactId: 'c-1', name: 'Ann Wu', preferencesUrl: 'http://localhost/api/public/preferences/tok' } } } }]);
    const link = await screen.findByTestId('portal-preferences', {}, T);
    expect(link.textContent).toBe('邮件偏好设置');
    expect(link.getAttribute('href')).toBe('http://localhost/api/public/preferences/tok');
  });

  it('shows no preferences link when the customer has no address', async () => {
    renderPortal('/portal', [casesMock([]), { request: { query: PortalMeDocument }, result: { data: { portalMe: { __typename: 'PortalMe', contactId: 'c-1', name: 'Ann Wu', preferencesUrl: null } } } }]);
    await screen.findByTestId('portal-cases-empty', {}, T);
    expect(screen.queryByTestId('portal-preferences')).toBeNull();
    expect(screen.getByRole('link', { name: 'Help' })).toBeTruthy();
  });

  it('renders an article’s Markdown under the page’s heading, raw HTML as text', async () => {
    const body = '# Before you start\n\nClose the **valve**.\n\n## Steps\n\n1. Unplug it\n2. Wait\n\n<script>alert(1)</script>\n\n[Manual](javascript:alert(1))';
    renderPortal('/portal/help/kb-1', [
      { request: { query: PortalKnowledgeArticleDocument, variables: { id: 'kb-1' } }, result: { data: { knowledgeArticle: { __typename: 'KnowledgeArticle', id: 'kb-1', title: 'Reset the pump', summary: null, body, language: 'en', publishedAt: null, viewerFeedback: null } } } },
      { request: { query: PortalViewKnowledgeArticleDocument, variables: () => true }, result: { data: { viewKnowledgeArticle: { __typename: 'KnowledgeArticlePayload', article: { __typename: 'KnowledgeArticle', id: 'kb-1', viewCount: 1 } } } } },
    ]);
    const article = await screen.findByTestId('portal-article', {}, T);
    expect([...article.querySelectorAll('h1, h2, h3')].map((h) => `${h.tagName} ${h.textContent}`)).toEqual(['H1 Reset the pump', 'H2 Before you start', 'H3 Steps']);
    expect(within(article).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Unplug it', 'Wait']);
    expect(article.querySelector('script')).toBeNull();
    // An unsafe link keeps its text and loses its target.
    expect(within(article).getByText('Manual').closest('a')?.getAttribute('href') ?? '').not.toContain('javascript');
    expect(article.querySelector('.portal-article-body')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });
});
