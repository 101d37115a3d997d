import { useDroppable } from '@dnd-kit/core';
import { formatMoneyTotals } from '@rapport/web-ui';
import { Badge, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnTotals, type KanbanColumn as Column } from './kanban-board';
import { KanbanCard, type BoardCard } from './kanban-card';

export interface KanbanColumnProps {
  column: Column<BoardCard>;
  pendingIds: ReadonlySet<string>;
}

export function KanbanColumn({ column, pendingIds }: KanbanColumnProps) {
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
          <Typography.Text strong ellipsis>
            {column.stage.name}
          </Typography.Text>
          <Badge count={totals.count} showZero color={accent} data-testid={`kanban-count-${column.stage.name}`} />
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`kanban-total-${column.stage.name}`}>
          {sum || t('pipeline.noAmount')} · {column.stage.probability}%
        </Typography.Text>
      </Flex>
      <Flex vertical gap={8} style={{ padding: '0 8px 8px', overflowY: 'auto', flex: 1, minHeight: 80 }}>
        {column.cards.map((card) => (
          <KanbanCard key={card.id} card={card} pending={pendingIds.has(card.id)} />
        ))}
        {column.cards.length === 0 ? (
          <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 16, fontSize: 12 }}>
            {t('pipeline.emptyColumn')}
          </Typography.Text>
        ) : null}
      </Flex>
    </section>
  );
}
