import type { MailingReportFieldsFragment } from '@rapport/web-data-access';
import { ChartCard } from '@rapport/web-ui';
import { Card, Col, Row, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { engagementFigures, hourlySeries, type EngagementFigure } from './mailing-report-model';

const figureLabel = (t: TFunction, key: EngagementFigure['key']): string =>
  ({
    delivered: t('mailings.report.figures.delivered'),
    uniqueOpens: t('mailings.report.figures.uniqueOpens'),
    uniqueClicks: t('mailings.report.figures.uniqueClicks'),
    unsubscribes: t('mailings.report.figures.unsubscribes'),
    bounces: t('mailings.report.figures.bounces'),
    complaints: t('mailings.report.figures.complaints'),
    replies: t('mailings.report.figures.replies'),
  })[key];

const NOWRAP = () => ({ style: { whiteSpace: 'nowrap' as const } });

/** A destination as people read it: UTM values in Chinese are percent-encoded on the wire. */
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

const OPENS = '#1677ff';
const CLICKS = '#389e0d';

/** What people did with the messages: people, not events, and machines apart (privacy proxies, link scanners). */
function EngagementCard({ report }: { report: MailingReportFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  const e = report.engagement;
  return (
    <Card title={t('mailings.report.engagement')} size="small" data-testid="mailing-engagement">
      <dl style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 24px', margin: 0 }}>
        {engagementFigures(e).map((f) => (
          <div key={f.key} data-figure={f.key} data-value={f.value} style={{ minWidth: 96 }}>
            <dt>
              <Typography.Text type="secondary">{figureLabel(t, f.key)}</Typography.Text>
            </dt>
            <dd style={{ margin: 0, fontSize: 20, fontVariantNumeric: 'tabular-nums' }}>
              {number(f.value)}
              {f.rate !== undefined ? (
                <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 6 }} data-rate={f.rate ?? ''}>
                  {f.rate === null ? t('mailings.report.noRate') : t('mailings.report.rate', { rate: f.rate.toLocaleString(i18n.language) })}
                </Typography.Text>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }} data-testid="mailing-machine">
        {t('mailings.report.machine', { opens: number(e.machineOpens), clicks: number(e.machineClicks) })}
      </Typography.Paragraph>
    </Card>
  );
}

/** Human clicks per destination, most first, as the API orders them. */
function LinksCard({ links }: { links: MailingReportFieldsFragment['links'] }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  return (
    <Card title={t('mailings.report.links')} size="small">
      {links.length ? (
        <div style={{ overflowX: 'auto' }}>
          <Table
            size="small"
            rowKey="url"
            pagination={false}
            dataSource={links}
            data-testid="mailing-links"
            columns={[
              { key: 'url', title: t('mailings.report.link'), render: (_: unknown, l) => <span style={{ wordBreak: 'break-all' }}>{readableUrl(l.url)}</span> },
              { key: 'unique', title: t('mailings.report.uniqueClicks'), align: 'end', onHeaderCell: NOWRAP, render: (_: unknown, l) => number(l.uniqueClicks) },
              { key: 'clicks', title: t('mailings.report.clicks'), align: 'end', onHeaderCell: NOWRAP, render: (_: unknown, l) => number(l.clicks) },
            ]}
          />
        </div>
      ) : (
        <Typography.Paragraph style={{ margin: 0 }} data-testid="mailing-links-none">
          {t('mailings.report.noClicks')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** Opens and clicks per hour since it started (the dashboard's recharts), the numbers in the figure's name. */
function HourlyChart({ hourly }: { hourly: MailingReportFieldsFragment['hourly'] }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  const points = hourlySeries(hourly);
  const title = t('mailings.report.hourly');
  if (!points.length) {
    return (
      <ChartCard title={title} summary={t('mailings.report.noActivity')} testId="mailing-hourly">
        {() => <Typography.Paragraph style={{ padding: 8, margin: 0 }}>{t('mailings.report.noActivity')}</Typography.Paragraph>}
      </ChartCard>
    );
  }
  const active = points.filter((p) => p.opens || p.clicks);
  const summary = active.map((p) => t('mailings.report.hourLine', { at: p.label, opens: number(p.opens), clicks: number(p.clicks) })).join('; ');
  return (
    <ChartCard title={title} summary={summary} testId="mailing-hourly" note={t('mailings.report.hourlyNote')}>
      {(width) => (
        <LineChart width={width} height={240} data={points} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={24} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} tickFormatter={(v: number) => number(v)} />
          <Tooltip formatter={(v) => number(Number(v))} />
          <Legend />
          <Line type="monotone" dataKey="opens" name={t('mailings.report.opens')} stroke={OPENS} strokeWidth={2} dot={points.length < 30} isAnimationActive={false} />
          <Line type="monotone" dataKey="clicks" name={t('mailings.report.clicks')} stroke={CLICKS} strokeWidth={2} dot={points.length < 30} isAnimationActive={false} />
        </LineChart>
      )}
    </ChartCard>
  );
}

/**
 * The mailing's report (issue 15): engagement (delivered, unique opens and clicks with their rates,
 * unsubscribes, bounces, complaints, replies; machine opens and clicks apart), clicks per link, and
 * opens and clicks per hour.
 */
export function MailingReport({ report }: { report: MailingReportFieldsFragment }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <EngagementCard report={report} />
      </Col>
      <Col xs={24} lg={12}>
        <HourlyChart hourly={report.hourly} />
      </Col>
      <Col xs={24} lg={12}>
        <LinksCard links={report.links} />
      </Col>
    </Row>
  );
}
