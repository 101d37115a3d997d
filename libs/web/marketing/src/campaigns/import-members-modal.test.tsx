import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '@rapport/web-data-access';
import { i18n, loadLazyMessages } from '@rapport/web-ui';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ImportMembersModal } from './import-members-modal';

const CAMPAIGN = { id: 'cmp-expo', name: 'Spring Expo 2026' };
// The trade show's set: invited, then the two responses.
const STATUSES = ['invited', 'visited', 'follow_up'];

let client: ApolloClient | undefined;
function CaptureClient() {
  client = useApolloClient();
  return null;
}

/** Watches client.refetchQueries; no query of the members tab is mounted here, so it only records. */
function spyOnRefetch() {
  type Refetch = ApolloClient['refetchQueries'];
  const done = Object.assign(Promise.resolve([]), { queries: [], results: [] }) as unknown as ReturnType<Refetch>;
  return vi.spyOn(client!, 'refetchQueries').mockImplementation((() => done) as Refetch);
}

function renderModal(onClose = vi.fn()) {
  render(
    <MockedProvider mocks={[]} cache={createCache()}>
      <App>
        <CaptureClient />
        <ImportMembersModal campaign={CAMPAIGN} statuses={STATUSES} open onClose={onClose} />
      </App>
    </MockedProvider>,
  );
  return onClose;
}

const fileInput = async () => (await screen.findByTestId('import-members', {}, { timeout: 10_000 })).querySelector<HTMLInputElement>('input[type="file"]')!;
const pick = async (file: File) => fireEvent.change(await fileInput(), { target: { files: [file] } });
const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });

/**
 * axe's WCAG A/AA rules on the open dialog (as the browser e2e runs them; jsdom has no layout, so
 * contrast is left to the e2e): the rules that would fail, with where.
 */
async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

beforeAll(async () => {
  await loadLazyMessages('marketing', 'en');
  await loadLazyMessages('marketing', 'zh-CN');
});

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});

