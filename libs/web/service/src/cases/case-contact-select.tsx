import { useQuery } from '@apollo/client/react';
import { CaseContactOptionsDocument } from '@rapport/web-data-access';
import { IdSelect, useSearchText } from '@rapport/web-core';
import type { FieldControlProps } from '@rapport/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface CaseContactSelectProps extends FieldControlProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Only the people of this account (the one picked above), when one is picked. */
  accountId?: string | null;
  'data-testid'?: string;
}

/** Picks the person who asked, by part of a name or address (the API searches, 20 at a time). */
export function CaseContactSelect({ accountId, ...props }: CaseContactSelectProps) {
  const { t } = useTranslation();
  const { search, searchProps } = useSearchText();
  const parts = [
    ...(accountId ? [{ accountId: { eq: accountId } }] : []),
    ...(search ? [{ or: [{ firstName: { contains: search } }, { lastName: { contains: search } }, { email: { contains: search } }] }] : []),
  ];
  const filter = parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { and: parts };
  const { data, previousData, loading, error } = useQuery(CaseContactOptionsDocument, { variables: { filter } });
  const options = useMemo(
    () => ((data ?? previousData)?.contacts.edges ?? []).map(({ node }) => ({ value: node.id, label: node.email ? `${node.name} <${node.email}>` : node.name })),
    [data, previousData],
  );
  return <IdSelect {...props} {...searchProps} allowClear options={options} loading={loading} failed={!!error} placeholder={t('service.form.contactPlaceholder')} />;
}
