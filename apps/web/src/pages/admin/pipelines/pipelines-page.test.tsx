import {
  PipelineAdminDocument,
  UpdatePipelineDocument,
  UpdateStageDocument,
  type PipelineAdminFieldsFragment,
  type StageAdminFieldsFragment,
} from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { nameInput } from '@rapport/web-core';
import { meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';

const stage = (id: string, canonicalName: string, names: Record<string, string>, position: number, extra: Partial<StageAdminFieldsFragment> = {}): StageAdminFieldsFragment => ({
  __typename: 'Stage',
  id,
  name: canonicalName,
  canonicalName,
  names,
  position,
  probability: 20,
  forecastCategory: 'PIPELINE',
  isWon: false,
  isLost: false,
  ...extra,
});

const qualification = stage('st-qual', 'Qualification', {}, 1);
const won = stage('st-won', 'Closed Won', { 'zh-CN': '赢单', 'zh-TW': '成交' }, 2, { probability: 100, forecastCategory: 'CLOSED', isWon: true });
const pipeline: PipelineAdminFieldsFragment = {
  __typename: 'Pipeline',
  id: 'pl-1',
  name: 'New Business',
  canonicalName: 'New Business',
  names: { 'zh-CN': '新业务' },
  isDefault: true,
  currency: 'CNY',
  stages: [qualification, won],
};

const adminQuery = { request: { query: PipelineAdminDocument }, result: { data: { pipelines: [pipeline] } }, maxUsageCount: Number.POSITIVE_INFINITY };

describe('nameInput', () => {
  it('trims the name and sends every translation box, empty ones as "clear"', () => {
    expect(nameInput({ name: ' Qualification ', names: { 'zh-CN': ' 资格确认 ', en: '   ' } })).toEqual({ name: 'Qualification', names: { en: '', 'zh-CN': '资格确认', 'zh-TW': '' } });
  });
});

describe('PipelinesPage', { timeout: 60_000 }, () => {
  it('lists pipelines with their stages and translations, and saves a stage’s names', async () => {
    const saved = vi.fn(() => ({
      data: { updateStage: { __typename: 'UpdateStagePayload', stage: { ...qualification, canonicalName: 'Qualifying', name: 'Qualifying', names: { 'zh-CN': '资格确认', 'zh-TW': '資格確認' } } } },
    }));
    renderApp('/admin/pipelines', [
      meMock('ADMIN'),
      adminQuery,
      {
        request: { query: UpdateStageDocument, variables: { input: { id: 'st-qual', name: 'Qualifying', names: { en: '', 'zh-CN': '资格确认', 'zh-TW': '資格確認' } } } },
        result: saved,
      },
    ]);

    const card = await screen.findByTestId('pipeline-pl-1', {}, { timeout: 10_000 });
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('New Business');
    const stages = within(card).getByTestId('stages-pl-1');
    expect(within(stages).getByText('Qualification')).toBeTruthy();
    expect(within(stages).getByText('赢单')).toBeTruthy();
    expect(within(stages).getByText('成交')).toBeTruthy();
    // A missing translation says so to a screen reader rather than reading a dash.
    expect(within(stages).getAllByLabelText('No translation').length).toBeGreaterThanOrEqual(3);
    expect(within(stages).getByText('100%')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Edit stage Qualification' }));
    const canonical = (await screen.findByTestId('name-canonical')) as HTMLInputElement;
    expect(canonical.value).toBe('Qualification');
    fireEvent.change(canonical, { target: { value: 'Qualifying' } });
    fireEvent.change(screen.getByTestId('name-zh-cn'), { target: { value: ' 资格确认 ' } });
    fireEvent.change(screen.getByTestId('name-zh-tw'), { target: { value: '資格確認' } });
    fireEvent.click(screen.getByTestId('name-submit'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Saved “Qualifying”.', {}, { timeout: 5000 })).toBeTruthy();
    // The answer updates the cached stage, so the table shows the new names.
    await waitFor(() => expect(within(screen.getByTestId('stages-pl-1')).getByText('資格確認')).toBeTruthy());
  });

  it('shows a refused translation on its own box and keeps the dialog open', async () => {
    const refused = vi.fn(() => ({
      errors: [
        {
          message: 'The input is not valid.',
          extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.names.zh-TW', message: 'must be at most 80 characters' }] },
        },
      ],
    }));
    renderApp('/admin/pipelines', [
      meMock('ADMIN'),
      adminQuery,
      { request: { query: UpdatePipelineDocument, variables: { input: { id: 'pl-1', name: 'New Business', names: { en: '', 'zh-CN': '新业务', 'zh-TW': '新業務' } } } }, result: refused },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit pipeline New Business' }, { timeout: 10_000 }));
    expect(((await screen.findByTestId('name-zh-cn')) as HTMLInputElement).value).toBe('新业务');
    fireEvent.change(screen.getByTestId('name-zh-tw'), { target: { value: '新業務' } });
    fireEvent.click(screen.getByTestId('name-submit'));
    await waitFor(() => expect(refused).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const box = screen.getByTestId('name-zh-tw');
    await waitFor(() => expect(box.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByTestId('name-submit')).toBeTruthy();
  });

  it('is for administrators only', async () => {
    renderApp('/admin/pipelines', [meMock('SALES_MANAGER')]);
    expect(await screen.findByTestId('no-access', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('pipeline-pl-1')).toBeNull();
  });
});
