import { useDraggable } from '@dnd-kit/core';
import { SwapOutlined } from '@ant-design/icons';
import type { OpportunityCardFragment } from '@rapport/web-data-access';
import { formatDate, formatMoney, withTestId } from '@rapport/web-ui';
import { Button, Card, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { useRef, type PointerEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { opportunityPath } from '@rapport/web-core';
import type { KanbanStage } from './kanban-board';

export interface BoardCard {
  id: string;
  name: string;
  stageId: string;
  amount: number | null;
  currency: string;
  opportunity: OpportunityCardFragment;
}

/** The card's face; also used, without links or buttons, as the overlay that follows the pointer. */
export function KanbanCardBody({ card, pending, action }: { card: BoardCard; pending?: boolean; action?: ReactNode }) {
  const { t } = useTranslation();
  const o = card.opportunity;
  const overdue = o.closeDate && !o.stage.isWon && !o.stage.isLost && o.closeDate < new Date().toISOString().slice(0, 10);
  return (
    <Card size="small" style={{ opacity: pending ? 0.7 : 1 }} styles={{ body: { padding: 10 } }}>
      <Flex vertical gap={2}>
        <Flex justify="space-between" align="flex-start" gap={4}>
          {/* The overlay is a picture of the card: no second link to the same deal. */}
          {action === undefined ? (
            <Typography.Text strong>{o.name}</Typography.Text>
          ) : (
            // 24 px tall at least: a pointer target of WCAG 2.5.8 next to the move button.
            <Link to={opportunityPath(o.id)} onPointerDown={(e) => e.stopPropagation()} style={{ fontWeight: 600, display: 'block', minHeight: 24, paddingBlock: 1 }}>
              {o.name}
            </Link>
          )}
          {action}
        </Flex>
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

export interface KanbanCardProps {
  card: BoardCard;
  pending: boolean;
  /** Every stage of the board, in order: the choices of the card's move menu. */
  stages: readonly KanbanStage[];
  onMove: (card: BoardCard, stageId: string) => void;
}

/**
 * A deal on the board, as an item of its column's list: the deal's link and, when this viewer may
 * move it (its `viewerCan.moveStage`), a "Move to stage" menu button — the keyboard and
 * screen-reader way to move it (WCAG 2.1.1). The pointer drags the whole card; the card itself is
 * not focusable, so no control sits inside another (axe: nested-interactive).
 */
export function KanbanCard({ card, pending, stages, onMove }: KanbanCardProps) {
  const { t } = useTranslation();
  const movable = card.opportunity.viewerCan.moveStage;
  const { listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, disabled: !movable });
  const button = useRef<HTMLButtonElement>(null);
  const menu: MenuProps = {
    items: [
      {
        type: 'group',
        label: t('a11y.kanban.moveMenuTitle'),
        children: stages.map((stage) =>
          withTestId({ key: stage.id, label: stage.name, disabled: stage.id === card.stageId }, `kanban-move-${card.id}-to-${stage.name}`),
        ),
      },
    ],
    onClick: ({ key }) => onMove(card, key),
  };
  return (
    <li
      ref={setNodeRef}
      // Only the pointer starts a drag here; the keyboard uses the menu.
      onPointerDown={movable ? (listeners?.['onPointerDown'] as PointerEventHandler<HTMLLIElement> | undefined) : undefined}
      aria-busy={pending}
      data-testid={`kanban-card-${card.id}`}
      data-movable={movable}
      className="kanban-card"
      style={{ opacity: isDragging ? 0.35 : 1, cursor: movable ? 'grab' : 'default', touchAction: 'manipulation', borderRadius: 8 }}
    >
      <KanbanCardBody
        card={card}
        pending={pending}
        action={
          movable ? (
            // autoFocus: opened from the keyboard, the arrow keys go straight to the stages. Closed
            // with Escape (or Tab), focus goes back to the button: antd leaves it on the hidden menu.
            <Dropdown
              menu={menu}
              trigger={['click']}
              autoFocus
              onOpenChange={(open) => {
                if (!open && document.activeElement?.closest('.ant-dropdown')) button.current?.focus();
              }}
            >
              <Button
                ref={button}
                type="text"
                size="small"
                icon={<SwapOutlined />}
                aria-label={t('a11y.kanban.moveButton', { name: card.name })}
                data-testid={`kanban-move-${card.id}`}
                data-move-for={card.id}
                onPointerDown={(e) => e.stopPropagation()}
              />
            </Dropdown>
          ) : null
        }
      />
    </li>
  );
}
