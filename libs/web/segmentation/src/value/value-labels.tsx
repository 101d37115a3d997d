import { lifecycleStageLabel } from '@rapport/web-core';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

// The API's values (RFM cells, churn bands, run statuses) in the reader's words; an unknown value
// (a later server's) shows as the API spells it rather than as nothing. The cells' names are the
// domain's RFM_CELL_NAMES. Lifecycle stages are named by web-core's lifecycleStageLabel (the contact
// timeline names them too). The segment builder names its cell, band and stage choices with these
// same functions, so the cell and band words (customerValue.*) come with the segments area too
// (lazy-messages.ts).

export function rfmCellLabel(t: TFunction, cell: string): string {
  switch (cell) {
    case 'champions':
      return t('customerValue.cells.champions');
    case 'loyal':
      return t('customerValue.cells.loyal');
    case 'potential_loyalist':
      return t('customerValue.cells.potentialLoyalist');
    case 'new_customers':
      return t('customerValue.cells.newCustomers');
    case 'promising':
      return t('customerValue.cells.promising');
    case 'need_attention':
      return t('customerValue.cells.needAttention');
    case 'about_to_sleep':
      return t('customerValue.cells.aboutToSleep');
    case 'at_risk':
      return t('customerValue.cells.atRisk');
    case 'cannot_lose':
      return t('customerValue.cells.cannotLose');
    case 'hibernating':
      return t('customerValue.cells.hibernating');
    case 'lost':
      return t('customerValue.cells.lost');
    default:
      return cell;
  }
}

export function churnBandLabel(t: TFunction, band: string): string {
  switch (band) {
    case 'low':
      return t('customerValue.bands.low');
    case 'medium':
      return t('customerValue.bands.medium');
    case 'high':
      return t('customerValue.bands.high');
    default:
      return band;
  }
}

export function runStatusLabel(t: TFunction, status: string): string {
  switch (status) {
    case 'queued':
      return t('customerValue.runs.status.queued');
    case 'running':
      return t('customerValue.runs.status.running');
    case 'succeeded':
      return t('customerValue.runs.status.succeeded');
    case 'failed':
      return t('customerValue.runs.status.failed');
    default:
      return status;
  }
}

/** The model's time unit (BG/NBD counts time in it): weeks unless the server says otherwise. */
export function timeUnitLabel(t: TFunction, unit: string): string {
  switch (unit) {
    case 'week':
      return t('customerValue.model.weeks');
    case 'day':
      return t('customerValue.model.days');
    default:
      return unit;
  }
}

const STAGE_COLORS: Record<string, string> = {
  subscriber: 'default',
  lead: 'default',
  opportunity: 'processing',
  customer: 'blue',
  repeat_customer: 'green',
  at_risk: 'orange',
  lapsed: 'red',
};

export function StageTag({ stage }: { stage: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STAGE_COLORS[stage] ?? 'default'} style={{ marginInlineEnd: 0 }} data-testid="value-stage">
      {lifecycleStageLabel(t, stage)}
    </Tag>
  );
}

const BAND_COLORS: Record<string, string> = { low: 'green', medium: 'gold', high: 'red' };

export function BandTag({ band }: { band: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={BAND_COLORS[band] ?? 'default'} style={{ marginInlineEnd: 0 }} data-testid="value-band">
      {churnBandLabel(t, band)}
    </Tag>
  );
}

const RUN_COLORS: Record<string, string> = { queued: 'default', running: 'processing', succeeded: 'success', failed: 'error' };

export function RunStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={RUN_COLORS[status] ?? 'default'} style={{ marginInlineEnd: 0 }} data-testid="value-run-status">
      {runStatusLabel(t, status)}
    </Tag>
  );
}
