import { Empty } from 'antd';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  description: ReactNode;
  /** An action that gets the person out of the empty state, e.g. "New user". */
  action?: ReactNode;
  /** Smaller picture for use inside tables and dropdowns. */
  compact?: boolean;
}

export function EmptyState({ description, action, compact }: EmptyStateProps) {
  return (
    <Empty
      image={compact ? Empty.PRESENTED_IMAGE_SIMPLE : Empty.PRESENTED_IMAGE_DEFAULT}
      description={description}
      style={{ padding: compact ? 8 : 48 }}
    >
      {action}
    </Empty>
  );
}
