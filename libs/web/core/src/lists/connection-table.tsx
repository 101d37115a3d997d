import { errorMessageOf } from '@rapport/web-data-access';
import { EmptyState, ErrorState, useKeyboardScrollableTable } from '@rapport/web-ui';
import { Alert, Table, type TableColumnsType, type TableProps } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CursorPager } from './cursor-pager';
import type { CursorStack } from './use-cursor-stack';

/** The parts of a Relay connection a table shows. */
export interface TableConnection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { node: T }[];
}

export interface ConnectionTableProps<T extends { id: string }> {
  /** `data-testid` of the wrapper (table, pager and states). */
  testId: string;
  connection: TableConnection<T> | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  columns: TableColumnsType<T>;
  cursors: CursorStack;
  empty: ReactNode;
  /** Clicking a row (outside links and controls) opens this path. */
  rowPath?: (row: T) => string | undefined;
  onChange?: TableProps<T>['onChange'];
  size?: 'small' | 'middle';
  /** Related lists: no pager while everything fits on one page. */
  compactPager?: boolean;
  /** Checkboxes for bulk actions. */
  rowSelection?: TableProps<T>['rowSelection'];
  /** Shown between the error alert and the table (e.g. the bulk-action bar). */
  above?: ReactNode;
}

const RELATED_MIN_WIDTH = 480;

/**
 * antd repeats every column title, the select-all checkbox included, in a hidden row it measures
 * column widths with (`aria-hidden`). The copy there must not take focus (WCAG 4.1.2; axe:
 * aria-hidden-focus): inside that row the wrapper is inert.
 */
function SelectAllTitle({ checkbox }: { checkbox: ReactNode }) {
  return (
    <span
      ref={(el) => {
        if (el?.closest('[aria-hidden="true"]')) el.inert = true;
      }}
    >
      {checkbox}
    </span>
  );
}

const withMeasurableTitle = <T,>(selection: TableProps<T>['rowSelection']): TableProps<T>['rowSelection'] =>
  selection && { columnTitle: (checkbox: ReactNode) => <SelectAllTitle checkbox={checkbox} />, ...selection };

// Clicks on these inside a row do their own thing instead of opening the record.
const INTERACTIVE =
  'a, button, input, label, textarea, [role="checkbox"], [role="switch"], .ant-select, .ant-checkbox-wrapper, .ant-table-selection-column';

/**
 * A server-paged list: the table, Previous/Next over the cursor stack, and the loading, empty and
 * error states every list needs. While the next page loads the current rows stay, dimmed.
 */
export function ConnectionTable<T extends { id: string }>({
  testId,
  connection,
  loading,
  error,
  onRetry,
  columns,
  cursors,
  empty,
  rowPath,
  onChange,
  size = 'middle',
  compactPager = false,
  rowSelection,
  above,
}: ConnectionTableProps<T>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollBox = useKeyboardScrollableTable<HTMLDivElement>(!!connection?.edges.length);

  if (error && !connection) {
    return (
      <div data-testid={testId}>
        <ErrorState message={errorMessageOf(error)} onRetry={onRetry} />
      </div>
    );
  }

  const open = (row: T, event: MouseEvent) => {
    const path = rowPath?.(row);
    if (!path || (event.target as Element | null)?.closest?.(INTERACTIVE)) return;
    navigate(path);
  };

  return (
    <div data-testid={testId} ref={scrollBox}>
      {error ? (
        <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} style={{ marginBottom: 16 }} />
      ) : null}
      {above}
      <Table<T>
        rowKey="id"
        size={size}
        loading={loading}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        columns={columns}
        pagination={false}
        // Full lists scroll sideways to show every column; a related list in a record page's
        // column fits its width (cells wrap) and scrolls only below a phone-sized minimum, so no
        // column is cut off at the edge with nothing to say there is more.
        // An empty table does not scroll: a sideways-scrolling region with nothing focusable in it
        // cannot be scrolled from the keyboard (axe: scrollable-region-focusable).
        scroll={connection?.edges.length ? { x: compactPager ? RELATED_MIN_WIDTH : 'max-content' } : undefined}
        onChange={onChange}
        rowSelection={withMeasurableTitle(rowSelection)}
        onRow={rowPath ? (row) => ({ onClick: (event) => open(row, event), style: { cursor: 'pointer' } }) : undefined}
        locale={{
          emptyText: loading ? ' ' : (
            <div data-testid="list-empty">
              <EmptyState compact description={empty} />
            </div>
          ),
        }}
      />
      {compactPager && !cursors.hasPrevious && !connection?.pageInfo.hasNextPage ? null : (
        <CursorPager
          cursors={cursors}
          totalCount={connection?.totalCount}
          hasNextPage={connection?.pageInfo.hasNextPage ?? false}
          endCursor={connection?.pageInfo.endCursor}
          loading={loading}
        />
      )}
    </div>
  );
}
