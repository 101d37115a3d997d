/**
 * The pipeline board's state, kept pure so it can be tested without a browser: stages become
 * columns, cards move between them optimistically, and moves the server has not confirmed yet
 * are layered over what it last said.
 */

export interface KanbanStage {
  id: string;
  name: string;
  position: number;
  probability: number;
  isWon: boolean;
  isLost: boolean;
}

export interface KanbanCard {
  id: string;
  name: string;
  stageId: string;
  amount: number | null;
  currency: string;
}

export interface KanbanColumn<C extends KanbanCard = KanbanCard> {
  stage: KanbanStage;
  cards: C[];
}

/** One column per stage in pipeline order; each card in its stage's column, in the given order. */
export function buildColumns<C extends KanbanCard>(stages: readonly KanbanStage[], cards: readonly C[]): KanbanColumn<C>[] {
  const seen = new Set<string>();
  const columns = [...stages].sort((a, b) => a.position - b.position).map((stage) => ({ stage, cards: [] as C[] }));
  const byStage = new Map(columns.map((c) => [c.stage.id, c]));
  for (const card of cards) {
    // The same deal can come from two queries (open and recently closed): show it once.
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    byStage.get(card.stageId)?.cards.push(card);
  }
  return columns;
}

export function findCard<C extends KanbanCard>(columns: readonly KanbanColumn<C>[], cardId: string): { column: KanbanColumn<C>; card: C } | undefined {
  for (const column of columns) {
    const card = column.cards.find((c) => c.id === cardId);
    if (card) return { column, card };
  }
  return undefined;
}

/**
 * The board with one card moved to the top of another stage's column. Returns the same array when
 * nothing changes (unknown card or stage, or already there), so React can skip the render.
 */
export function moveCard<C extends KanbanCard>(columns: KanbanColumn<C>[], cardId: string, toStageId: string): KanbanColumn<C>[] {
  const found = findCard(columns, cardId);
  if (!found || found.card.stageId === toStageId || !columns.some((c) => c.stage.id === toStageId)) return columns;
  const moved = { ...found.card, stageId: toStageId };
  return columns.map((column) => {
    if (column === found.column) return { ...column, cards: column.cards.filter((c) => c.id !== cardId) };
    if (column.stage.id === toStageId) return { ...column, cards: [moved, ...column.cards] };
    return column;
  });
}

export interface ColumnTotals {
  count: number;
  /** Sum of the known amounts per currency (deals without an amount only count). */
  amounts: Map<string, number>;
}

export function columnTotals(column: KanbanColumn): ColumnTotals {
  const amounts = new Map<string, number>();
  for (const card of column.cards) {
    if (card.amount === null || !Number.isFinite(card.amount)) continue;
    // Cents avoid 0.1 + 0.2 drifting in long columns.
    amounts.set(card.currency, Math.round(((amounts.get(card.currency) ?? 0) + card.amount) * 100) / 100);
  }
  return { count: column.cards.length, amounts };
}

/** A move shown on the board before the server confirmed it. */
export interface PendingMove {
  cardId: string;
  fromStageId: string;
  toStageId: string;
}

export interface BoardState {
  pending: PendingMove[];
}

export type BoardAction =
  | { type: 'moved'; move: PendingMove }
  /** The server accepted: its data now has the card in the new stage. */
  | { type: 'confirmed'; cardId: string }
  /** The server refused: drop the optimistic move, the card goes back. */
  | { type: 'failed'; cardId: string };

export const INITIAL_BOARD: BoardState = { pending: [] };

export function boardReducer(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case 'moved':
      // A second move of the same card replaces the first.
      return { pending: [...state.pending.filter((m) => m.cardId !== action.move.cardId), action.move] };
    case 'confirmed':
    case 'failed':
      return { pending: state.pending.filter((m) => m.cardId !== action.cardId) };
  }
}

/** What the board shows: the server's columns with the unconfirmed moves applied. */
export function applyPending<C extends KanbanCard>(columns: KanbanColumn<C>[], pending: readonly PendingMove[]): KanbanColumn<C>[] {
  return pending.reduce((board, move) => moveCard(board, move.cardId, move.toStageId), columns);
}
