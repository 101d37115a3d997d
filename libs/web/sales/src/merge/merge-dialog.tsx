import { useMutation, useQuery } from '@apollo/client/react';
import {
  errorMessageOf,
  MergeAccountsDocument,
  MergeContactsDocument,
  MergeLeadsDocument,
  MergeRecordsDocument,
  type MergeableObject,
} from '@rapport/web-data-access';
import { ErrorState, formatDateTime, LoadingState } from '@rapport/web-ui';
import { Alert, App, Radio, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal, NONE } from '@rapport/web-core';
import { recordPath } from '@rapport/web-core';
import {
  ACCOUNT_MERGE_FIELDS,
  CONTACT_MERGE_FIELDS,
  LEAD_MERGE_FIELDS,
  mergeRecordTitle,
  type MergeField,
  type MergeRecord,
} from './merge-fields';
import { defaultChoices, mergeInput, type MergeChoices } from './merge-model';

export interface MergeDialogProps {
  open: boolean;
  objectType: MergeableObject;
  /** The two records, the first one proposed as the survivor. */
  ids: readonly [string, string] | undefined;
  onClose: () => void;
  /** Called after the merge, before going to the survivor (e.g. to clear a list selection). */
  onMerged?: (survivorId: string) => void;
}

const LIST_QUERIES: Record<MergeableObject, string[]> = {
  ACCOUNT: ['Accounts', 'SalesOverview'],
  CONTACT: ['Contacts', 'SalesOverview'],
  LEAD: ['Leads', 'SalesOverview'],
};

/** Both records as the API has them, in the order asked for. */
function useMergeRecords(objectType: MergeableObject, ids: readonly string[], skip: boolean) {
  const variables = { ids: [...ids] };
  const accounts = useQuery(MergeAccountsDocument, { variables, skip: skip || objectType !== 'ACCOUNT', fetchPolicy: 'network-only' });
  const contacts = useQuery(MergeContactsDocument, { variables, skip: skip || objectType !== 'CONTACT', fetchPolicy: 'network-only' });
  const leads = useQuery(MergeLeadsDocument, { variables, skip: skip || objectType !== 'LEAD', fetchPolicy: 'network-only' });
  const q = objectType === 'ACCOUNT' ? accounts : objectType === 'CONTACT' ? contacts : leads;
  const nodes: MergeRecord[] =
    objectType === 'ACCOUNT'
      ? (accounts.data?.accounts.edges.map((e) => e.node) ?? [])
      : objectType === 'CONTACT'
        ? (contacts.data?.contacts.edges.map((e) => e.node) ?? [])
        : (leads.data?.leads.edges.map((e) => e.node) ?? []);
  const records = ids.map((id) => nodes.find((n) => n.id === id)).filter((r): r is MergeRecord => Boolean(r));
  return { records, loading: q.loading, error: q.error, refetch: q.refetch };
}

const FIELDS: Record<MergeableObject, MergeField<never>[]> = {
  ACCOUNT: ACCOUNT_MERGE_FIELDS as MergeField<never>[],
  CONTACT: CONTACT_MERGE_FIELDS as MergeField<never>[],
  LEAD: LEAD_MERGE_FIELDS as MergeField<never>[],
};

/**
 * Two records side by side: pick the one that stays, then per differing field whose value it
 * keeps. Everything linked to the other record (contacts, deals, activities, timeline, shares)
 * moves over; the other record is removed.
 */
