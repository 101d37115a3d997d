import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { UnorderedListOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { BoardOpportunitiesDocument, errorMessageOf, PipelinesDocument, type OpportunityFilter } from '@rapport/web-data-access';
import { EmptyState, ErrorState, LoadingState, PageHeader, useIsMobile, VISUALLY_HIDDEN } from '@rapport/web-ui';
import { Alert, App, Button, Flex, Select, Switch, Typography } from 'antd';
import { useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@rapport/web-core';
import { LinkButton, useCan, useSessionUser } from '@rapport/web-core';
import {
  applyPending,
  boardReducer,
  buildColumns,
  findCard,
  INITIAL_BOARD,
  type KanbanColumn as Column,
} from './kanban-board';
import { KanbanCardBody, type BoardCard } from './kanban-card';
import { KanbanColumn } from './kanban-column';
import { boardCollisions } from './kanban-collisions';
import { LostReasonModal } from './lost-reason-modal';
import { stageMoveErrorMessage, useMoveOpportunityStage } from './stage-move';

// The API's page cap: a board shows at most this many open deals per pipeline.
const OPEN_LIMIT = 100;
const RECENT_CLOSED = 20;

export function PipelinePage() {
  const { t } = useTranslation();
  usePageTitle(t('pipeline.title'));
  const { message } = App.useApp();
  const me = useSessionUser();
  // Deals move only for people who may change some; each card checks its own `viewerCan`.
  const mayMove = useCan('opportunity', 'write');
  const mobile = useIsMobile();
  const [picked, setPicked] = useState<string>();
  const [mine, setMine] = useState(false);
  const [board, dispatch] = useReducer(boardReducer, INITIAL_BOARD);
  const [dragging, setDragging] = useState<UniqueIdentifier>();
  const [lostMove, setLostMove] = useState<{ card: BoardCard; stageId: string; stageName: string }>();
  const [moveStage] = useMoveOpportunityStage();

  const pipelines = useQuery(PipelinesDocument);
  const all = pipelines.data?.pipelines ?? [];
  const pipeline = all.find((p) => p.id === picked) ?? all.find((p) => p.isDefault) ?? all[0];

  const base: OpportunityFilter | undefined = pipeline
    ? { pipelineId: { eq: pipeline.id }, ...(mine ? { ownerId: { eq: me.id } } : {}) }
    : undefined;
  const open = useQuery(BoardOpportunitiesDocument, {
    variables: { first: OPEN_LIMIT, filter: { ...base, isClosed: { eq: false } }, orderBy: [{ field: 'CLOSE_DATE', direction: 'ASC' }] },
    skip: !pipeline,
    notifyOnNetworkStatusChange: true,
  });
  const closed = useQuery(BoardOpportunitiesDocument, {
    variables: { first: RECENT_CLOSED, filter: { ...base, isClosed: { eq: true } }, orderBy: [{ field: 'UPDATED_AT', direction: 'DESC' }] },
    skip: !pipeline,
  });

  const openData = (open.data ?? open.previousData)?.opportunities;
  const closedData = (closed.data ?? closed.previousData)?.opportunities;
  const serverColumns = useMemo<Column<BoardCard>[]>(() => {
    const opportunities = [...(openData?.edges ?? []), ...(closedData?.edges ?? [])].map((e) => e.node);
    const cards = opportunities
      .filter((o) => o.pipelineId === pipeline?.id)
      .map((o) => ({ id: o.id, name: o.name, stageId: o.stage.id, amount: o.amount, currency: o.currency, opportunity: o }));
    return buildColumns(pipeline?.stages ?? [], cards);
  }, [openData, closedData, pipeline]);
  const columns = useMemo(() => applyPending(serverColumns, board.pending), [serverColumns, board.pending]);
  const pendingIds = useMemo(() => new Set(board.pending.map((m) => m.cardId)), [board.pending]);

  // The pointer drags; the keyboard moves a deal with its card's "Move to stage" menu.
  // A few pixels of travel before a drag starts, so clicks on the card's link still work.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  // Said by screen readers after a move made from a card's menu (drags have dnd-kit's announcements).
  const [announcement, setAnnouncement] = useState('');

  const nameOf = (id: UniqueIdentifier) => findCard(columns, String(id))?.card.name ?? '';
  const stageName = (id: UniqueIdentifier | undefined) => columns.find((c) => c.stage.id === id)?.stage.name ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('pipeline.a11y.picked', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('pipeline.a11y.over', { name: nameOf(active.id), stage: stageName(over.id) }) : t('pipeline.a11y.outside', { name: nameOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t('pipeline.a11y.dropped', { name: nameOf(active.id), stage: stageName(over.id) }) : t('pipeline.a11y.outside', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('pipeline.a11y.cancelled', { name: nameOf(active.id) }),
  };

  const commit = async (card: BoardCard, fromStageId: string, toStageId: string, lostReason?: string) => {
    dispatch({ type: 'moved', move: { cardId: card.id, fromStageId, toStageId } });
    const target = columns.find((c) => c.stage.id === toStageId)?.stage;
    try {
      await moveStage(card.id, toStageId, lostReason);
      dispatch({ type: 'confirmed', cardId: card.id });
      setAnnouncement(t('a11y.kanban.moved', { name: card.name, stage: target?.name ?? '' }));
      // Closing a deal moves it from the open list to the closed one.
      if (target?.isWon || target?.isLost) void Promise.all([open.refetch(), closed.refetch()]);
    } catch (error) {
      dispatch({ type: 'failed', cardId: card.id });
      void message.error({ content: stageMoveErrorMessage(t, error), key: `move-${card.id}` });
    }
  };

  /** A drop or a choice in a card's menu; a lost stage asks for the reason first. */
  const requestMove = (cardId: string, toStageId: string) => {
    const found = findCard(columns, cardId);
    const target = columns.find((c) => c.stage.id === toStageId);
    if (!found || !target || found.column.stage.id === target.stage.id) return;
    if (target.stage.isLost) {
      setLostMove({ card: found.card, stageId: target.stage.id, stageName: target.stage.name });
      return;
    }
    void commit(found.card, found.column.stage.id, target.stage.id);
  };

  /**
   * From the menu, the card re-renders in its new column and the menu item that had focus is
   * gone: focus goes back to the card's move button, where the keyboard user left off.
   */
  const moveFromMenu = (card: BoardCard, toStageId: string) => {
    requestMove(card.id, toStageId);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-move-for="${card.id}"]`)?.focus());
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(undefined);
    if (over) requestMove(String(active.id), String(over.id));
  };

  if (pipelines.loading && !pipelines.data) return <LoadingState />;
  if (pipelines.error && !pipelines.data) {
    return <ErrorState message={errorMessageOf(pipelines.error)} onRetry={() => void pipelines.refetch()} />;
  }

  const dragged = dragging ? findCard(columns, String(dragging))?.card : undefined;
  const stages = columns.map((c) => c.stage);
  const openTotal = openData?.totalCount ?? 0;
  const listError = open.error ?? closed.error;

  return (
    <>
      <PageHeader
        title={t('pipeline.title')}
        subtitle={t('pipeline.subtitle')}
        extra={
          <LinkButton to="/sales/opportunities" icon={<UnorderedListOutlined />} data-testid="pipeline-as-list">
            {t('pipeline.asList')}
          </LinkButton>
        }
      />
      <Flex gap="middle" wrap align="center" style={{ marginBottom: 12 }}>
        <Select<string>
          value={pipeline?.id}
          onChange={(id) => setPicked(id)}
          options={all.map((p) => ({ value: p.id, label: p.name }))}
          aria-label={t('fields.pipeline')}
          style={{ minWidth: 200 }}
          data-testid="pipeline-select"
        />
        <Flex gap="small" align="center">
          <Switch size="small" checked={mine} onChange={setMine} aria-label={t('lists.onlyMine')} data-testid="pipeline-mine" />
          <Typography.Text>{t('lists.onlyMine')}</Typography.Text>
        </Flex>
        {mobile || !mayMove ? null : <Typography.Text type="secondary">{t('a11y.kanban.keyboardHint')}</Typography.Text>}
      </Flex>
      {listError ? (
        <Alert
          type="warning"
          showIcon
          title={errorMessageOf(listError) ?? t('errors.loadFailed')}
          action={<Button size="small" onClick={() => void Promise.all([open.refetch(), closed.refetch()])}>{t('common.retry')}</Button>}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {openTotal > OPEN_LIMIT ? (
        <Alert type="info" showIcon title={t('pipeline.truncated', { shown: OPEN_LIMIT, total: openTotal })} style={{ marginBottom: 12 }} />
      ) : null}
      {!pipeline ? (
        <EmptyState description={t('pipeline.noPipelines')} />
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={boardCollisions}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('a11y.kanban.keyboardHint') } }}
          onDragStart={({ active }: DragStartEvent) => setDragging(active.id)}
          onDragCancel={() => setDragging(undefined)}
          onDragEnd={onDragEnd}
        >
          <div
            data-testid="kanban-board"
            aria-busy={open.loading}
            style={{
              display: 'flex',
              gap: 12,
              overflowX: 'auto',
              alignItems: 'stretch',
              height: 'max(440px, calc(100vh - 260px))',
              paddingBottom: 8,
              opacity: open.loading && !openData ? 0.5 : 1,
            }}
          >
            {columns.map((column) => (
              <KanbanColumn key={column.stage.id} column={column} pendingIds={pendingIds} stages={stages} onMove={moveFromMenu} />
            ))}
          </div>
          <DragOverlay>{dragged ? <KanbanCardBody card={dragged} /> : null}</DragOverlay>
        </DndContext>
      )}
      <div aria-live="polite" style={VISUALLY_HIDDEN} data-testid="kanban-announcement">
        {announcement}
      </div>
      <LostReasonModal
        move={lostMove ? { opportunityName: lostMove.card.name, stageName: lostMove.stageName } : undefined}
        onCancel={() => setLostMove(undefined)}
        onConfirm={(reason) => {
          const move = lostMove;
          setLostMove(undefined);
          if (move) void commit(move.card, move.card.stageId, move.stageId, reason);
        }}
      />
    </>
  );
}

export default PipelinePage;
