import { formatDate, formatMoney, ScrollRegion, VISUALLY_HIDDEN } from '@rapport/web-ui';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { rfmCellLabel } from './value-labels';
import { formatCompactMoney, heatColors, SCORES, VALUE_CURRENCY, type GridCell, type RfmGridModel } from './value-model';

const CELL_STYLE = { padding: 6, borderRadius: 6, verticalAlign: 'top', fontSize: 12, lineHeight: 1.35, minHeight: 64, border: '1px solid #f0f0f0' } as const;

/**
 * The RFM grid (issue 17) as a heat map: rows by recency (R 5, the most recent buyers, on top),
 * columns by frequency and value together (FM 1 … 5), each cell shaded by how many customers it
 * holds and labelled with its name, customers and revenue. It is a real table (row and column
 * headers, a caption), so a screen reader reads it cell by cell; on a phone it scrolls sideways
 * in a region that takes focus, so the keyboard can scroll it too.
 */
export function RfmGrid({ grid, asOf }: { grid: RfmGridModel; asOf?: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const title = t('customerValue.grid.title');
  const total = t('customerValue.grid.total', { count: grid.customers, n: number.format(grid.customers), revenue: formatMoney(grid.revenue, VALUE_CURRENCY) ?? '' });
  return (
    <Card size="small" title={title} data-testid="rfm-grid-card">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('customerValue.grid.note')}
      </Typography.Paragraph>
      {grid.customers === 0 ? (
        <Typography.Paragraph style={{ margin: 0 }} data-testid="rfm-grid-empty">
          {t('customerValue.grid.empty')}
        </Typography.Paragraph>
      ) : (
        <>
          {/* inline-size containment: the grid's width never widens the page; on a phone it scrolls inside its card. */}
          <div style={{ contain: 'inline-size' }}>
            <ScrollRegion label={title} data-testid="rfm-grid-region">
              <table data-testid="rfm-grid" style={{ width: '100%', minWidth: 560, tableLayout: 'fixed', borderCollapse: 'separate', borderSpacing: 4 }}>
                <caption style={VISUALLY_HIDDEN}>{t('customerValue.grid.caption')}</caption>
                <thead>
                  <tr>
                    <td style={{ width: 48 }} />
                    {SCORES.map((fm) => (
                      <th key={fm} scope="col" style={{ fontWeight: 600, fontSize: 12, textAlign: 'center' }}>
                        {t('customerValue.grid.fm', { score: fm })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {grid.rows.map((row) => (
                    <tr key={row[0]!.r}>
                      <th scope="row" style={{ fontWeight: 600, fontSize: 12, textAlign: 'start' }}>
                        {t('customerValue.grid.r', { score: row[0]!.r })}
                      </th>
                      {row.map((cell) => (
                        <Cell key={cell.fm} cell={cell} />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </div>
          <Flex wrap justify="space-between" gap={8} style={{ marginTop: 8 }}>
            <Typography.Text type="secondary" data-testid="rfm-grid-total">
              {asOf ? t('customerValue.grid.totalAsOf', { total, date: formatDate(asOf) }) : total}
            </Typography.Text>
            <Scale />
          </Flex>
        </>
      )}
    </Card>
  );
}

function Cell({ cell }: { cell: GridCell }) {
  const { t, i18n } = useTranslation();
  const { background, color } = heatColors(cell.share, cell.customers);
  const customers = t('customerValue.grid.customers', { count: cell.customers, n: new Intl.NumberFormat(i18n.language).format(cell.customers) });
  return (
    <td style={{ ...CELL_STYLE, background, color }} data-testid={`rfm-cell-${cell.r}-${cell.fm}`} data-cell={cell.cell}>
      <div style={{ fontWeight: 600 }}>{rfmCellLabel(t, cell.cell)}</div>
      <div>{customers}</div>
      {cell.customers ? (
        <div>
          <span style={VISUALLY_HIDDEN}>{t('customerValue.grid.revenue')} </span>
          <span title={formatMoney(cell.revenue, VALUE_CURRENCY)}>{formatCompactMoney(cell.revenue, i18n.language)}</span>
        </div>
      ) : null}
    </td>
  );
}

/** How to read the shades: a strip from "fewer" to "more" customers (decorative; the cells say their numbers). */
function Scale() {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={6} style={{ fontSize: 12 }}>
      <Typography.Text type="secondary">{t('customerValue.grid.fewer')}</Typography.Text>
      <span aria-hidden="true" style={{ display: 'inline-flex' }}>
        {[0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 1].map((share) => (
          <span key={share} style={{ width: 14, height: 10, background: heatColors(share, 1).background }} />
        ))}
      </span>
      <Typography.Text type="secondary">{t('customerValue.grid.more')}</Typography.Text>
    </Flex>
  );
}