describe('ImportMembersModal', { timeout: 60_000 }, () => {
  it('sends the file and the chosen status, shows who joined and lists the unknown addresses, then refetches the members tab', async () => {
    // 25 of the 30 unknown addresses come back by name (the API sends at most 50).
    const unmatched = Array.from({ length: 25 }, (_, i) => `visitor${i + 1}@example.cn`);
    const upload = vi.fn(async (_url: string, _init: RequestInit) => json({ rows: 36, matched: 6, added: 4, alreadyMembers: 2, unmatched, unmatchedCount: 30 }, 201));
    vi.stubGlobal('fetch', upload);
    renderModal();
    await screen.findByTestId('import-members', {}, { timeout: 10_000 });
    const refetch = spyOnRefetch();

    // Nothing to send before a file is picked.
    expect(screen.getByTestId<HTMLButtonElement>('import-members-submit').disabled).toBe(true);
    // The dragger is a labelled control: its input says what to pick, the button names itself by its text.
    expect((await fileInput()).getAttribute('aria-label')).toBe('Choose a CSV or Excel file of email addresses');
    expect(screen.getByRole('button', { name: /Click or drop a CSV or Excel \(\.xlsx\) file here/ })).toBeTruthy();
    expect(screen.getByText(/up to 20 MB and 10,000 addresses/)).toBeTruthy();
    // The status starts at the type's first; the label names the select.
    expect(screen.getByLabelText('Status')).toBeTruthy();
    expect(screen.getByTestId('import-members-status').textContent).toContain('Invited');
    expect(await axeViolations()).toEqual([]);

    await pick(new File(['Email\nwang.fang@example.cn\n'], 'badges.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-members-chosen')).textContent).toContain('badges.csv');
    fireEvent.mouseDown(screen.getByTestId('import-members-status').querySelector('input')!);
    fireEvent.click(await screen.findByText('Visited the booth', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(screen.getByTestId('import-members-submit'));

    await waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    const [url, init] = upload.mock.calls[0]!;
    expect(url).toBe('/api/v1/campaigns/cmp-expo/members/import');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('include');
    const form = init.body as FormData;
    expect((form.get('file') as File).name).toBe('badges.csv');
    expect(form.get('status')).toBe('visited');
    expect([...form.keys()].sort()).toEqual(['file', 'status']);

    const result = await screen.findByTestId('import-members-result');
    expect(within(result).getByTestId('import-members-rows').textContent).toBe('36');
    expect(within(result).getByTestId('import-members-added').textContent).toBe('4');
    expect(within(result).getByTestId('import-members-already').textContent).toBe('2');
    expect(within(result).getByTestId('import-members-unmatched-count').textContent).toBe('30');
    expect(result.textContent).toContain('Not added: 30 addresses');
    expect(result.textContent).toContain('Only contacts and leads you may see are matched');
    // The first 20 by name, the other 10 counted.
    const listed = within(screen.getByTestId('import-members-unmatched')).getAllByRole('listitem').map((li) => li.textContent);
    expect(listed).toEqual(unmatched.slice(0, 20));
    expect(screen.getByTestId('import-members-unmatched-more').textContent).toBe('and 10 more');
    expect(refetch).toHaveBeenCalledWith({ include: ['CampaignMembers', 'CampaignRoi', 'CampaignFunnel'] });
    expect(await axeViolations()).toEqual([]);

    // "Import another file" starts over with an empty dragger.
    fireEvent.click(screen.getByTestId('import-members-again'));
    expect(await screen.findByTestId('import-members')).toBeTruthy();
    expect(screen.queryByTestId('import-members-chosen')).toBeNull();
  });

  it('says when nobody was added and refetches nothing', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ rows: 2, matched: 2, added: 0, alreadyMembers: 2, unmatched: [], unmatchedCount: 0 }, 201)));
    renderModal();
    await screen.findByTestId('import-members', {}, { timeout: 10_000 });
    const refetch = spyOnRefetch();
    await pick(new File(['Email\na@example.cn\nb@example.cn\n'], 'again.csv'));
    fireEvent.click(await screen.findByTestId('import-members-submit'));
    const result = await screen.findByTestId('import-members-result');
    expect(result.textContent).toContain('Nobody new was added from again.csv.');
    expect(within(result).getByTestId('import-members-already').textContent).toBe('2');
    expect(screen.queryByTestId('import-members-unmatched-alert')).toBeNull();
    expect(refetch).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal in the reader’s language and keeps the file for another try', async () => {
    await i18n.changeLanguage('zh-CN');
    const refusal = {
      type: 'https://rapport.dev/problems/validation-failed',
      title: 'Validation failed.',
      status: 400,
      code: 'VALIDATION_FAILED',
      messageKey: 'errors.validationFailed',
      errors: [{ path: 'file', message: 'The file has no email column.', messageKey: 'marketing.noEmailColumn' }],
    };
    const upload = vi.fn(async () => json(refusal, 400));
    vi.stubGlobal('fetch', upload);
    renderModal();
    await pick(new File(['姓名,公司\n王芳,星辰科技\n'], 'names.csv', { type: 'text/csv' }));
    fireEvent.click(await screen.findByTestId('import-members-submit'));
    const error = await screen.findByTestId('import-members-error');
    expect(error.textContent).toContain('文件未导入');
    expect(error.textContent).toContain('文件中没有邮箱列。');
    expect(screen.queryByTestId('import-members-result')).toBeNull();
    expect(screen.getByTestId('import-members-chosen').textContent).toContain('names.csv');
    expect(upload).toHaveBeenCalledTimes(1);
  });

  it('says when the upload fails on the way, without a server answer', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    renderModal();
    await pick(new File(['Email\na@example.cn\n'], 'list.xlsx'));
    fireEvent.click(await screen.findByTestId('import-members-submit'));
    expect((await screen.findByTestId('import-members-error')).textContent).toContain('The file could not be uploaded. Please try again.');
  });

  it('refuses a file that is not a spreadsheet, an old .xls or an empty file before sending it', async () => {
    const upload = vi.fn();
    vi.stubGlobal('fetch', upload);
    renderModal();
    await pick(new File(['%PDF-1.7'], 'brochure.pdf', { type: 'application/pdf' }));
    expect((await screen.findByTestId('import-members-error')).textContent).toContain('brochure.pdf is not a CSV or Excel (.xlsx) file.');
    expect(screen.getByTestId<HTMLButtonElement>('import-members-submit').disabled).toBe(true);

    await pick(new File(['x'], 'old.xls'));
    expect((await screen.findByTestId('import-members-error')).textContent).toContain('Old Excel files (.xls) cannot be read');

    await pick(new File([], 'empty.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-members-error')).textContent).toContain('empty.csv is empty.');
    expect(screen.getByTestId<HTMLButtonElement>('import-members-submit').disabled).toBe(true);
    expect(upload).not.toHaveBeenCalled();
    expect(await axeViolations()).toEqual([]);

    // A good file clears the message.
    await pick(new File(['Email\na@example.cn\n'], 'ok.csv'));
    await waitFor(() => expect(screen.queryByTestId('import-members-error')).toBeNull());
    expect(screen.getByTestId<HTMLButtonElement>('import-members-submit').disabled).toBe(false);
  });
});
