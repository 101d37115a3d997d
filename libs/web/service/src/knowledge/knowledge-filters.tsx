import type { KnowledgeCategoryFieldsFragment } from '@rapport/web-data-access';
import { Button, Flex, Input, Select, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceLabel, AUDIENCES, categoryTree, KB_LANGUAGES, languageName, statusLabel, STATUSES, type KnowledgeAudience, type KnowledgeVersionStatus } from './knowledge-model';

export interface KnowledgeFilterValues {
  status?: KnowledgeVersionStatus;
  language?: string;
  audience?: KnowledgeAudience;
  categoryId?: string;
}

export const anyFilter = (f: KnowledgeFilterValues) => Object.values(f).some((v) => v !== undefined);

interface Props {
  text: string;
  onText: (text: string) => void;
  filters: KnowledgeFilterValues;
  onFilters: (filters: KnowledgeFilterValues) => void;
  categories: readonly KnowledgeCategoryFieldsFragment[];
  /** A search finds published articles only: the status filter does not apply then. */
  searching: boolean;
}

const FIELD_STYLE = { minWidth: 150, flex: '1 1 150px' } as const;

/**
 * The list's search box and filters. They wrap onto full-width rows on a phone; each control is
 * named for screen readers (antd's selects show only a placeholder).
 */
export function KnowledgeFilters({ text, onText, filters, onFilters, categories, searching }: Props) {
  const { t, i18n } = useTranslation();
  const tree = useMemo(() => categoryTree(categories), [categories]);
  const set = (patch: Partial<KnowledgeFilterValues>) => onFilters({ ...filters, ...patch });
  return (
    <Flex vertical gap="small" style={{ marginBottom: 16 }} data-testid="kb-filters">
      <Input.Search
        value={text}
        onChange={(e) => onText(e.target.value)}
        onSearch={onText}
        allowClear
        placeholder={t('knowledge.list.searchPlaceholder')}
        aria-label={t('knowledge.list.search')}
        data-testid="kb-search"
        enterButton={t('knowledge.list.searchButton')}
      />
      <Flex gap="small" wrap>
        <Select<KnowledgeVersionStatus>
          style={FIELD_STYLE}
          allowClear
          disabled={searching}
          value={searching ? undefined : filters.status}
          onChange={(status) => set({ status })}
          placeholder={t('knowledge.filters.status')}
          aria-label={t('knowledge.filters.status')}
          options={STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          data-testid="kb-filter-status"
        />
        <Select<string>
          style={FIELD_STYLE}
          allowClear
          value={filters.language}
          onChange={(language) => set({ language })}
          placeholder={t('knowledge.filters.language')}
          aria-label={t('knowledge.filters.language')}
          options={KB_LANGUAGES.map((l) => ({ value: l, label: languageName(l) }))}
          data-testid="kb-filter-language"
        />
        <Select<KnowledgeAudience>
          style={FIELD_STYLE}
          allowClear
          value={filters.audience}
          onChange={(audience) => set({ audience })}
          placeholder={t('knowledge.filters.audience')}
          aria-label={t('knowledge.filters.audience')}
          options={AUDIENCES.map((a) => ({ value: a, label: audienceLabel(t, a) }))}
          data-testid="kb-filter-audience"
        />
        <TreeSelect<string>
          style={FIELD_STYLE}
          allowClear
          treeDefaultExpandAll
          value={filters.categoryId}
          onChange={(categoryId) => set({ categoryId })}
          treeData={tree}
          placeholder={t('knowledge.filters.category')}
          aria-label={t('knowledge.filters.category')}
          notFoundContent={t('knowledge.filters.noCategories')}
          data-testid="kb-filter-category"
        />
        {anyFilter(filters) ? (
          <Button onClick={() => onFilters({})} data-testid="kb-filters-clear">
            {t('knowledge.filters.clear')}
          </Button>
        ) : null}
      </Flex>
      {searching ? <Typography.Text type="secondary">{t('knowledge.list.searchHint', { language: languageName(filters.language ?? i18n.language) })}</Typography.Text> : null}
    </Flex>
  );
}
