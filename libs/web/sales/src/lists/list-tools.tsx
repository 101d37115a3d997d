import { DownloadOutlined, FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MergeDialog } from '../merge/merge-dialog';
import { AddToCampaignButton, AddToCampaignModal, BulkAssignModal, CampaignBulkResultAlert, useCampaignBulkObject, type CampaignBulkResult } from '@rapport/web-core';
import { BulkBar } from '@rapport/web-core';
import { ColumnChooser } from '@rapport/web-core';
import { exportUrl } from '@rapport/web-core';
import { FilterBuilder } from '@rapport/web-core';
import { SavedViewsControl } from '@rapport/web-core';
import type { ListTools } from '@rapport/web-core';

type Row = { id: string; customFields: unknown };

/** Saved views, the filter toggle, column choice and CSV export of what the list shows. */
export function ListToolsBar<R extends Row, C extends string>({ tools, filter }: { tools: ListTools<R, C>; filter: unknown }) {
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
        <Button icon={<DownloadOutlined />} href={exportUrl(config.list, filter, config.exportEnumFields)} download={`${config.list}.csv`} data-testid="list-export">
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

/**
 * The bar for picked rows and its dialogs: assign to someone, merge two, and (contacts and leads,
 * for people who may change campaigns) add them to a campaign.
 */
export function ListBulkActions<R extends Row, C extends string>({ tools, refetchQueries }: { tools: ListTools<R, C>; refetchQueries: string[] }) {
  const [assigning, setAssigning] = useState(false);
  const [merging, setMerging] = useState(false);
  const [joining, setJoining] = useState(false);
  // The last "Add to campaign" stays above the list (with its link) after the selection is gone.
  const [joined, setJoined] = useState<CampaignBulkResult>();
  const { config, selectedIds } = tools;
  const campaignObject = useCampaignBulkObject(config.bulkObject);
  const clear = () => tools.setSelectedIds([]);
  const pair = selectedIds.length === 2 ? ([selectedIds[0]!, selectedIds[1]!] as const) : undefined;
  return (
    <>
      {joined ? <CampaignBulkResultAlert result={joined} onClose={() => setJoined(undefined)} /> : null}
      <BulkBar
        count={selectedIds.length}
        onAssign={() => setAssigning(true)}
        onMerge={config.mergeObject ? () => setMerging(true) : undefined}
        extra={
          campaignObject ? (
            <AddToCampaignButton
              onClick={() => {
                setJoined(undefined);
                setJoining(true);
              }}
            />
          ) : undefined
        }
        onClear={clear}
      />
      <BulkAssignModal
        open={assigning}
        objectType={config.bulkObject}
        ids={selectedIds}
        refetchQueries={refetchQueries}
        onClose={() => setAssigning(false)}
        onDone={() => {
          setAssigning(false);
          clear();
        }}
      />
      {config.mergeObject ? (
        <MergeDialog open={merging} objectType={config.mergeObject} ids={pair} onClose={() => setMerging(false)} onMerged={clear} />
      ) : null}
      {campaignObject ? (
        <AddToCampaignModal
          open={joining}
          objectType={campaignObject}
          ids={selectedIds}
          onClose={() => setJoining(false)}
          onAdded={(result) => {
            setJoining(false);
            setJoined(result);
            clear();
          }}
        />
      ) : null}
    </>
  );
}
