import { useDroppable } from '@dnd-kit/core';
import { formatMoneyTotals } from '@rapport/web-ui';
import { Badge, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnTotals, type KanbanColumn as Column, type KanbanStage } from './kanban-board';
import { KanbanCard, type BoardCard } from './kanban-card';

export interface KanbanColumnProps {
  column: Column<BoardCard>;
  pendingIds: ReadonlySet<string>;
  /** Every stage of the board, for the cards' move menus. */
  stages: readonly KanbanStage[];
  onMove: (card: BoardCard, stageId: string) => void;
}

export function KanbanColumn({ column, pendingIds, stages, onMove }: KanbanColumnProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id });
  const totals = columnTotals(column);
  const sum = formatMoneyTotals(totals.amounts);
  const accent = column.stage.isWon ? token.colorSuccess : column.stage.isLost ? token.colorError : token.colorPrimary;
  return (
    <section
      ref={setNodeRef}
      data-testid={`kanban-column-${column.stage.name}`}
      aria-label={t('pipeline.columnLabel', { stage: column.stage.name, count: totals.count })}
      style={{
        flex: '0 0 264px',
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        background: isOver ? token.colorPrimaryBg : token.colorFillQuaternary,
        border: `1px solid ${isOver ? token.colorPrimaryBorder : token.colorBorderSecondary}`,
        borderTop: `3px solid ${accent}`,
        borderRadius: token.borderRadiusLG,
        transition: 'background 120ms',
      }}
    >
      <Flex vertical gap={2} style={{ padding: '10px 12px 8px' }}>
        <Flex justify="space-between" align="center" gap="small">
          {/* A heading per stage under the page's h1, to jump between columns with a screen reader. */}
          <Typography.Title level={2} ellipsis style={{ margin: 0, fontSize: token.fontSize, lineHeight: token.lineHeight }}>
            {column.stage.name}
          </Typography.Title>
          <Badge count={totals.count} showZero color={accent} data-testid={`kanban-count-${column.stage.name}`} />
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`kanban-total-${column.stage.name}`}>
          {sum || t('pipeline.noAmount')} · {column.stage.probability}%
        </Typography.Text>
      </Flex>
      {/* The column's deals are a list: screen readers say how many there are and which one has focus. */}
      <div style={{ padding: '0 8px 8px', overflowY: 'auto', flex: 1, minHeight: 80 }}>
        <Flex component="ul" vertical gap={8} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {column.cards.map((card) => (
            <KanbanCard key={card.id} card={card} pending={pendingIds.has(card.id)} stages={stages} onMove={onMove} />
          ))}
        </Flex>
        {column.cards.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', padding: 16, fontSize: 12, margin: 0 }}>
            {t('pipeline.emptyColumn')}
          </Typography.Paragraph>
        ) : null}
      </div>
    </section>
  );
}
