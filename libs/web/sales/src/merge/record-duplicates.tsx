import { useQuery } from '@apollo/client/react';
import { AccountsDocument, ContactsDocument, LeadsDocument, type MergeableObject } from '@rapport/web-data-access';
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
  /** This record's `viewerCan.merge`: without it no merge is offered at all. */
  canMerge: boolean;
}

/**
 * Which of the same-kind candidates this viewer may merge: a merge changes every record in it, so
 * each one's `viewerCan.merge` counts — one list query for all of them, only when a merge is possible.
 */
function useMergeable(objectType: MergeableObject, ids: string[], enabled: boolean): Set<string> {
  const variables = { first: Math.max(ids.length, 1), filter: { id: { in: ids } } };
  const skip = (type: MergeableObject) => !enabled || ids.length === 0 || objectType !== type;
  const accounts = useQuery(AccountsDocument, { variables, skip: skip('ACCOUNT') });
  const contacts = useQuery(ContactsDocument, { variables, skip: skip('CONTACT') });
  const leads = useQuery(LeadsDocument, { variables, skip: skip('LEAD') });
  const edges = [...(accounts.data?.accounts.edges ?? []), ...(contacts.data?.contacts.edges ?? []), ...(leads.data?.leads.edges ?? [])];
  return new Set(edges.filter((e) => e.node.viewerCan.merge).map((e) => e.node.id));
}

/** A record page's warning about records that look like it, with "Merge" for same-kind ones this viewer may merge. */
export function RecordDuplicates({ objectType, recordId, probe, canMerge }: RecordDuplicatesProps) {
  const { t } = useTranslation();
  const candidates = usePossibleDuplicates({ ...probe, excludeId: recordId });
  const [other, setOther] = useState<string>();
  const sameKind = candidates.filter((c) => c.type.toLowerCase() === TYPE_NAMES[objectType]).map((c) => c.id);
  const mergeable = useMergeable(objectType, sameKind, canMerge);
  return (
    <>
      <DuplicatesWarning
        candidates={candidates}
        // "Merge a duplicate" only where this viewer can; otherwise say who can.
        hint={mergeable.size ? t('duplicates.recordHint') : t('access.duplicatesNoMerge')}
        mergeType={TYPE_NAMES[objectType]}
        onMerge={canMerge ? (c) => setOther(c.id) : undefined}
        canMerge={(c) => mergeable.has(c.id)}
      />
      {canMerge ? <MergeDialog open={Boolean(other)} objectType={objectType} ids={other ? [recordId, other] : undefined} onClose={() => setOther(undefined)} /> : null}
    </>
  );
}
