/**
 * RFM scoring (recency, frequency, monetary; Hughes, "Strategic Database Marketing") by quintiles, and
 * the usual named cells on the R × FM grid.
 */

export interface RfmInput {
  id: string;
  /** Days since the last order: fewer is better. */
  recencyDays: number;
  frequency: number;
  monetary: number;
}

export interface RfmScore {
  r: number;
  f: number;
  m: number;
}

/**
 * The score rule needs only four order statistics. With jₖ = ⌈k·n/5⌉ (k = 1…4):
 * "at least jₖ values are strictly below v" ⟺ sorted[jₖ − 1] < v, so the score is 1 + the number of
 * those thresholds v beats. Four comparisons per row instead of a binary search.
 */
function higherIsBetter(sorted: Float64Array): (v: number) => number {
  const n = sorted.length;
  const cut = [1, 2, 3, 4].map((k) => sorted[Math.ceil((k * n) / 5) - 1]);
  return (v) => 1 + (cut[0] < v ? 1 : 0) + (cut[1] < v ? 1 : 0) + (cut[2] < v ? 1 : 0) + (cut[3] < v ? 1 : 0);
}

/** Mirror image for recency: "at least jₖ values strictly above v" ⟺ sorted[n − jₖ] > v. */
function lowerIsBetter(sorted: Float64Array): (v: number) => number {
  const n = sorted.length;
  const cut = [1, 2, 3, 4].map((k) => sorted[n - Math.ceil((k * n) / 5)]);
  return (v) => 1 + (cut[0] > v ? 1 : 0) + (cut[1] > v ? 1 : 0) + (cut[2] > v ? 1 : 0) + (cut[3] > v ? 1 : 0);
}

/**
 * Scores 1–5 per dimension. Tie rule: score = 1 + ⌊5 · (rows with a strictly worse value) / n⌋.
 * Equal values therefore always get equal scores, and the result does not depend on input order (a
 * plain "sort and cut into fifths" would split a run of equal values arbitrarily). With distinct values
 * each score holds n/5 rows (±1). With heavy ties a score can be skipped: if 60% of customers bought
 * once, they all score F = 1 and the next frequency scores 1 + ⌊5·0.6⌋ = 4.
 * O(n log n): one typed-array sort per dimension, then four comparisons per row (1e6 rows take well
 * under a second here; most of it is building the Map of a million string keys).
 */
export function rfmScores(rows: readonly RfmInput[]): Map<string, RfmScore> {
  const n = rows.length;
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  rows.forEach((row, i) => {
    if (!Number.isFinite(row.recencyDays) || !Number.isFinite(row.frequency) || !Number.isFinite(row.monetary)) {
      throw new RangeError(`RFM values must be finite numbers (row ${row.id})`);
    }
    recency[i] = row.recencyDays;
    frequency[i] = row.frequency;
    monetary[i] = row.monetary;
  });
  recency.sort();
  frequency.sort();
  monetary.sort();
  const rScore = lowerIsBetter(recency);
  const fScore = higherIsBetter(frequency);
  const mScore = higherIsBetter(monetary);
  const out = new Map<string, RfmScore>();
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    out.set(row.id, { r: rScore(row.recencyDays), f: fScore(row.frequency), m: mScore(row.monetary) });
  }
  // Checked once at the end: a has() per row would cost a second string hash on a million rows.
  if (out.size !== n) throw new RangeError('RFM row ids must be unique');
  return out;
}

/** Named cells, best first. */
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
export type RfmCell = (typeof RFM_CELLS)[number];

/**
 * Rows R = 5 … 1, columns FM = 1 … 5. This is the widely used R × F segment map (e.g. "5[4-5]" =
 * champions, "[3-4][4-5]" = loyal, "[4-5][2-3]" = potential loyalists, "41" promising, "51" new, "33"
 * need attention, "3[1-2]" about to sleep, "[1-2][3-4]" at risk, "[1-2]5" cannot lose, "[1-2][1-2]"
 * hibernating) with the column taken as the average of F and M, and "lost" split off as the R = 1,
 * FM ≤ 2 corner of "hibernating" so it names the customers least worth chasing.
 */
const GRID: readonly (readonly RfmCell[])[] = [
  ['new_customers', 'potential_loyalist', 'potential_loyalist', 'champions', 'champions'],
  ['promising', 'potential_loyalist', 'potential_loyalist', 'loyal', 'loyal'],
  ['about_to_sleep', 'about_to_sleep', 'need_attention', 'loyal', 'loyal'],
  ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cannot_lose'],
  ['lost', 'lost', 'at_risk', 'at_risk', 'cannot_lose'],
];

/** The cell for scores 1–5; FM = (F + M) / 2 rounded half up (F = 2, M = 3 counts as 3). */
export function rfmCell(r: number, f: number, m: number): RfmCell {
  for (const s of [r, f, m]) if (!(Number.isInteger(s) && s >= 1 && s <= 5)) throw new RangeError(`RFM scores are whole numbers 1–5, got ${s}`);
  const fm = Math.ceil((f + m) / 2);
  return GRID[5 - r][fm - 1];
}

/** Display names: Simplified Chinese with mainland terms, Traditional Chinese with Taiwan terms. */
export const RFM_CELL_NAMES: Record<RfmCell, { en: string; 'zh-CN': string; 'zh-TW': string }> = {
  champions: { en: 'Champions', 'zh-CN': '冠军客户', 'zh-TW': '冠軍客戶' },
  loyal: { en: 'Loyal', 'zh-CN': '忠诚客户', 'zh-TW': '忠誠客戶' },
  potential_loyalist: { en: 'Potential loyalists', 'zh-CN': '潜在忠诚客户', 'zh-TW': '潛在忠誠客戶' },
  new_customers: { en: 'New customers', 'zh-CN': '新客户', 'zh-TW': '新客戶' },
  promising: { en: 'Promising', 'zh-CN': '有潜力客户', 'zh-TW': '有潛力客戶' },
  need_attention: { en: 'Need attention', 'zh-CN': '需要关注', 'zh-TW': '需要關注' },
  about_to_sleep: { en: 'About to sleep', 'zh-CN': '即将沉睡', 'zh-TW': '即將休眠' },
  at_risk: { en: 'At risk', 'zh-CN': '有流失风险', 'zh-TW': '有流失風險' },
  cannot_lose: { en: 'Cannot lose them', 'zh-CN': '不能流失的客户', 'zh-TW': '不能流失的客戶' },
  hibernating: { en: 'Hibernating', 'zh-CN': '沉睡客户', 'zh-TW': '休眠客戶' },
  lost: { en: 'Lost', 'zh-CN': '已流失客户', 'zh-TW': '已流失客戶' },
};
