import { useMutation } from '@apollo/client/react';
import { errorMessageOf, fieldErrorsOf, MoveOpportunityStageDocument } from '@rapport/web-data-access';
import type { TFunction } from 'i18next';

/** What to tell the person when the API refuses a move ("A won deal needs an amount."). */
export function stageMoveErrorMessage(t: TFunction, error: unknown): string {
  const fields = fieldErrorsOf(error).map((f) => f.message).filter(Boolean);
  if (fields.length) return fields.join(' ');
  return errorMessageOf(error) ?? t('errors.generic');
}

/** Moves a deal to a stage; the account timeline and lists refresh afterwards. */
export function useMoveOpportunityStage() {
  const [mutate, state] = useMutation(MoveOpportunityStageDocument, {
    refetchQueries: ['AccountTimeline', 'SalesOverview'],
  });
  const move = (id: string, stageId: string, lostReason?: string) =>
    mutate({ variables: { input: { id, stageId, lostReason: lostReason ?? undefined } } });
  return [move, state] as const;
}
