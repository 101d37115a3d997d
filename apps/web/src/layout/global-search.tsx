import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { SearchDocument } from '@rapport/web-data-access';
import { EmptyState, useDebouncedValue } from '@rapport/web-ui';
import { AutoComplete, Flex, Input, Spin, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { groupHits, hitPath, hitValue, parseHitValue, searchable } from './search-results';

function groupLabel(t: TFunction, type: string): string {
  switch (type) {
    case 'user':
      return t('search.groups.user');
    case 'team':
      return t('search.groups.team');
    case 'account':
      return t('search.groups.account');
    case 'contact':
      return t('search.groups.contact');
    case 'lead':
      return t('search.groups.lead');
    case 'opportunity':
      return t('search.groups.opportunity');
    case 'campaign':
      return t('campaigns.title');
    case 'case':
      return t('search.groups.case');
    default:
      return type;
  }
}

export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const enabled = searchable(query);

  const { data, previousData, loading, error } = useQuery(SearchDocument, {
    variables: { query, first: 10 },
    skip: !enabled,
    fetchPolicy: 'network-only',
  });
  // Keep the last results on screen while the next keystroke's request is in flight.
  const hits = enabled ? (data ?? previousData)?.search : undefined;

  const options = useMemo(
    () =>
      groupHits(hits ?? []).map((group) => ({
        label: <Typography.Text type="secondary">{groupLabel(t, group.type)}</Typography.Text>,
        title: groupLabel(t, group.type),
        options: group.hits.map((hit) => ({
          value: hitValue(hit),
          label: (
            <Flex vertical>
              <Typography.Text ellipsis>{hit.title}</Typography.Text>
              {hit.subtitle ? (
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                  {hit.subtitle}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        })),
      })),
    [hits, t],
  );

  const settled = enabled && !loading && text.trim() === query;
  let notFound: ReactNode = null;
  if (enabled && loading && !hits?.length) notFound = <Spin size="small" />;
  else if (error) notFound = <Typography.Text type="danger">{t('search.failed')}</Typography.Text>;
  else if (settled && hits?.length === 0) notFound = <EmptyState compact description={t('search.noResults')} />;

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={setText}
      onSelect={(value: string) => {
        const parsed = parseHitValue(value);
        const path = parsed && hitPath(parsed);
        setText('');
        if (path) navigate(path);
      }}
      // Results come from the server already filtered; client-side filtering would hide them.
      showSearch={{ filterOption: false }}
      notFoundContent={notFound}
      popupMatchSelectWidth={360}
      style={{ width: '100%', maxWidth: 420 }}
    >
      <Input
        data-testid="global-search"
        prefix={<SearchOutlined />}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        allowClear
      />
    </AutoComplete>
  );
}
