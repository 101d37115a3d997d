import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddCaseNoteDocument, ReplyToCaseDocument } from '@rapport/web-data-access';
import { i18n } from '@rapport/web-ui';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldErrors, mutationMock } from '../setup/setup-fixtures';
import { templatesMock } from '../setup/templates/templates-fixtures';
import { axeViolations, caseOnPage, casePageMock, message, renderRoutes } from './cases-fixtures';
import { CASE_ROUTES } from './routes';

/**
 * A stand-in for the browser's XMLHttpRequest: it records what was sent and lets the test play the
 * upload's progress and the API's answer, so the compose box's own handling of both runs.
 */
class FakeXhr {
  static all: FakeXhr[] = [];
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  withCredentials = false;
  status = 0;
  responseText = '';
  method = '';
  url = '';
  file?: File;
  aborted = false;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  send(body: FormData) {
    this.file = body.get('file') as File;
    FakeXhr.all.push(this);
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  // Async acts: the compose box hears of the answer through a promise.
  async progress(loaded: number, total: number) {
    await act(async () => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }
  async fail() {
    await act(async () => this.onerror?.());
  }
  async answer(status: number, body: unknown) {
    await act(async () => {
      this.status = status;
      this.responseText = JSON.stringify(body);
      this.onload?.();
    });
  }
}

const KASE = caseOnPage();
const kept = (id: string, file: File) => ({ id, filename: file.name, contentType: file.type, size: file.size });
const refusal = (message: string, messageKey: string, params: Record<string, string | number>) => ({
  type: 'https://rapport.dev/problems/validation-failed',
  title: 'The input is not valid.',
  status: 400,
  code: 'VALIDATION_FAILED',
  messageKey: 'errors.validationFailed',
  errors: [{ path: 'file', message, messageKey, params }],
});
const payload = (direction: 'OUTBOUND' | 'INTERNAL') => ({ __typename: 'CaseMessagePayload', message: message('m-9', { direction, ...(direction === 'INTERNAL' ? { channel: 'NOTE' as const } : {}) }), case: { ...KASE } });
const replied = () => ({ data: { replyToCase: payload('OUTBOUND') } });
const noted = () => ({ data: { addCaseNote: payload('INTERNAL') } });

const choose = (box: HTMLElement, ...files: File[]) => fireEvent.change(box.querySelector<HTMLInputElement>('input[type="file"]')!, { target: { files } });
const rows = (box: HTMLElement) => within(box).queryAllByTestId('compose-file');
const uploads = async (n: number) => waitFor(() => expect(FakeXhr.all).toHaveLength(n));

beforeEach(() => {
  FakeXhr.all = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('Files in the reply and note boxes', { timeout: 60_000 }, () => {
  it('uploads each chosen file with its progress, drops a removed one, and sends the reply with the rest', async () => {
    const sent: Record<string, unknown>[] = [];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(KASE), templatesMock([]), mutationMock(ReplyToCaseDocument, sent, replied)], 'SERVICE_AGENT');
    const box = await screen.findByTestId('case-reply', {}, { timeout: 10_000 });
    const quote = new File(['%PDF-1.7 quote'.repeat(200)], 'quote.pdf', { type: 'application/pdf' });
    const photo = new File(['\xff\xd8\xff photo'], 'leak.jpg', { type: 'image/jpeg' });
    // A named button in the tab order opens the picker.
    expect(within(box).getByRole('button', { name: 'Attach files' }).tabIndex).not.toBe(-1);

    choose(box, quote, photo);
    await uploads(2);
    const [first, second] = FakeXhr.all as [FakeXhr, FakeXhr];
    expect(first.method).toBe('POST');
    expect(first.url).toBe('/api/v1/cases/k-1/attachments');
    expect(first.withCredentials).toBe(true);
    expect([first.file?.name, second.file?.name]).toEqual(['quote.pdf', 'leak.jpg']);
    expect(rows(box).map((r) => within(r).getByTestId('compose-file-name').textContent)).toEqual(['quote.pdf', 'leak.jpg']);
    expect(within(rows(box)[0]!).getByTestId('compose-file-size').textContent).toBe('3 kB');

    await first.progress(1400, 2800);
    const bar = within(box).getByRole('progressbar', { name: 'Uploading quote.pdf' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    // Sending waits for the files.
    expect((within(box).getByTestId('case-reply-submit') as HTMLButtonElement).disabled).toBe(true);
    expect(await axeViolations()).toEqual([]);

    await first.answer(201, kept('up-1', quote));
    await second.progress(10, 10);
    // All bytes gone is not yet kept: the API still reads the content.
    expect(within(box).getByRole('progressbar', { name: 'Uploading leak.jpg' }).getAttribute('aria-valuenow')).toBe('99');
    await second.answer(201, kept('up-2', photo));
    await waitFor(() => expect(rows(box).map((r) => r.dataset['state'])).toEqual(['done', 'done']));
    expect(within(box).queryByRole('progressbar')).toBeNull();
    expect((within(box).getByTestId('case-reply-submit') as HTMLButtonElement).disabled).toBe(false);

    fireEvent.click(within(box).getByRole('button', { name: 'Remove quote.pdf' }));
    expect(rows(box).map((r) => within(r).getByTestId('compose-file-name').textContent)).toEqual(['leak.jpg']);
    fireEvent.change(within(box).getByTestId('case-reply-body'), { target: { value: 'The photo of the leak, as promised.' } });
    fireEvent.click(within(box).getByTestId('case-reply-submit'));
    await waitFor(() => expect(sent).toEqual([{ caseId: 'k-1', body: 'The photo of the leak, as promised.', attachmentIds: ['up-2'] }]));
    // Sent: the list clears with the text.
    await waitFor(() => expect(rows(box)).toHaveLength(0));
    expect((within(box).getByTestId('case-reply-body') as HTMLTextAreaElement).value).toBe('');
  });

  it('shows why the API refused a file, in the agent’s language, and does not send it', async () => {
    await i18n.changeLanguage('zh-CN');
    const sent: Record<string, unknown>[] = [];
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(KASE), templatesMock([]), mutationMock(AddCaseNoteDocument, sent, noted)], 'SERVICE_AGENT');
    const box = await screen.findByTestId('case-note', {}, { timeout: 10_000 });
    const video = new File(['x'.repeat(3000)], 'site-visit.mov', { type: 'video/quicktime' });
    const sketch = new File(['<svg/>'], 'sketch.png', { type: 'image/png' });
    expect(within(box).getByRole('button', { name: '添加附件' })).toBeTruthy();
    choose(box, video, sketch);
    await uploads(2);
    const [big, bad] = FakeXhr.all as [FakeXhr, FakeXhr];
    await big.answer(400, refusal('The file is larger than 10 MB.', 'leads.importLargerThan', { mb: 10 }));
    await bad.answer(400, refusal('The file’s content is not what its name says.', 'service.uploadMismatch', {}));
    await waitFor(() => expect(rows(box).map((r) => r.dataset['state'])).toEqual(['error', 'error']));
    expect(within(box).getAllByTestId('compose-file-error').map((e) => e.textContent)).toEqual(['文件超过 10 MB。', '文件内容与文件名所示类型不符。']);
    expect(within(box).getByRole('button', { name: '移除 site-visit.mov' })).toBeTruthy();
    expect(await axeViolations()).toEqual([]);

    fireEvent.change(within(box).getByTestId('case-note-body'), { target: { value: '视频太大，已请客户改用链接。' } });
    fireEvent.click(within(box).getByTestId('case-note-submit'));
    await waitFor(() => expect(sent).toEqual([{ caseId: 'k-1', body: '视频太大，已请客户改用链接。' }]));
  });

  it('says when the way to the API fails, and takes at most 20 files for one message', async () => {
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(KASE), templatesMock([])], 'SERVICE_AGENT');
    const box = await screen.findByTestId('case-note', {}, { timeout: 10_000 });
    const files = Array.from({ length: 21 }, (_, i) => new File([`page ${i}`], `scan-${i + 1}.pdf`, { type: 'application/pdf' }));
    choose(box, ...files);
    await uploads(20);
    expect(within(box).getByTestId('case-note-file-limit').textContent).toBe('At most 20 files go with one message; the others were not added.');
    expect(rows(box)).toHaveLength(20);
    await FakeXhr.all[0]!.fail();
    expect(within(rows(box)[0]!).getByTestId('compose-file-error').textContent).toBe('The file could not be uploaded. Please try again.');
    // Removing a file makes room, and cuts off its upload if it is still running.
    fireEvent.click(within(box).getByRole('button', { name: 'Remove scan-2.pdf' }));
    expect(FakeXhr.all[1]!.aborted).toBe(true);
    expect(within(box).queryByTestId('case-note-file-limit')).toBeNull();
  });

  it('shows the API’s refusal of the attached files in the form’s alert', async () => {
    const sent: Record<string, unknown>[] = [];
    const stale = () => fieldErrors({ path: 'input.attachmentIds', message: 'An attached file is not waiting to be sent on this case; upload it again.' });
    renderRoutes(CASE_ROUTES, '/service/cases/k-1', [casePageMock(KASE), templatesMock([]), mutationMock(ReplyToCaseDocument, sent, stale)], 'SERVICE_AGENT');
    const box = await screen.findByTestId('case-reply', {}, { timeout: 10_000 });
    const file = new File(['notes'], 'notes.txt', { type: 'text/plain' });
    choose(box, file);
    await uploads(1);
    await FakeXhr.all[0]!.answer(201, kept('up-old', file));
    fireEvent.change(within(box).getByTestId('case-reply-body'), { target: { value: 'See the notes.' } });
    fireEvent.click(within(box).getByTestId('case-reply-submit'));
    expect((await within(box).findByTestId('case-reply-error', {}, { timeout: 5_000 })).textContent).toBe('An attached file is not waiting to be sent on this case; upload it again.');
    expect(sent).toEqual([{ caseId: 'k-1', body: 'See the notes.', attachmentIds: ['up-old'] }]);
    // Nothing was sent, so the files stay to be removed or replaced.
    expect(rows(box)).toHaveLength(1);
  });
});
