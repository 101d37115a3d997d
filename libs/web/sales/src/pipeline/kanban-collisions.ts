import { pointerWithin, rectIntersection, type CollisionDetection } from '@dnd-kit/core';

/**
 * Which column a dragged card is over: the one under the pointer; failing that (the pointer left
 * the board mid-drag), the one the card overlaps most. Keyboard moves go through the card's menu.
 */
export const boardCollisions: CollisionDetection = (args) => {
  const hits = args.pointerCoordinates ? pointerWithin(args) : [];
  return hits.length ? hits : rectIntersection(args);
};
