import { PlusOutlined } from '@ant-design/icons';
import {
  ConnectionTable,
  ListEmpty,
  ListFilterPanel,
  ListToolbar,
  ListToolsBar,
  usePageTitle,
  usePermissions,
  type ConnectionTableProps,
  type CursorStack,
  type ListTools,
  type PermissionObject,
  type TableConnection,
} from '@rapport/web-core';
import { PageHeader } from '@rapport/web-ui';
import { Button, Card } from 'antd';
import { useState, type ComponentType, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ListBulkActions } from './list-bulk-actions';
import { SegmentFilterSelect } from './segment-filter';

type ToolRow = { id: string; customFields: unknown; viewerCan?: { update: boolean } };

export interface ListPageProps<R extends { id: string }, C extends string> {
  /** The list's name in test ids: `<prefix>-table`, `<prefix>-search`, `<prefix>-mine`. */
  prefix: string;
  /**
   * The page's words, translated by the page (literal keys there, so the key check sees them):
   * title, subtitle, search placeholder, what "New" says, and what a filtered empty list says.
   */
  texts: { title: string; subtitle: string; searchPlaceholder: string; create?: string; emptyFiltered: string };
  object: PermissionObject;
  /** Search text and "mine only" from `useListState`. */
  list: { searchText: string; setSearchText: (text: string) => void; mine: boolean; setMine: (mine: boolean) => void };
  /** Saved views, columns, filter builder, export and bulk actions; lists without them omit it. */
  tools?: { tools: ListTools<R & ToolRow, C>; refetchQueries: string[] };
  /** The filter the query runs with (saved views store it; a filtered empty list says "none match"). */
  filter: unknown;
  /** The segment picker of lists that take one (`useRecordList`'s `segments`), for readers of segments. */
  segment?: { id: string | null; set: (id: string | null) => void };
  /**
   * "New <record>" in the header and in the empty state, offered only to whoever may write: it
   * opens `modal`, and the record created opens at `path`.
   */
  create?: { testId: string; modal: ComponentType<CreateModalProps>; path: (id: string) => string };
  /** Header actions besides "New". */
  extra?: ReactNode;
  connection: TableConnection<R> | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  cursors: CursorStack;
  /** With tools: `tools.tableColumns` and `tools.rowSelection` (the columns the viewer chose, and bulk checkboxes). */
  columns: ConnectionTableProps<R>['columns'];
  rowSelection?: ConnectionTableProps<R>['rowSelection'];
  rowPath: (row: R) => string | undefined;
  onChange: ConnectionTableProps<R>['onChange'];
  /** Whatever else lives outside the card. */
  children?: ReactNode;
}

/** What a list's create dialog takes. */
export interface CreateModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (record: { id: string }) => void;
}

/**
 * The page every record list shares: header, saved views and tools, filter panel, search,
 * bulk bar, table and pager. Each page keeps only its query, its filters and its own columns.
 */
export function ListPage<R extends { id: string }, C extends string = string>({
  prefix,
  texts,
  object,
  list,
  tools,
  filter,
  segment,
  create,
  extra,
  connection,
  loading,
  error,
  onRetry,
  cursors,
  columns,
  rowSelection,
  rowPath,
  onChange,
  children,
}: ListPageProps<R, C>) {
  usePageTitle(texts.title);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const canCreate = usePermissions().can(object, 'write');
  const createAction = create && canCreate ? { ...create, onClick: () => setCreating(true) } : undefined;
  const CreateModal = create?.modal;
  return (
    <>
      <PageHeader
        title={texts.title}
        subtitle={texts.subtitle}
        extra={
          extra || createAction ? (
            <>
              {extra}
              {createAction ? (
                <Button type="primary" icon={<PlusOutlined />} data-testid={createAction.testId} onClick={createAction.onClick}>
                  {texts.create}
                </Button>
              ) : null}
            </>
          ) : undefined
        }
      />
      <Card>
        {tools ? (
          <>
            <ListToolsBar tools={tools.tools} filter={filter} inSegment={segment?.id} />
            <ListFilterPanel tools={tools.tools} />
          </>
        ) : null}
        <ListToolbar
          prefix={prefix}
          searchText={list.searchText}
          onSearchText={list.setSearchText}
          placeholder={texts.searchPlaceholder}
          mine={list.mine}
          onMine={list.setMine}
        >
          {segment ? <SegmentFilterSelect prefix={prefix} segmentId={segment.id} onChange={segment.set} /> : null}
        </ListToolbar>
        <ConnectionTable<R>
          testId={`${prefix}-table`}
          connection={connection}
          loading={loading}
          error={error}
          onRetry={onRetry}
          columns={columns}
          rowSelection={rowSelection}
          above={tools ? <ListBulkActions tools={tools.tools} refetchQueries={tools.refetchQueries} /> : undefined}
          cursors={cursors}
          empty={
            <ListEmpty
              object={object}
              filtered={!!filter || !!segment?.id}
              filteredText={texts.emptyFiltered}
              create={create && texts.create ? { label: texts.create, onClick: () => setCreating(true), testId: create.testId } : undefined}
            />
          }
          rowPath={rowPath}
          onChange={onChange}
        />
      </Card>
      {create && CreateModal ? (
        <CreateModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(record) => {
            setCreating(false);
            navigate(create.path(record.id));
          }}
        />
      ) : null}
      {children}
    </>
  );
}
