import { Col, Statistic, Typography, type ColProps } from 'antd';
import type { ReactNode } from 'react';

const VALUE = { fontSize: 20, overflowWrap: 'anywhere' } as const;

/**
 * One headline figure of a dashboard or an overview: a labelled number in a grid column, with an
 * optional note under it (what it counts, or why it is missing); `danger` colours a figure that
 * tells of trouble (breaches). `span` sizes the column per breakpoint.
 */
export function Figure({ title, value, testId, note, danger = false, span = { xs: 12, md: 6 } }: { title: ReactNode; value: ReactNode; testId: string; note?: ReactNode; danger?: boolean; span?: ColProps }) {
  return (
    <Col {...span}>
      <Statistic title={title} value={value as string} styles={{ content: { ...VALUE, color: danger ? '#cf1322' : undefined } }} data-testid={testId} />
      {note ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      ) : null}
    </Col>
  );
}
