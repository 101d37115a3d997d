import type { AttributionModel } from '@rapport/web-data-access';
import { currencyName } from '@rapport/web-ui';
import { Alert, DatePicker, Flex, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_ATTRIBUTION_MODELS, attributionModelLabel } from '../campaign-labels';
import { PERIOD_PRESETS, presetRange, type DayRange, type PeriodPreset } from './period';

const DAY_FORMAT = 'YYYY-MM-DD';

/** A visible label above its control (antd's pickers take an `id` for the label's `htmlFor`). */
function Labelled({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong id={`${id}-label`}>
        <label htmlFor={id}>{label}</label>
      </Typography.Text>
      {children}
    </Flex>
  );
}

export interface DashboardControlsProps {
  preset: PeriodPreset;
  range: DayRange;
  model: AttributionModel;
  windowDays: number;
  onPreset: (preset: PeriodPreset) => void;
  onRange: (range: DayRange) => void;
  onModel: (model: AttributionModel) => void;
  onWindowDays: (days: number) => void;
  /** The currency every amount is shown in, and those that can be picked (the ones with a rate). */
  currency: string;
  currencies: readonly string[];
  onCurrency: (currency: string) => void;
}

/**
 * Period (a preset or a custom range), attribution model, influence window and currency. A custom range is
 * only sent once both ends are there and in order; until then the last good range stays on screen.
 */
export function DashboardControls(props: DashboardControlsProps) {
  const { t, i18n } = useTranslation();
  const base = useId();
  const [draft, setDraft] = useState<{ from: Dayjs | null; to: Dayjs | null }>({ from: dayjs(props.range.from), to: dayjs(props.range.to) });
  const badRange = draft.from && draft.to && draft.from.isAfter(draft.to, 'day');
  const presetLabel: Record<PeriodPreset, string> = {
    thisYear: t('marketing.dashboard.preset.thisYear'),
    lastYear: t('marketing.dashboard.preset.lastYear'),
    thisQuarter: t('marketing.dashboard.preset.thisQuarter'),
    last12Months: t('marketing.dashboard.preset.last12Months'),
    custom: t('marketing.dashboard.preset.custom'),
  };

  const pickDay = (end: 'from' | 'to', day: Dayjs | null) => {
    const next = { ...draft, [end]: day };
    setDraft(next);
    if (next.from && next.to && !next.from.isAfter(next.to, 'day')) props.onRange({ from: next.from.format(DAY_FORMAT), to: next.to.format(DAY_FORMAT) });
  };
  const pickPreset = (preset: PeriodPreset) => {
    // Custom starts from the range on screen, so switching to it changes nothing until a day is picked.
    if (preset !== 'custom') {
      const range = presetRange(preset);
      setDraft({ from: dayjs(range.from), to: dayjs(range.to) });
    }
    props.onPreset(preset);
  };

  return (
    <Flex vertical gap="small" style={{ marginBottom: 16 }}>
      <Flex gap="middle" wrap align="flex-end" role="group" aria-label={t('marketing.dashboard.period')} data-testid="dashboard-controls">
        <Labelled label={t('marketing.dashboard.period')} id={`${base}-preset`}>
          <Select<PeriodPreset>
            id={`${base}-preset`}
            value={props.preset}
            onChange={pickPreset}
            options={PERIOD_PRESETS.map((p) => ({ value: p, label: presetLabel[p] }))}
            style={{ minWidth: 160 }}
            data-testid="dashboard-period"
          />
        </Labelled>
        {props.preset === 'custom' ? (
          <>
            <Labelled label={t('marketing.dashboard.from')} id={`${base}-from`}>
              <DatePicker id={`${base}-from`} value={draft.from} onChange={(d) => pickDay('from', d)} allowClear={false} data-testid="dashboard-from" />
            </Labelled>
            <Labelled label={t('marketing.dashboard.to')} id={`${base}-to`}>
              <DatePicker id={`${base}-to`} value={draft.to} onChange={(d) => pickDay('to', d)} allowClear={false} data-testid="dashboard-to" />
            </Labelled>
          </>
        ) : null}
        <Labelled label={t('marketing.roi.model')} id={`${base}-model`}>
          <Select<AttributionModel>
            id={`${base}-model`}
            value={props.model}
            onChange={props.onModel}
            options={ALL_ATTRIBUTION_MODELS.map((m) => ({ value: m, label: attributionModelLabel(t, m) }))}
            style={{ minWidth: 200 }}
            data-testid="dashboard-model"
          />
        </Labelled>
        <Labelled label={t('marketing.dashboard.windowDays')} id={`${base}-window`}>
          <InputNumber<number>
            id={`${base}-window`}
            value={props.windowDays}
            min={0}
            max={730}
            precision={0}
            // An emptied box is not a window of 0 days: keep the last value.
            onChange={(days) => (days === null ? undefined : props.onWindowDays(days))}
            style={{ width: 120 }}
            data-testid="dashboard-window"
          />
        </Labelled>
        <Labelled label={t('marketing.dashboard.currency')} id={`${base}-currency`}>
          <Select<string>
            id={`${base}-currency`}
            value={props.currency}
            onChange={props.onCurrency}
            // The code is what the figures show; the name helps with the less common ones.
            options={props.currencies.map((c) => ({ value: c, label: currencyName(c, i18n.language) ? `${c} · ${currencyName(c, i18n.language)}` : c }))}
            popupMatchSelectWidth={false}
            style={{ minWidth: 120 }}
            data-testid="dashboard-currency"
          />
        </Labelled>
      </Flex>
      {badRange ? <Alert type="warning" showIcon title={t('marketing.dashboard.badRange')} data-testid="dashboard-bad-range" /> : null}
    </Flex>
  );
}
