import { Card, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { LegendPayload } from 'recharts';
import { useElementWidth } from '../hooks/use-element-width';

// jsdom (and a hidden tab) measures 0: charts then draw at this width instead of not at all.
const FALLBACK_WIDTH = 480;

export interface ChartCardProps {
  title: string;
  /** A sentence under the title on how to read the chart. */
  note?: ReactNode;
  /** The chart's numbers as text: the figure's accessible name (the SVG itself says little). */
  summary: string;
  testId: string;
  style?: CSSProperties;
  /** Under the figure, e.g. the same numbers as a table. */
  footer?: ReactNode;
  /** Draws the chart at the figure's width in pixels (recharts needs a number). */
  children: (width: number) => ReactNode;
}

/** A chart in a card, its figure labelled with a text summary for screen readers. */
export function ChartCard({ title, note, summary, testId, style, footer, children }: ChartCardProps) {
  const { ref, width } = useElementWidth(FALLBACK_WIDTH);
  return (
    <Card size="small" title={title} styles={{ body: { paddingInline: 8 } }} style={style}>
      {note ? (
        <Typography.Paragraph type="secondary" style={{ paddingInline: 8, marginBottom: 8 }}>
          {note}
        </Typography.Paragraph>
      ) : null}
      <figure ref={ref} data-testid={testId} aria-label={summary} style={{ margin: 0, width: '100%' }}>
        {children(width)}
      </figure>
      {footer}
    </Card>
  );
}

/**
 * A chart's legend: a swatch and the series' name. recharts' own names each swatch "<series>
 * legend icon" for screen readers, English in every language and saying nothing the text beside
 * it does not; here the swatch is decorative.
 */
export function ChartLegend({ payload }: { payload?: ReadonlyArray<LegendPayload> }) {
  const items = (payload ?? []).filter((entry) => entry.type !== 'none' && entry.value);
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', justifyContent: 'center', columnGap: 12, fontSize: 12 }}>
      {items.map((entry) => (
        <li key={entry.value} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <svg width={10} height={10} aria-hidden="true" focusable="false">
            <rect width={10} height={10} rx={2} fill={entry.color} />
          </svg>
          {entry.value}
        </li>
      ))}
    </ul>
  );
}
