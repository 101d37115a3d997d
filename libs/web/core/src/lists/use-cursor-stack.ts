import { useState } from 'react';

export interface CursorStack {
  /** Cursor to pass as `after` for the current page (null on the first page). */
  after: string | null;
  /** 1-based page number, for display only. */
  page: number;
  hasPrevious: boolean;
  next: (endCursor: string) => void;
  previous: () => void;
}

/**
 * Relay connections only page forward, so Previous needs the cursors we came through. The stack
 * belongs to one query shape: a new `resetKey` (filter, sort) starts again from page one without
 * an extra render with a stale cursor.
 */
export function useCursorStack(resetKey: string): CursorStack {
  const [state, setState] = useState<{ key: string; stack: string[] }>({ key: resetKey, stack: [] });
  const stack = state.key === resetKey ? state.stack : [];
  return {
    after: stack.at(-1) ?? null,
    page: stack.length + 1,
    hasPrevious: stack.length > 0,
    next: (endCursor) => setState({ key: resetKey, stack: [...stack, endCursor] }),
    previous: () => setState({ key: resetKey, stack: stack.slice(0, -1) }),
  };
}
