import { DownloadOutlined, FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ColumnChooser } from './column-chooser';
import { exportUrl } from './export-url';
import { FilterBuilder } from './filter-builder/filter-builder';
import { SavedViewsControl } from './saved-views/saved-views-control';
import type { ListTools } from './use-list-tools';

type Row = { id: string; customFields: unknown; viewerCan?: { update: boolean } };

/**
 * Saved views, the filter toggle, column choice and CSV export of what the list shows: the same
 * bar on every list with `useListTools` (the sales record lists and the campaign list).
 */
export function ListToolsBar<R extends Row, C extends string>({ tools, filter, inSegment }: { tools: ListTools<R, C>; filter: unknown; inSegment?: string | null }) {
  const { t } = useTranslation();
  const { config } = tools;
  return (
    <Flex gap="small" wrap align="center" justify="space-between" style={{ marginBottom: 12 }} data-testid="list-tools">
      <SavedViewsControl
        list={config.list}
        activeId={tools.activeView?.id}
        onApply={tools.applyView}
        definition={tools.definition}
        canShare={tools.canShareViews}
      />
      <Flex gap="small" wrap>
        <Badge count={tools.conditionCount} size="small">
          <Button
            icon={<FilterOutlined />}
            type={tools.filterOpen ? 'primary' : 'default'}
            ghost={tools.filterOpen}
            aria-expanded={tools.filterOpen}
            onClick={() => tools.setFilterOpen(!tools.filterOpen)}
            data-testid="list-filters"
          >
            {t('filters.button')}
          </Button>
        </Badge>
        <ColumnChooser
          columns={tools.allColumns.map((c) => ({ key: String(c.key), title: typeof c.title === 'function' ? String(c.key) : c.title }))}
          choice={tools.columnChoice}
          locked={config.lockedColumns}
          onChange={tools.setColumnChoice}
        />
        {/* A plain link: the browser streams the file, however long the list, with the session cookie. */}
        <Button icon={<DownloadOutlined />} href={exportUrl(config.list, filter, config.exportEnumFields, inSegment)} download={`${config.list}.csv`} data-testid="list-export">
          {t('lists.exportCsv')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** The filter builder, under the toolbar while open. */
export function ListFilterPanel<R extends Row, C extends string>({ tools }: { tools: ListTools<R, C> }) {
  if (!tools.filterOpen) return null;
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="filter-panel">
      <FilterBuilder fields={tools.fields} value={tools.builder} onChange={tools.setBuilder} />
    </Card>
  );
}
