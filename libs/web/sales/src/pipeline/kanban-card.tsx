import { useDraggable } from '@dnd-kit/core';
import type { OpportunityRowFragment } from '@rapport/web-data-access';
import { formatDate, formatMoney } from '@rapport/web-ui';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { opportunityPath } from '@rapport/web-core';

export interface BoardCard {
  id: string;
  name: string;
  stageId: string;
  amount: number | null;
  currency: string;
  opportunity: OpportunityRowFragment;
}

/** The card's face; also used, without drag wiring, as the overlay that follows the pointer. */
export function KanbanCardBody({ card, pending }: { card: BoardCard; pending?: boolean }) {
  const { t } = useTranslation();
  const o = card.opportunity;
  const overdue = o.closeDate && !o.stage.isWon && !o.stage.isLost && o.closeDate < new Date().toISOString().slice(0, 10);
  return (
    <Card size="small" style={{ opacity: pending ? 0.7 : 1 }} styles={{ body: { padding: 10 } }}>
      <Flex vertical gap={2}>
        <Link to={opportunityPath(o.id)} onPointerDown={(e) => e.stopPropagation()} style={{ fontWeight: 600 }}>
          {o.name}
        </Link>
        {o.account ? <Typography.Text type="secondary" ellipsis>{o.account.name}</Typography.Text> : null}
        <Flex justify="space-between" gap="small" wrap>
          <Typography.Text strong>{formatMoney(card.amount, card.currency) ?? t('pipeline.noAmount')}</Typography.Text>
          {o.closeDate ? (
            <Typography.Text type={overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {formatDate(o.closeDate)}
            </Typography.Text>
          ) : null}
        </Flex>
        {o.owner ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.owner.name}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}

/** A deal on the board: drag it with the pointer, or focus it and use Space + ←/→ + Space. */
export function KanbanCard({ card, pending }: { card: BoardCard; pending: boolean }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id });
  return (
    <div
      ref={setNodeRef}
      {...listeners}
      {...attributes}
      aria-label={t('pipeline.cardLabel', { name: card.name })}
      aria-busy={pending}
      data-testid={`kanban-card-${card.id}`}
      className="kanban-card"
      style={{ opacity: isDragging ? 0.35 : 1, cursor: 'grab', touchAction: 'manipulation', borderRadius: 8 }}
    >
      <KanbanCardBody card={card} pending={pending} />
    </div>
  );
}
