import { useQuery } from '@apollo/client/react';
import { TeamsDocument } from '@rapport/web-data-access';
import { fieldControlProps, type FieldControlProps } from '@rapport/web-ui';
import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface TeamSelectProps extends FieldControlProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  disabled?: boolean;
  'data-testid'?: string;
}

/** Picks one of the teams the caller can see (the list is small: one page of 100). */
export function TeamSelect({ value, onChange, disabled, 'data-testid': testId, ...field }: TeamSelectProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TeamsDocument);
  const options = useMemo(() => (data?.teams.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })), [data]);
  return (
    <Select<string>
      {...fieldControlProps(field)}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={loading}
      disabled={disabled}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('pickers.team')}
      notFoundContent={loading ? t('common.loading') : error ? t('errors.loadFailed') : t('search.noResults')}
      data-testid={testId}
      style={{ minWidth: 200, width: '100%' }}
    />
  );
}
