import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ListToolbarProps {
  /** Test ids: `<prefix>-search`, `<prefix>-mine`. */
  prefix: string;
  searchText: string;
  onSearchText: (text: string) => void;
  placeholder: string;
  mine?: boolean;
  onMine?: (mine: boolean) => void;
  children?: ReactNode;
}

/** Quick search, "only mine" and any extra filters above a list. */
export function ListToolbar({ prefix, searchText, onSearchText, placeholder, mine, onMine, children }: ListToolbarProps) {
  const { t } = useTranslation();
  return (
    <Flex gap="middle" wrap align="center" style={{ marginBottom: 16 }}>
      <Input
        type="search"
        allowClear
        prefix={<SearchOutlined />}
        value={searchText}
        onChange={(e) => onSearchText(e.target.value)}
        placeholder={placeholder}
        aria-label={placeholder}
        style={{ maxWidth: 340 }}
        data-testid={`${prefix}-search`}
      />
      {children}
      {onMine ? (
        <Flex gap="small" align="center">
          <Switch checked={mine} onChange={onMine} data-testid={`${prefix}-mine`} aria-label={t('lists.onlyMine')} size="small" />
          <Typography.Text>{t('lists.onlyMine')}</Typography.Text>
        </Flex>
      ) : null}
    </Flex>
  );
}
