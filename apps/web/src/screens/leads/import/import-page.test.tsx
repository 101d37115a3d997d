import { LeadImportDocument, LeadImportMappingsDocument, LeadImportsDocument, StartLeadImportDocument, UndoLeadImportDocument, type LeadImportDetailFragment } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

const forever = Number.POSITIVE_INFINITY;

function detail(status: LeadImportDetailFragment['status'], over: Partial<LeadImportDetailFragment> = {}): LeadImportDetailFragment {
  return {
    __typename: 'LeadImport',
    id: 'imp-1',
    fileName: 'fair.csv',
    fileFormat: 'csv',
    fileSize: 2048,
    status,
    totalRows: 3,
    progress: status === 'DONE' ? 100 : status === 'RUNNING' ? 40 : 0,
    routeLeads: false,
    dedupPolicy: 'SKIP',
    createdCount: status === 'DONE' ? 2 : 0,
    updatedCount: 0,
    mergedCount: status === 'DONE' ? 1 : 0,
    duplicateCount: 0,
    errorCount: 0,
    removedCount: 0,
    restoredCount: 0,
    error: null,
    errorKey: null,
    errorParams: null,
    reportUrl: '/api/v1/lead-imports/imp-1/report.csv',
    createdAt: '2026-11-03T09:00:00Z',
    startedAt: status === 'UPLOADED' ? null : '2026-11-03T09:01:00Z',
    finishedAt: status === 'DONE' ? '2026-11-03T09:01:05Z' : null,
    undoneAt: null,
    createdBy: { __typename: 'UserRef', id: 'u-admin', name: 'Ada Admin' },
    columns: ['姓名', '公司', 'Email', 'Notes'],
    preview: [
      ['王芳', '星辰科技', 'wang@xc.cn', 'Met at the fair'],
      ['Ivy Chen', 'Acme', 'ivy@acme.example.com', ''],
    ],
    suggestedMapping: [
      { __typename: 'LeadImportColumnMapping', column: '公司', field: 'COMPANY' },
      { __typename: 'LeadImportColumnMapping', column: 'Email', field: 'EMAIL' },
    ],
    mapping: [],
    ...over,
  };
}

