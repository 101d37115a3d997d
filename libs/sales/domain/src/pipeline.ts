import { ForecastCategory, LeadStatus } from './enums';

export interface StageRule {
  id: string;
  name: string;
  position: number;
  probability: number;
  forecastCategory: ForecastCategory;
  isWon: boolean;
  isLost: boolean;
}

export interface StageMoveProblem {
  path: string;
  message: string;
}

/**
 * What a move to another stage needs: a lost deal needs its reason (win/loss analysis depends
 * on it), a won deal needs an amount (it becomes revenue), and stages belong to the deal's pipeline.
 */
export function checkStageMove(
  target: StageRule & { pipelineId: string },
  deal: { pipelineId: string; amount: number | null },
  input: { lostReason?: string | null },
): StageMoveProblem[] {
  const problems: StageMoveProblem[] = [];
  if (target.pipelineId !== deal.pipelineId) problems.push({ path: 'input.stageId', message: 'This stage belongs to another pipeline.' });
  if (target.isLost && !input.lostReason?.trim()) problems.push({ path: 'input.lostReason', message: 'Say why the deal was lost.' });
  if (target.isWon && (deal.amount === null || deal.amount <= 0)) problems.push({ path: 'input.stageId', message: 'A won deal needs an amount.' });
  return problems;
}

/** Pipelines need ordered stages with sane probabilities and exactly one won and one lost stage. */
export function checkPipelineStages(stages: Omit<StageRule, 'id'>[]): StageMoveProblem[] {
  const problems: StageMoveProblem[] = [];
  if (stages.length < 2) problems.push({ path: 'input.stages', message: 'A pipeline needs at least two stages.' });
  stages.forEach((s, i) => {
    if (!Number.isInteger(s.probability) || s.probability < 0 || s.probability > 100) {
      problems.push({ path: `input.stages.${i}.probability`, message: 'Probability is a whole percentage from 0 to 100.' });
    }
    if (s.isWon && s.isLost) problems.push({ path: `input.stages.${i}`, message: 'A stage cannot be both won and lost.' });
  });
  if (stages.filter((s) => s.isWon).length !== 1) problems.push({ path: 'input.stages', message: 'Mark exactly one stage as won.' });
  if (stages.filter((s) => s.isLost).length !== 1) problems.push({ path: 'input.stages', message: 'Mark exactly one stage as lost.' });
  return problems;
}

/** Weighted amount for the pipeline view and forecasts. */
export function weightedAmount(amount: number | null, probability: number): number {
  return amount ? Math.round(amount * probability) / 100 : 0;
}

const OPEN_LEAD_STATUSES = new Set([LeadStatus.New, LeadStatus.Working, LeadStatus.Nurturing, LeadStatus.Qualified]);

export function isOpenLead(status: LeadStatus): boolean {
  return OPEN_LEAD_STATUSES.has(status);
}

/** A converted lead is history: it can't be converted again or moved back. */
export function checkLeadStatusChange(from: LeadStatus, to: LeadStatus): string | null {
  if (from === LeadStatus.Converted && to !== LeadStatus.Converted) return 'A converted lead cannot change status.';
  if (to === LeadStatus.Converted && from !== LeadStatus.Converted) return 'Use "Convert" to convert a lead.';
  return null;
}
