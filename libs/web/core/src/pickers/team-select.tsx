import { useQuery } from '@apollo/client/react';
import { TeamsDocument } from '@rapport/web-data-access';
import type { FieldControlProps } from '@rapport/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IdSelect } from './id-select';

export interface TeamSelectProps extends FieldControlProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  disabled?: boolean;
  /** What the empty select says; "Team" unless the form means something else by no team. */
  placeholder?: string;
  'data-testid'?: string;
}

/** Picks one of the teams the caller can see (the list is small: one page of 100). */
export function TeamSelect(props: TeamSelectProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TeamsDocument);
  const options = useMemo(() => (data?.teams.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })), [data]);
  return (
    <IdSelect
      {...props}
      options={options}
      loading={loading}
      failed={!!error}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={props.placeholder ?? t('pickers.team')}
      style={{ minWidth: 200, width: '100%' }}
    />
  );
}
