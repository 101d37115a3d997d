import type { ClientRect } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { neighbourColumnCoordinates } from './kanban-keyboard';

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

const COLUMNS = [
  { id: 'c', rect: rect(600, 100, 260, 500) },
  { id: 'a', rect: rect(0, 100, 260, 500) },
  { id: 'b', rect: rect(300, 100, 260, 500) },
];

describe('keyboard moves on the board', () => {
  it('moves to the centre of the next column to the right or left, at the same height', () => {
    const card = rect(10, 300, 240, 80);
    expect(neighbourColumnCoordinates(1, card, COLUMNS)).toEqual({ x: 310, y: 300 });
    expect(neighbourColumnCoordinates(-1, rect(610, 300, 240, 80), COLUMNS)).toEqual({ x: 310, y: 300 });
  });

  it('counts from the column the card is over, even when the card has not caught up yet', () => {
    // Halfway through a scroll the card's centre is still left of b's, but it is over b already.
    expect(neighbourColumnCoordinates(1, rect(150, 300, 240, 80), COLUMNS, 'b')).toEqual({ x: 610, y: 300 });
    expect(neighbourColumnCoordinates(-1, rect(150, 300, 240, 80), COLUMNS, 'b')).toEqual({ x: 10, y: 300 });
    expect(neighbourColumnCoordinates(1, rect(610, 300, 240, 80), COLUMNS, 'c')).toBeUndefined();
  });

  it('stays inside the target column and stops at the ends of the board', () => {
    expect(neighbourColumnCoordinates(1, rect(310, 560, 240, 80), COLUMNS)).toEqual({ x: 610, y: 520 });
    expect(neighbourColumnCoordinates(1, rect(610, 300, 240, 80), COLUMNS)).toBeUndefined();
    expect(neighbourColumnCoordinates(-1, rect(10, 300, 240, 80), COLUMNS)).toBeUndefined();
  });
});
