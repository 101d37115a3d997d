import { useMutation } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf, ResolveCommitmentDocument, type CommitmentRowFragment } from '@rapport/web-data-access';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evictLists } from '../shared/evict';

/** Marks a promise kept or broken (or open again); lists refresh, since the row may leave a filter. */
export function useResolveCommitment() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busyId, setBusyId] = useState<string>();
  const [resolve] = useMutation(ResolveCommitmentDocument, { update: evictLists('commitments') });
  const run = async (c: CommitmentRowFragment, status: 'kept' | 'broken' | 'open') => {
    setBusyId(c.id);
    try {
      await resolve({ variables: { input: { id: c.id, status } } });
      void message.success(status === 'kept' ? t('revenue.commitments.keptMessage') : status === 'broken' ? t('revenue.commitments.brokenMessage') : t('revenue.commitments.reopenedMessage'));
    } catch (e) {
      void message.error(errorCodeOf(e) ? (errorMessageOf(e) ?? t('errors.generic')) : t('errors.network'));
    } finally {
      setBusyId(undefined);
    }
  };
  return { resolve: run, busyId };
}
