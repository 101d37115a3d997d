import { useQuery } from '@apollo/client/react';
import { UserOptionsDocument, type UserFilter } from '@rapport/web-data-access';
import { fieldControlProps, useDebouncedValue, type FieldControlProps } from '@rapport/web-ui';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface UserOption {
  id: string;
  name: string;
  email: string;
}

interface UserSelectBase extends FieldControlProps {
  /** Only active people (new owners, shares); off for filters, where leavers still own records. */
  activeOnly?: boolean;
  /** People who cannot be picked here (e.g. the person handing over). */
  excludeIds?: readonly string[];
  placeholder?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  'data-testid'?: string;
}

export type UserSelectProps = UserSelectBase &
  (
    | { multiple?: false; value?: string | null; onChange?: (value: string | null, user?: UserOption) => void }
    | { multiple: true; value?: string[] | null; onChange?: (value: string[]) => void }
  );

/**
 * Picks people by name or email; the API searches and answers only with people the caller may
 * see (a rep sees only themself, a manager their team, an admin everyone).
 */
export function UserSelect(props: UserSelectProps) {
  const { activeOnly = true, excludeIds, placeholder, disabled, autoFocus } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const filter = useMemo<UserFilter | undefined>(() => {
    const parts: UserFilter[] = [];
    if (activeOnly) parts.push({ active: { eq: true } });
    if (search) parts.push({ or: [{ name: { contains: search } }, { email: { contains: search } }] });
    return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { and: parts };
  }, [activeOnly, search]);
  const { data, previousData, loading, error } = useQuery(UserOptionsDocument, { variables: { filter } });
  const users = useMemo(
    () => ((data ?? previousData)?.users.edges ?? []).map(({ node }) => node).filter((u) => !excludeIds?.includes(u.id)),
    [data, previousData, excludeIds],
  );
  const options = useMemo(() => users.map((u) => ({ value: u.id, label: u.name, title: u.email })), [users]);
  const common = {
    ...fieldControlProps(props),
    autoFocus,
    options,
    loading,
    disabled,
    allowClear: true,
    placeholder: placeholder ?? t('pickers.user'),
    showSearch: { filterOption: false, onSearch: setText, searchValue: text },
    onBlur: () => setText(''),
    notFoundContent: loading ? t('common.loading') : error ? t('errors.loadFailed') : t('search.noResults'),
    'data-testid': props['data-testid'],
    style: { minWidth: 200, width: '100%' },
  };
  if (props.multiple) {
    return <Select<string[]> {...common} mode="multiple" value={props.value ?? []} onChange={(v) => props.onChange?.(v ?? [])} />;
  }
  const onChange = props.onChange;
  return <Select<string> {...common} value={props.value ?? undefined} onChange={(v) => onChange?.(v ?? null, users.find((u) => u.id === v))} />;
}