const history = {
  request: { query: LeadImportsDocument, variables: { first: 10, after: null } },
  result: { data: { leadImports: { __typename: 'LeadImportConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } },
  maxUsageCount: forever,
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ImportPage', { timeout: 90_000 }, () => {
  it('uploads a file, preselects the suggested mapping, applies a saved one, starts, follows the job and undoes it', async () => {
    const upload = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ id: 'imp-1', status: 'uploaded' }), { status: 201, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', upload);
    let polls = 0;
    let started = false;
    const polled = vi.fn(() => {
      if (!started) return { data: { leadImport: detail('UPLOADED') } };
      polls += 1;
      return { data: { leadImport: polls < 2 ? detail('RUNNING', { dedupPolicy: 'MERGE', routeLeads: true }) : detail('DONE', { dedupPolicy: 'MERGE', routeLeads: true }) } };
    });
    const start = vi.fn(() => {
      started = true;
      return { data: { startLeadImport: { __typename: 'StartLeadImportPayload', leadImport: detail('QUEUED', { dedupPolicy: 'MERGE', routeLeads: true }) } } };
    });
    const undo = vi.fn(() => ({ data: { undoLeadImport: { __typename: 'UndoLeadImportPayload', removed: 2, restored: 1, kept: 0, leadImport: detail('UNDONE', { removedCount: 2, restoredCount: 1 }) } } }));
    const { router } = renderApp('/leads/import', [
      meMock('MARKETER'),
      history,
      { request: { query: LeadImportDocument, variables: { id: 'imp-1' } }, result: polled, maxUsageCount: forever },
      {
        request: { query: LeadImportMappingsDocument },
        result: {
          data: {
            leadImportMappings: [
              {
                __typename: 'LeadImportMapping',
                id: 'map-1',
                name: 'Fair list',
                updatedAt: '2026-10-01T00:00:00Z',
                mapping: [
                  { __typename: 'LeadImportColumnMapping', column: '姓名', field: 'LAST_NAME' },
                  { __typename: 'LeadImportColumnMapping', column: '公司', field: 'COMPANY' },
                  { __typename: 'LeadImportColumnMapping', column: 'Notes', field: 'MESSAGE' },
                ],
              },
            ],
          },
        },
        maxUsageCount: forever,
      },
      {
        request: {
          query: StartLeadImportDocument,
          variables: {
            input: {
              importId: 'imp-1',
              mapping: [
                { column: '姓名', field: 'LAST_NAME' },
                { column: '公司', field: 'COMPANY' },
                { column: 'Email', field: 'EMAIL' },
                { column: 'Notes', field: 'MESSAGE' },
              ],
              dedupPolicy: 'MERGE',
              routeLeads: true,
              saveMappingAs: 'Fair list',
            },
          },
        },
        result: start,
      },
      { request: { query: UndoLeadImportDocument, variables: { input: { importId: 'imp-1' } } }, result: undo },
    ]);

    const dropzone = await screen.findByTestId('import-upload', {}, { timeout: 10_000 });
    const input = dropzone.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['姓名,公司\n王芳,星辰科技\n'], 'fair.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    expect(upload.mock.calls[0]?.[0]).toBe('/api/v1/lead-imports');
    expect((upload.mock.calls[0]?.[1].body as FormData).get('file')).toBeInstanceOf(File);
    await waitFor(() => expect(router.state.location.search).toBe('?import=imp-1'));

    // The API's suggestion is preselected.
    const mapping = await screen.findByTestId('import-mapping-table', {}, { timeout: 10_000 });
    expect(within(mapping).getByTestId('import-map-1').textContent).toContain('Company');
    expect(within(mapping).getByTestId('import-map-2').textContent).toContain('Email');
    expect(within(mapping).getByTestId('import-map-0').textContent).toContain("Don't import");
    expect(within(screen.getByTestId('import-preview')).getByText('Met at the fair')).toBeTruthy();

    // A saved mapping fills the columns it knows; the email column stays as it was suggested.
    // The picker stays disabled until the saved mappings have loaded.
    await waitFor(() => expect(screen.getByTestId('import-saved-mapping').closest('.ant-select-disabled')).toBeNull(), { timeout: 10_000 });
    fireEvent.mouseDown(screen.getByTestId('import-saved-mapping').querySelector('input') ?? screen.getByTestId('import-saved-mapping'));
    fireEvent.click(await screen.findByText('Fair list', {}, { timeout: 10_000 }));
    await waitFor(() => expect(within(mapping).getByTestId('import-map-0').textContent).toContain('Last name'));
    expect(within(mapping).getByTestId('import-map-3').textContent).toContain('Message');
    expect((screen.getByTestId('import-save-as') as HTMLInputElement).value).toBe('Fair list');

    fireEvent.click(screen.getByTestId('import-dedup-MERGE'));
    fireEvent.click(screen.getByTestId('import-route'));
    fireEvent.click(screen.getByTestId('import-start'));
    await waitFor(() => expect(start).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByTestId('import-progress-bar', {}, { timeout: 5000 })).toBeTruthy();
    const result = await screen.findByTestId('import-result', {}, { timeout: 10_000 });
    expect(within(result).getByText('Import finished: 2 leads created')).toBeTruthy();
    expect(within(result).getByTestId('import-count-merged').textContent).toContain('1');
    expect(within(result).getByTestId('import-report-imp-1').getAttribute('href')).toBe('/api/v1/lead-imports/imp-1/report.csv?lang=en');

    fireEvent.click(within(result).getByTestId('import-undo-imp-1'));
    fireEvent.click(await screen.findByTestId('import-undo-confirm'));
    await waitFor(() => expect(undo).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect((await screen.findByTestId('import-undo-result')).textContent).toContain('2 created leads removed, 1 updated leads restored');
  });

  it('says why an upload was refused', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ title: 'Bad', errors: [{ path: 'file', message: 'Save the sheet as .xlsx or CSV.' }] }), { status: 400 })));
    renderApp('/leads/import', [meMock('SALES_MANAGER'), history]);
    const input = (await screen.findByTestId('import-upload', {}, { timeout: 10_000 })).querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'old.xls')] } });
    expect((await screen.findByTestId('import-upload-error')).textContent).toContain('Save the sheet as .xlsx or CSV.');
    expect(await screen.findByTestId('list-empty')).toBeTruthy();
  });
});