export function MergeDialog({ open, objectType, ids, onClose, onMerged }: MergeDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { records, loading, error, refetch } = useMergeRecords(objectType, ids ?? [], !open || !ids);
  const [survivorId, setSurvivorId] = useState<string>();
  const [choices, setChoices] = useState<MergeChoices>({});
  const [mergeError, setMergeError] = useState<string>();
  const [merge, merging] = useMutation(MergeRecordsDocument, { refetchQueries: LIST_QUERIES[objectType] });
  const fields = FIELDS[objectType] as MergeField<MergeRecord>[];
  const [first, second] = records;
  const survivor = records.find((r) => r.id === survivorId) ?? first;
  const other = survivor === first ? second : first;

  // A fresh pair (or a reopened dialog) starts from the proposed survivor and its defaults.
  const firstId = ids?.[0];
  const pairKey = ids?.join(',');
  useEffect(() => {
    if (!open) return;
    setSurvivorId(firstId);
    setMergeError(undefined);
  }, [open, pairKey, firstId]);
  useEffect(() => {
    if (survivor && other) setChoices(defaultChoices(fields, survivor, other));
  }, [survivor, other, fields]);

  const rows = useMemo(() => {
    if (!first || !second) return [];
    return fields.map((f) => ({ key: f.field, field: f, differs: JSON.stringify(f.value(first) ?? null) !== JSON.stringify(f.value(second) ?? null) }));
  }, [fields, first, second]);

  const submit = async () => {
    if (!survivor || !other) return;
    setMergeError(undefined);
    try {
      await merge({ variables: { input: mergeInput(objectType, survivor.id, other.id, choices) } });
      void message.success(t('merge.done', { name: mergeRecordTitle(objectType, survivor) }));
      onMerged?.(survivor.id);
      onClose();
      const path = recordPath(objectType, survivor.id);
      if (path) navigate(path);
    } catch (e) {
      setMergeError(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  const recordColumn = (record: MergeRecord, index: number): TableColumnsType<(typeof rows)[number]>[number] => ({
    key: record.id,
    title: (
      <Radio
        checked={survivor?.id === record.id}
        onChange={() => setSurvivorId(record.id)}
        name="merge-survivor"
        data-testid={`merge-survivor-${index}`}
      >
        <Typography.Text strong>{mergeRecordTitle(objectType, record)}</Typography.Text>{' '}
        <Typography.Text type="secondary">{t('merge.createdOn', { date: formatDateTime(record.createdAt) ?? '' })}</Typography.Text>
      </Radio>
    ),
    render: (_: unknown, row) => {
      const text = row.field.text(record, t) ?? NONE;
      if (!row.differs) return <Typography.Text type="secondary">{text}</Typography.Text>;
      return (
        <Radio
          checked={choices[row.field.field] === record.id}
          onChange={() => setChoices((c) => ({ ...c, [row.field.field]: record.id }))}
          name={`merge-${row.field.field}`}
          data-testid={`merge-pick-${row.field.field}-${index}`}
        >
          {text}
        </Radio>
      );
    },
  });

  const body = () => {
    if (loading && records.length < 2) return <LoadingState />;
    if (error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
    if (!first || !second) return <Alert type="warning" showIcon title={t('merge.missing')} data-testid="merge-missing" />;
    return (
      <>
        <Typography.Paragraph type="secondary">{t('merge.explain')}</Typography.Paragraph>
        {objectType === 'CONTACT' ? <Typography.Paragraph type="secondary">{t('merge.contactLists')}</Typography.Paragraph> : null}
        {mergeError ? <Alert type="error" showIcon title={mergeError} style={{ marginBottom: 16 }} /> : null}
        <Table
          size="small"
          pagination={false}
          dataSource={rows}
          rowClassName={(row) => (row.differs ? '' : 'merge-row-same')}
          columns={[
            { key: 'field', title: t('merge.field'), width: 160, render: (_: unknown, row) => row.field.label(t) },
            recordColumn(first, 0),
            recordColumn(second, 1),
          ]}
          data-testid="merge-table"
        />
      </>
    );
  };

  return (
    <FormModal
      open={open}
      width={900}
      title={t('merge.title')}
      onClose={onClose}
      submitLabel={survivor ? t('merge.submit', { name: mergeRecordTitle(objectType, survivor) }) : t('merge.open')}
      submitTestId="merge-submit"
      danger
      okDisabled={!survivor || !other}
      loading={merging.loading}
      onSubmit={() => void submit()}
    >
      <div data-testid="merge-dialog">{body()}</div>
    </FormModal>
  );
}
