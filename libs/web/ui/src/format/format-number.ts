/** What a figure shows when it does not exist (a rate of nothing, a return without a cost). */
export const NO_FIGURE = '—';

/** A ratio (0.25) as a percentage in the reader's language ("25%"), or NO_FIGURE for none. */
export function formatPercent(ratio: number | null | undefined, language: string, maximumFractionDigits = 0): string {
  return ratio === null || ratio === undefined ? NO_FIGURE : new Intl.NumberFormat(language || 'en', { style: 'percent', maximumFractionDigits }).format(ratio);
}
