import { useQuery } from '@apollo/client/react';
import { TemplatePreviewContactsDocument } from '@rapport/web-data-access';
import { IdSelect, useSearchText } from '@rapport/web-core';
import { useMemo } from 'react';

export interface PreviewContact {
  id: string;
  name: string;
  email?: string | null;
}

export interface PreviewContactSelectProps {
  id?: string;
  value: PreviewContact | null;
  onChange: (contact: PreviewContact | null) => void;
  placeholder: string;
  'aria-describedby'?: string;
}

/**
 * "Preview as": a contact the viewer may read, found by part of a name or address (the API
 * searches, 10 at a time), as the campaign screens pick people. Cleared: sample values.
 */
export function PreviewContactSelect({ value, onChange, placeholder, ...rest }: PreviewContactSelectProps) {
  const { search, searchProps } = useSearchText();
  const { data, previousData, loading, error } = useQuery(TemplatePreviewContactsDocument, {
    variables: { filter: search ? { or: [{ firstName: { contains: search } }, { lastName: { contains: search } }, { email: { contains: search } }] } : undefined },
  });
  const found = useMemo(() => ((data ?? previousData)?.contacts.edges ?? []).map(({ node }) => node), [data, previousData]);
  const options = useMemo(() => {
    const list = found.map((c) => ({ value: c.id, label: c.email ? `${c.name} <${c.email}>` : c.name }));
    if (value && !list.some((o) => o.value === value.id)) list.unshift({ value: value.id, label: value.email ? `${value.name} <${value.email}>` : value.name });
    return list;
  }, [found, value]);
  return (
    <IdSelect
      {...rest}
      {...searchProps}
      allowClear
      style={{ width: '100%' }}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (found.find((c) => c.id === id) ?? (value?.id === id ? value : null)) : null)}
      options={options}
      loading={loading}
      failed={!!error}
      placeholder={placeholder}
      data-testid="template-preview-as"
    />
  );
}
