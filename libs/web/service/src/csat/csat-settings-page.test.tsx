import { CsatSettingsDocument, SaveCsatSettingsDocument, type SaveCsatSettingsMutationVariables } from '@rapport/web-data-access';
import { pickOption } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { axeViolations, renderRoutes } from '../cases/cases-fixtures';
import { answering } from '../routing/routing-fixtures';
import { Q_NORTH, Q_SOUTH, settings } from './csat-fixtures';
import { CSAT_ROUTES } from './routes';

const PATH = '/service/csat/settings';

/**
 * Picks an option of this very Select: the queue table's Selects share their option texts, and a
 * dropdown opened before stays in the DOM, so the option is looked up in the dropdown opened last
 * (antd appends each to the body when it first opens).
 */
async function pickIn(select: HTMLElement, label: string) {
  const before = document.querySelectorAll('.ant-select-dropdown').length;
  fireEvent.mouseDown(select.querySelector('input')!);
  const option = await waitFor(() => {
    const dropdowns = document.querySelectorAll('.ant-select-dropdown');
    if (dropdowns.length <= before) throw new Error('The dropdown did not open');
    const found = [...dropdowns[dropdowns.length - 1]!.querySelectorAll('.ant-select-item-option')].find((el) => el.textContent === label);
    if (!found) throw new Error(`No option "${label}"`);
    return found;
  });
  fireEvent.click(option);
}
const saved = (v: SaveCsatSettingsMutationVariables) => ({ saveCsatSettings: { __typename: 'SaveCsatSettingsPayload', settings: { ...settings(), mode: v.input.mode } } });

describe('CSAT settings', { timeout: 60_000 }, () => {
  it('saves the mode, threshold, language, edited and reordered questions and every queue’s mode', async () => {
    const asked: SaveCsatSettingsMutationVariables[] = [];
    const save = {
      request: { query: SaveCsatSettingsDocument, variables: () => true },
      result: (v: SaveCsatSettingsMutationVariables) => {
        asked.push(v);
        return { data: saved(v) };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderRoutes(CSAT_ROUTES, PATH, [answering(CsatSettingsDocument, [{ csatSettings: settings() }]), save as never], 'SERVICE_MANAGER');
    await screen.findByTestId('csat-settings', {}, { timeout: 10_000 });
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Survey settings']);
    // The queue table shows each queue's own mode, or the company's it follows.
    expect(within(screen.getByTestId(`csat-queue-mode-${Q_NORTH}`)).getByText('Off')).toBeTruthy();
    expect(within(screen.getByTestId(`csat-queue-mode-${Q_SOUTH}`)).getByText('Company setting (Every resolution)')).toBeTruthy();
    expect(screen.getByTestId('csat-queue-modes').textContent).toContain('Inactive');

    fireEvent.click(screen.getByRole('radio', { name: /First resolution only/ }));
    await pickOption(screen.getByTestId('csat-threshold'), '3 or below');
    await pickOption(screen.getByTestId('csat-language'), 'Traditional Chinese (繁體中文)');
    // A new question: its key is suggested from the English text.
    fireEvent.click(screen.getByTestId('csat-question-add'));
    const second = screen.getAllByTestId('csat-question')[1]!;
    const en = within(second).getByTestId('csat-question-en');
    fireEvent.change(en, { target: { value: 'Would you call again?' } });
    fireEvent.blur(en);
    expect((within(second).getByTestId('csat-question-key') as HTMLInputElement).value).toBe('would_you_call_again');
    await pickOption(within(second).getByTestId('csat-question-kind'), 'Yes or no');
    fireEvent.change(within(second).getByTestId('csat-question-zhTW'), { target: { value: '您會再來電嗎？' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move question 2 up' }));
    await pickIn(screen.getByTestId(`csat-queue-mode-${Q_NORTH}`), 'Company setting (First resolution only)');
    await pickIn(screen.getByTestId(`csat-queue-mode-${Q_SOUTH}`), 'Every resolution');

    fireEvent.click(screen.getByTestId('csat-settings-save'));
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]!.input).toEqual({
      mode: 'FIRST',
      lowRatingThreshold: 3,
      defaultLanguage: 'ZH_TW',
      questions: [
        { key: 'would_you_call_again', kind: 'YES_NO', required: false, text: { en: 'Would you call again?', zhCN: null, zhTW: '您會再來電嗎？' } },
        { key: 'speed', kind: 'RATING', required: true, text: { en: 'Was the answer fast?', zhCN: '回复及时吗？', zhTW: null } },
      ],
      queueModes: [
        { queueId: Q_NORTH, mode: null },
        { queueId: Q_SOUTH, mode: 'EVERY' },
      ],
    });
    expect(await screen.findByText('Survey settings saved.')).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('removes a question and shows the server’s error by its words', async () => {
    const asked: SaveCsatSettingsMutationVariables[] = [];
    const fail = answering(SaveCsatSettingsDocument, [new GraphQLError('This queue does not exist.', { extensions: { code: 'VALIDATION' } })], asked);
    renderRoutes(CSAT_ROUTES, PATH, [answering(CsatSettingsDocument, [{ csatSettings: settings() }]), fail], 'ADMIN');
    await screen.findByTestId('csat-settings', {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Remove question 1' }));
    expect(screen.getByTestId('csat-questions-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('csat-settings-save'));
    expect((await screen.findByTestId('csat-settings-error')).textContent).toContain('This queue does not exist.');
    expect(asked[0]!.input.questions).toEqual([]);
    // No queue's mode was touched: none is sent, so nobody else's change to one is overwritten.
    expect(asked[0]!.input.queueModes).toEqual([]);
  });

  it('is read-only to those who may only read service set-up', async () => {
    renderRoutes(CSAT_ROUTES, PATH, [answering(CsatSettingsDocument, [{ csatSettings: settings({ queueModes: [] }) }])], 'SERVICE_AGENT');
    await screen.findByTestId('csat-settings', {}, { timeout: 10_000 });
    expect(screen.getByTestId('csat-settings-read-only')).toBeTruthy();
    expect(screen.queryByTestId('csat-settings-save')).toBeNull();
    expect(screen.queryByTestId('csat-question-add')).toBeNull();
    expect(screen.getByTestId('csat-queue-modes-empty')).toBeTruthy();
    expect((screen.getByTestId('csat-question-en') as HTMLInputElement).disabled).toBe(true);
  });
});
