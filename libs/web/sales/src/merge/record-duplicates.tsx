import type { MergeableObject } from '@rapport/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DuplicatesWarning } from '../shared/duplicates-warning';
import { usePossibleDuplicates, type DuplicateProbe } from '../shared/use-possible-duplicates';
import { MergeDialog } from './merge-dialog';

const TYPE_NAMES: Record<MergeableObject, string> = { ACCOUNT: 'account', CONTACT: 'contact', LEAD: 'lead' };

export interface RecordDuplicatesProps {
  objectType: MergeableObject;
  recordId: string;
  /** The record's own name, email and phone: what the API matches on. */
  probe: Omit<DuplicateProbe, 'excludeId'>;
}

/** A record page's warning about records that look like it, with "Merge" for same-kind ones. */
export function RecordDuplicates({ objectType, recordId, probe }: RecordDuplicatesProps) {
  const { t } = useTranslation();
  const candidates = usePossibleDuplicates({ ...probe, excludeId: recordId });
  const [other, setOther] = useState<string>();
  return (
    <>
      <DuplicatesWarning
        candidates={candidates}
        hint={t('duplicates.recordHint')}
        mergeType={TYPE_NAMES[objectType]}
        onMerge={(c) => setOther(c.id)}
      />
      <MergeDialog open={Boolean(other)} objectType={objectType} ids={other ? [recordId, other] : undefined} onClose={() => setOther(undefined)} />
    </>
  );
}
