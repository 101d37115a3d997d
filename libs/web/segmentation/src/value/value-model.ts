import type { ClvModelRunFieldsFragment } from '@rapport/web-data-access';

/** The named RFM cells, best first (the domain's RFM_CELLS; web code may not import the domain). */
export const RFM_CELLS = [
  'champions',
  'loyal',
  'potential_loyalist',
  'new_customers',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cannot_lose',
  'hibernating',
  'lost',
] as const;
export type RfmCellName = (typeof RFM_CELLS)[number];

export const LIFECYCLE_STAGES = ['subscriber', 'lead', 'opportunity', 'customer', 'repeat_customer', 'at_risk', 'lapsed'] as const;
export const CHURN_BANDS = ['low', 'medium', 'high'] as const;

/**
 * The cell of each (R, FM) position, rows R = 5 … 1, columns FM = 1 … 5: a copy of the domain's
 * map (libs/segmentation/domain value/rfm.ts), so a cell nobody is in yet still has its name. The
 * API's `rfmGrid` gives only the occupied cells, each with its name; when it names a cell, that wins.
 */
const GRID: readonly (readonly RfmCellName[])[] = [
  ['new_customers', 'potential_loyalist', 'potential_loyalist', 'champions', 'champions'],
  ['promising', 'potential_loyalist', 'potential_loyalist', 'loyal', 'loyal'],
  ['about_to_sleep', 'about_to_sleep', 'need_attention', 'loyal', 'loyal'],
  ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cannot_lose'],
  ['lost', 'lost', 'at_risk', 'at_risk', 'cannot_lose'],
];

export const SCORES = [1, 2, 3, 4, 5] as const;

export interface RfmGridRow {
  r: number;
  fm: number;
  cell: string;
  customers: number;
  revenue: number;
}

export interface GridCell {
  r: number;
  fm: number;
  cell: string;
  customers: number;
  revenue: number;
  /** 0…1: the cell's customers against the fullest cell's (the heat map's shade). */
  share: number;
}

export interface RfmGridModel {
  /** Rows R = 5 (bought most recently) down to 1, each with columns FM = 1 … 5. */
  rows: GridCell[][];
  customers: number;
  revenue: number;
  /** The fullest cell's customers (0 when nobody has been scored). */
  max: number;
}

/**
 * The 5 × 5 heat map from the API's rows: every position present (empty ones with 0), rows best
 * recency first. Rows outside 1–5 are ignored; two rows on one position (not expected) add up.
 */
export function buildRfmGrid(input: readonly RfmGridRow[]): RfmGridModel {
  const rows: GridCell[][] = GRID.map((names, i) => names.map((cell, j) => ({ r: 5 - i, fm: j + 1, cell, customers: 0, revenue: 0, share: 0 })));
  let customers = 0;
  let revenue = 0;
  for (const row of input) {
    if (!SCORES.includes(row.r as 1) || !SCORES.includes(row.fm as 1)) continue;
    const target = rows[5 - row.r]![row.fm - 1]!;
    target.customers += row.customers;
    target.revenue += row.revenue;
    if (row.cell) target.cell = row.cell;
    customers += row.customers;
    revenue += row.revenue;
  }
  const max = Math.max(0, ...rows.flat().map((c) => c.customers));
  for (const c of rows.flat()) c.share = max ? c.customers / max : 0;
  return { rows, customers, revenue, max };
}

/**
 * A cell's background and text colour: white for nobody, then eight steps of blue by share, the
 * text switching to white where the blue is dark enough to keep a 4.5 : 1 contrast.
 */
export function heatColors(share: number, customers: number): { background: string; color: string } {
  if (!customers) return { background: '#ffffff', color: 'rgba(0, 0, 0, 0.65)' };
  const steps = ['#e6f4ff', '#bae0ff', '#91caff', '#69b1ff', '#4096ff', '#0958d9', '#003eb3', '#002c8c'];
  const i = Math.min(steps.length - 1, Math.floor(Math.max(0, Math.min(1, share)) * steps.length));
  // #0958d9 and darker carry white text at 6 : 1 or more; the lighter ones dark text at 5.6 : 1 or more
  // (antd's #1677ff between them reaches 4.5 : 1 with neither, so the scale skips it).
  return { background: steps[i]!, color: i >= 5 ? '#ffffff' : 'rgba(0, 0, 0, 0.88)' };
}

/** Statuses during which a run is still working (the page polls until none is). */
export const isActive = (status: string | undefined): boolean => status === 'queued' || status === 'running';

/** The newest run that finished well: the one whose model and holdout the page shows. */
export function latestSucceeded<T extends Pick<ClvModelRunFieldsFragment, 'status'>>(runs: readonly T[]): T | undefined {
  return runs.find((r) => r.status === 'succeeded');
}

/** The calibration end the "Run now" form suggests: 26 weeks before the run's date. */
export const CALIBRATION_WEEKS = 26;

export function defaultCalibrationEnd(asOf: Date): Date {
  return new Date(asOf.getTime() - CALIBRATION_WEEKS * 7 * 86_400_000);
}

export interface HoldoutPoint {
  label: string;
  customers: number;
  predicted: number;
  actual: number;
}

/** The holdout groups in calibration-frequency order (0, 1, …, 7+), as the chart reads them. */
export function holdoutPoints(groups: readonly { frequency: number; label: string; customers: number; meanActual: number; meanPredicted: number }[]): HoldoutPoint[] {
  return [...groups].sort((a, b) => a.frequency - b.frequency).map((g) => ({ label: g.label, customers: g.customers, predicted: g.meanPredicted, actual: g.meanActual }));
}

/** A model parameter: four significant digits ("0.2431", "12.57", "1,234"), the dash when the fit gave none. */
export function formatParameter(value: number | null | undefined, language: string): string | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  return new Intl.NumberFormat(language, { maximumSignificantDigits: 4 }).format(value);
}

/** A log-likelihood: whole numbers with separators ("-12,345.7"). */
export function formatLogLikelihood(value: number | null | undefined, language: string): string | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** A probability as a whole percent ("87%"); under 1% but not 0 as "<1%" so a tiny risk does not read as none. */
export function formatPercent(value: number | null | undefined, language: string): string | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  const format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  if (value > 0 && value < 0.01) return `<${format.format(0.01)}`;
  if (value < 1 && value > 0.99) return `>${format.format(0.99)}`;
  return format.format(value);
}

/** Expected purchases and mean purchases: two decimals at most ("1.25", "0.4"). */
export function formatDecimal(value: number | null | undefined, language: string, digits = 2): string | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** How long something took, in the largest fitting unit: "850 ms", "12.4 s", "3 min 5 s". */
export function durationParts(ms: number | null | undefined): { unit: 'ms' | 's' | 'min'; value: number; seconds?: number } | undefined {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return undefined;
  if (ms < 1000) return { unit: 'ms', value: Math.round(ms) };
  if (ms < 60_000) return { unit: 's', value: Math.round(ms / 100) / 10 };
  const total = Math.round(ms / 1000);
  return { unit: 'min', value: Math.floor(total / 60), seconds: total % 60 };
}

/**
 * Order amounts are summed as stored, in the organisation's currency (the base of the exchange
 * rates), so revenue and CLV are shown in it.
 */
export const VALUE_CURRENCY = 'CNY';

/** Money where space is short (a grid cell, a chart axis): "CN¥1.2M", "¥120万". */
export function formatCompactMoney(value: number | null | undefined, language: string, currency = VALUE_CURRENCY): string | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(value);
  } catch {
    return `${new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(value)} ${currency}`;
  }
}
