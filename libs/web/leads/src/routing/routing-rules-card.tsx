import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { DeleteRoutingRuleDocument, errorMessageOf, ReorderRoutingRulesDocument, RoutingRulesDocument, type RoutingRuleFieldsFragment } from '@rapport/web-data-access';
import { EmptyState, ErrorState } from '@rapport/web-ui';
import { App, Button, Card, Flex, Skeleton, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveById, moveItem, sameOrder } from '../shared/list-order';
import { RoutingRuleModal } from './routing-rule-modal';
import { RuleRow } from './rule-row';
import { usePeople } from './use-people';

type Rule = RoutingRuleFieldsFragment;

/**
 * The routing rules in the order they are tried. Admins reorder by drag and drop or keyboard; the
 * new order shows at once and is saved in one call (put back if the API refuses it).
 */
export function RoutingRulesCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const people = usePeople();
  const { data, loading, error, refetch } = useQuery(RoutingRulesDocument);
  const [reorder, reordering] = useMutation(ReorderRoutingRulesDocument);
  const [remove] = useMutation(DeleteRoutingRuleDocument, { refetchQueries: ['RoutingRules'] });
  const [pending, setPending] = useState<string[]>();
  const [editing, setEditing] = useState<{ rule?: Rule }>();
  const rules = useMemo(() => data?.routingRules ?? [], [data]);
  const byId = useMemo(() => new Map(rules.map((r) => [r.id, r])), [rules]);
  const serverOrder = useMemo(() => rules.map((r) => r.id), [rules]);
  const order = pending ?? serverOrder;
  const ordered = order.map((id) => byId.get(id)).filter((r): r is Rule => Boolean(r));

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const save = async (next: string[]) => {
    if (sameOrder(next, serverOrder)) return;
    setPending(next);
    try {
      await reorder({ variables: { input: { ids: next } }, refetchQueries: ['RoutingRules'], awaitRefetchQueries: true });
      void message.success(t('intake.routing.orderSaved'));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setPending(undefined);
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    void save(moveItem(order, order.indexOf(String(active.id)), order.indexOf(String(over.id))));
  };

  const nameOf = (id: string | number) => byId.get(String(id))?.name ?? '';
  const positionOf = (id: string | number | undefined) => (id === undefined ? 0 : order.indexOf(String(id)) + 1);
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('intake.routing.a11y.picked', { name: nameOf(active.id), position: positionOf(active.id) }),
    onDragOver: ({ active, over }) => t('intake.routing.a11y.over', { name: nameOf(active.id), position: positionOf(over?.id) }),
    onDragEnd: ({ active, over }) => t('intake.routing.a11y.dropped', { name: nameOf(active.id), position: positionOf(over?.id) }),
    onDragCancel: ({ active }) => t('intake.routing.a11y.cancelled', { name: nameOf(active.id) }),
  };

  const deleteRule = async (rule: Rule) => {
    try {
      await remove({ variables: { input: { id: rule.id } } });
      void message.success(t('intake.routing.ruleDeleted', { name: rule.name }));
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  const targetText = (tt: TFunction, rule: Rule) => (rule.targetUserId ? people.userName(tt, rule.targetUserId) : people.teamName(tt, rule.targetTeamId));

  const body = () => {
    if (error && !data) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
    if (loading && !data) return <Skeleton active paragraph={{ rows: 4 }} />;
    if (ordered.length === 0)
      return (
        <div data-testid="routing-rules-empty">
          <EmptyState compact description={t('intake.routing.empty')} />
        </div>
      );
    return (
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('intake.routing.a11y.instructions') } }}
      >
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <Flex vertical gap={8} data-testid="routing-rules-list" aria-busy={Boolean(pending)}>
            {ordered.map((rule, i) => (
              <RuleRow
                key={rule.id}
                rule={rule}
                index={i}
                count={ordered.length}
                canEdit={canEdit}
                busy={reordering.loading}
                targetText={targetText}
                onMove={(id, delta) => void save(moveById(order, id, delta))}
                onEdit={(r) => setEditing({ rule: r })}
                onDelete={(r) => void deleteRule(r)}
              />
            ))}
          </Flex>
        </SortableContext>
      </DndContext>
    );
  };

  return (
    <Card
      title={t('intake.routing.rulesTitle')}
      extra={
        canEdit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="routing-rule-create">
            {t('intake.routing.newRule')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('intake.routing.rulesHint')}</Typography.Paragraph>
      {body()}
      <RoutingRuleModal
        open={Boolean(editing)}
        rule={editing?.rule}
        onClose={() => setEditing(undefined)}
        onSaved={() => setEditing(undefined)}
      />
    </Card>
  );
}
