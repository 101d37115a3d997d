import type { CsatReportQuery, CsatResponsesQuery, CsatSettingsFieldsFragment, SaveCsatSettingsMutationVariables } from '@rapport/web-data-access';

export type CsatReport = CsatReportQuery['csatReport'];
export type CsatRow = CsatReport['total'];
export type CsatResponseNode = CsatResponsesQuery['csatResponses']['edges'][number]['node'];
export type CsatSettings = CsatSettingsFieldsFragment;
// The schema's enums, taken from the operations that use them (the data-access lib re-exports schema types one by one).
export type CsatMode = CsatSettings['mode'];
export type CsatQuestionKind = CsatSettings['questions'][number]['kind'];
export type Locale = CsatSettings['defaultLanguage'];
export type CsatGroupBy = CsatReport['groupBy'];
type SaveCsatSettingsInput = SaveCsatSettingsMutationVariables['input'];

export const CSAT_MODES: readonly CsatMode[] = ['OFF', 'EVERY', 'FIRST'];
export const QUESTION_KINDS: readonly CsatQuestionKind[] = ['RATING', 'YES_NO', 'TEXT'];
export const LANGUAGES: readonly Locale[] = ['EN', 'ZH_CN', 'ZH_TW'];
export const THRESHOLDS = [1, 2, 3, 4] as const;
export const RATINGS = [1, 2, 3, 4, 5] as const;
/** The report's groupings on offer (days are the trend chart's). */
export const GROUPINGS: readonly CsatGroupBy[] = ['AGENT', 'TEAM', 'QUEUE', 'CHANNEL'];
export const DEFAULT_GROUPING: CsatGroupBy = 'AGENT';
export const MAX_QUESTIONS = 10;

/** The periods on offer are the service dashboard's (the address keeps the choice, ?days=). */
export { DEFAULT_PERIOD, parsePeriod, PERIOD_DAYS, type PeriodDays } from '../dashboard/dashboard-model';

export function parseGrouping(value: string | null): CsatGroupBy {
  return (GROUPINGS as readonly string[]).includes(value ?? '') ? (value as CsatGroupBy) : DEFAULT_GROUPING;
}

/** The period as the API takes it: the last `days` days up to `now`. */
export function periodRange(days: number, now: number): { from: string; to: string } {
  return { from: new Date(now - days * 86_400_000).toISOString(), to: new Date(now).toISOString() };
}

/** A rating at or below the threshold is low (the same rule as the API's). */
export const isLowRating = (rating: number, threshold: number) => rating <= threshold;

/** The distribution of ratings 1–5 with each one's share of the responses. */
export function distribution(row: Pick<CsatRow, 'ratings' | 'responses'>): { rating: number; count: number; share: number | null }[] {
  return RATINGS.map((rating, i) => {
    const count = row.ratings[i] ?? 0;
    return { rating, count, share: row.responses ? count / row.responses : null };
  });
}

/** A question as the editor holds it: its texts as typed (empty for none). */
export interface QuestionDraft {
  /** Stable React key for the row (a new question has no saved key yet). */
  id: string;
  key: string;
  kind: CsatQuestionKind;
  required: boolean;
  en: string;
  zhCN: string;
  zhTW: string;
}

/** The settings as the editor holds them. */
export interface SettingsDraft {
  mode: CsatMode;
  lowRatingThreshold: number;
  defaultLanguage: Locale;
  questions: QuestionDraft[];
  /** Queue id → its own mode; null: follows the company's. */
  queueModes: Record<string, CsatMode | null>;
}

let drafts = 0;
const draftId = () => `q-${++drafts}`;

export function toDraft(s: CsatSettings): SettingsDraft {
  return {
    mode: s.mode,
    lowRatingThreshold: s.lowRatingThreshold,
    defaultLanguage: s.defaultLanguage,
    questions: s.questions.map((q) => ({ id: draftId(), key: q.key, kind: q.kind, required: q.required, en: q.text.en, zhCN: q.text.zhCN ?? '', zhTW: q.text.zhTW ?? '' })),
    queueModes: Object.fromEntries(s.queueModes.map((q) => [q.queueId, q.mode])),
  };
}

export const newQuestion = (): QuestionDraft => ({ id: draftId(), key: '', kind: 'RATING', required: false, en: '', zhCN: '', zhTW: '' });

/**
 * The mutation's input. Only the queues whose mode was changed on this page are sent (the server keeps
 * the others): another manager's change to another queue in the meantime is not overwritten, and a
 * company with many queues is not held to the input's list limit to change one.
 */
export function toInput(d: SettingsDraft, loaded: SettingsDraft['queueModes'] = {}): SaveCsatSettingsInput {
  return {
    mode: d.mode,
    lowRatingThreshold: d.lowRatingThreshold,
    defaultLanguage: d.defaultLanguage,
    questions: d.questions.map((q) => ({ key: q.key.trim(), kind: q.kind, required: q.required, text: { en: q.en.trim(), zhCN: q.zhCN.trim() || null, zhTW: q.zhTW.trim() || null } })),
    queueModes: Object.entries(d.queueModes)
      .filter(([queueId, mode]) => loaded[queueId] !== mode)
      .map(([queueId, mode]) => ({ queueId, mode })),
  };
}

/** The list with item `i` moved one place up (-1) or down (+1); unchanged at either end. */
export function move<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return [...list];
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** A suggested key from the English text ("Was it fast?" → "was_it_fast"), for a question without one. */
export function suggestKey(text: string): string {
  const key = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return key;
}
