import {
  KeyboardCode,
  pointerWithin,
  rectIntersection,
  type ClientRect,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';

interface Coordinates {
  x: number;
  y: number;
}

export interface ColumnRect {
  id: UniqueIdentifier;
  rect: ClientRect;
}

/**
 * Where a card picked up with the keyboard goes on ←/→: centred in the neighbouring column, at the
 * same height (kept inside that column). The neighbour is counted from the column the card is over
 * (so a board that is still scrolling cannot make it skip or repeat one), else from the card's
 * centre. Undefined at either end of the board.
 */
export function neighbourColumnCoordinates(
  direction: 1 | -1,
  card: ClientRect,
  columns: readonly ColumnRect[],
  overId?: UniqueIdentifier | null,
): Coordinates | undefined {
  const middle = (r: ClientRect) => r.left + r.width / 2;
  const sorted = [...columns].sort((a, b) => a.rect.left - b.rect.left);
  const current = overId === undefined || overId === null ? -1 : sorted.findIndex((c) => c.id === overId);
  let target: ColumnRect | undefined;
  if (current >= 0) {
    target = sorted[current + direction];
  } else {
    const centre = middle(card);
    target =
      direction > 0
        ? sorted.find((c) => middle(c.rect) > centre + 1)
        : [...sorted].reverse().find((c) => middle(c.rect) < centre - 1);
  }
  if (!target) return undefined;
  const { rect } = target;
  const maxTop = Math.max(rect.top, rect.top + rect.height - card.height);
  return {
    x: rect.left + (rect.width - card.width) / 2,
    y: Math.min(Math.max(card.top, rect.top), maxTop),
  };
}

/** dnd-kit's keyboard sensor: ←/→ jump a whole column; ↑/↓ do nothing (cards are ordered by date). */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
  if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) {
    event.preventDefault();
    return currentCoordinates;
  }
  if (direction === 0) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .map((c) => ({ id: c.id, rect: droppableRects.get(c.id) }))
    .filter((c): c is ColumnRect => Boolean(c.rect));
  return neighbourColumnCoordinates(direction, collisionRect, columns, over?.id) ?? currentCoordinates;
};

/** The pointer decides when there is one; keyboard drags fall back to overlap with the columns. */
export const boardCollisions: CollisionDetection = (args) => {
  const hits = args.pointerCoordinates ? pointerWithin(args) : [];
  return hits.length ? hits : rectIntersection(args);
};
