import { describe, expect, it } from 'vitest';
import {
  applyPending,
  boardReducer,
  buildColumns,
  columnTotals,
  INITIAL_BOARD,
  moveCard,
  type KanbanCard,
  type KanbanStage,
} from './kanban-board';

const stage = (id: string, position: number, extra: Partial<KanbanStage> = {}): KanbanStage => ({
  id,
  name: id,
  position,
  probability: position * 10,
  isWon: false,
  isLost: false,
  ...extra,
});
const STAGES = [stage('proposal', 3), stage('prospecting', 1), stage('qualification', 2), stage('won', 4, { isWon: true })];
const card = (id: string, stageId: string, amount: number | null = null, currency = 'CNY'): KanbanCard => ({
  id,
  name: id,
  stageId,
  amount,
  currency,
});

describe('kanban board', () => {
  it('builds one column per stage in pipeline order and drops duplicate cards', () => {
    const columns = buildColumns(STAGES, [card('a', 'prospecting'), card('b', 'proposal'), card('a', 'prospecting'), card('x', 'elsewhere')]);
    expect(columns.map((c) => c.stage.id)).toEqual(['prospecting', 'qualification', 'proposal', 'won']);
    expect(columns.map((c) => c.cards.map((k) => k.id))).toEqual([['a'], [], ['b'], []]);
  });

  it('moves a card to the top of another column without touching the input', () => {
    const before = buildColumns(STAGES, [card('a', 'prospecting'), card('b', 'proposal')]);
    const after = moveCard(before, 'a', 'proposal');
    expect(after.map((c) => c.cards.map((k) => k.id))).toEqual([[], [], ['a', 'b'], []]);
    expect(after[2]!.cards[0]!.stageId).toBe('proposal');
    expect(before[0]!.cards.map((k) => k.id)).toEqual(['a']);
    // Untouched columns keep their identity.
    expect(after[1]).toBe(before[1]);
  });

  it('ignores moves to the same stage, unknown stages and unknown cards', () => {
    const board = buildColumns(STAGES, [card('a', 'prospecting')]);
    expect(moveCard(board, 'a', 'prospecting')).toBe(board);
    expect(moveCard(board, 'a', 'nowhere')).toBe(board);
    expect(moveCard(board, 'zzz', 'proposal')).toBe(board);
  });

  it('totals count and amounts per currency, skipping missing amounts', () => {
    const [column] = buildColumns([stage('s', 1)], [card('a', 's', 0.1), card('b', 's', 0.2), card('c', 's', null), card('d', 's', 50, 'USD')]);
    const totals = columnTotals(column!);
    expect(totals.count).toBe(4);
    expect([...totals.amounts]).toEqual([
      ['CNY', 0.3],
      ['USD', 50],
    ]);
  });

  it('shows a move at once, keeps it until confirmed, and rolls it back on failure', () => {
    const server = buildColumns(STAGES, [card('a', 'prospecting', 1000), card('b', 'proposal', 500)]);
    let state = boardReducer(INITIAL_BOARD, { type: 'moved', move: { cardId: 'a', fromStageId: 'prospecting', toStageId: 'proposal' } });
    let shown = applyPending(server, state.pending);
    expect(shown[2]!.cards.map((k) => k.id)).toEqual(['a', 'b']);
    expect(columnTotals(shown[2]!).amounts.get('CNY')).toBe(1500);
    expect(columnTotals(shown[0]!).count).toBe(0);

    // The server refuses (e.g. a won deal needs an amount): the card is back where it was.
    state = boardReducer(state, { type: 'failed', cardId: 'a' });
    shown = applyPending(server, state.pending);
    expect(shown[0]!.cards.map((k) => k.id)).toEqual(['a']);
    expect(state.pending).toEqual([]);
  });

  it('keeps only the latest pending move per card and forgets it once confirmed', () => {
    let state = boardReducer(INITIAL_BOARD, { type: 'moved', move: { cardId: 'a', fromStageId: 'prospecting', toStageId: 'qualification' } });
    state = boardReducer(state, { type: 'moved', move: { cardId: 'a', fromStageId: 'qualification', toStageId: 'proposal' } });
    expect(state.pending).toEqual([{ cardId: 'a', fromStageId: 'qualification', toStageId: 'proposal' }]);
    state = boardReducer(state, { type: 'confirmed', cardId: 'a' });
    expect(state.pending).toEqual([]);
  });
});
