import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { RoutingRuleFieldsFragment } from '@rapport/web-data-access';
import { withTestId } from '@rapport/web-ui';
import { Button, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { distributionLabel } from '../shared/intake-labels';
import { criteriaPhrases } from './rule-criteria';

export interface RuleRowProps {
  rule: RoutingRuleFieldsFragment;
  index: number;
  count: number;
  canEdit: boolean;
  busy: boolean;
  targetText: (t: TFunction, rule: RoutingRuleFieldsFragment) => string;
  onMove: (id: string, delta: number) => void;
  onEdit: (rule: RoutingRuleFieldsFragment) => void;
  onDelete: (rule: RoutingRuleFieldsFragment) => void;
}

/**
 * One rule in the ordered list. Drag it by the handle (pointer, or focus the handle and use
 * Space, ↑/↓, Space), or use the arrow buttons.
 */
export function RuleRow({ rule, index, count, canEdit, busy, targetText, onMove, onEdit, onDelete }: RuleRowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: rule.id, disabled: !canEdit || busy });
  return (
    <div
      ref={setNodeRef}
      data-testid={`routing-rule-${rule.id}`}
      data-position={index + 1}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.6 : 1,
        position: 'relative',
        zIndex: isDragging ? 2 : undefined,
        background: '#fff',
        border: '1px solid rgba(5,5,5,0.08)',
        borderRadius: 8,
        padding: '10px 12px',
      }}
    >
      <Flex gap={12} align="center" wrap>
        {canEdit ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={t('intake.routing.dragRule', { name: rule.name })}
            data-testid={`routing-rule-handle-${rule.id}`}
            style={{ cursor: busy ? 'default' : 'grab', border: 'none', background: 'transparent', padding: 4, touchAction: 'none', color: 'rgba(0,0,0,0.45)' }}
          >
            <HolderOutlined />
          </button>
        ) : null}
        <Typography.Text type="secondary" style={{ width: 24, textAlign: 'end' }}>
          {index + 1}.
        </Typography.Text>
        <Flex vertical style={{ flex: '1 1 260px', minWidth: 200 }} gap={4}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{rule.name}</Typography.Text>
            {rule.active ? null : <Tag>{t('intake.common.inactive')}</Tag>}
          </Flex>
          <Flex gap={4} wrap>
            {criteriaPhrases(t, rule.criteria).map((p) => (
              <Tag key={p} variant="filled">
                {p}
              </Tag>
            ))}
          </Flex>
        </Flex>
        <Flex vertical style={{ flex: '0 1 220px', minWidth: 160 }}>
          <Typography.Text>→ {targetText(t, rule)}</Typography.Text>
          {rule.targetTeamId ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {distributionLabel(t, rule.distribution)}
            </Typography.Text>
          ) : null}
        </Flex>
        {canEdit ? (
          <Flex gap={4}>
            <Tooltip title={t('intake.common.moveUp')}>
              <Button size="small" icon={<ArrowUpOutlined />} disabled={busy || index === 0} onClick={() => onMove(rule.id, -1)} aria-label={t('intake.routing.moveRuleUp', { name: rule.name })} data-testid={`routing-rule-up-${rule.id}`} />
            </Tooltip>
            <Tooltip title={t('intake.common.moveDown')}>
              <Button size="small" icon={<ArrowDownOutlined />} disabled={busy || index === count - 1} onClick={() => onMove(rule.id, 1)} aria-label={t('intake.routing.moveRuleDown', { name: rule.name })} data-testid={`routing-rule-down-${rule.id}`} />
            </Tooltip>
            <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(rule)} data-testid={`routing-rule-edit-${rule.id}`}>
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('intake.routing.deleteTitle', { name: rule.name })}
              description={t('intake.routing.deleteBody')}
              okText={t('intake.common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={withTestId({ danger: true }, 'routing-rule-delete-confirm')}
              onConfirm={() => onDelete(rule)}
            >
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('intake.routing.deleteRule', { name: rule.name })} data-testid={`routing-rule-delete-${rule.id}`} />
            </Popconfirm>
          </Flex>
        ) : null}
      </Flex>
    </div>
  );
}
