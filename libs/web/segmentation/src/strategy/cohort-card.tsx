import { useQuery } from '@apollo/client/react';
import { errorMessageOf, SegmentCohortDocument } from '@rapport/web-data-access';
import { ErrorState } from '@rapport/web-ui';
import { Card, Col, DatePicker, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buyerShare, defaultCohort, periodRange, relativeChange, type CohortPeriod } from './strategy-model';
import { resultFormat } from './strategy-words';

type Side = 'a' | 'b';

/** One period's dates: from and to, each its own labelled picker (keyboard and screen readers). */
function PeriodPicker({ side, value, onChange }: { side: Side; value: CohortPeriod; onChange: (p: CohortPeriod) => void }) {
  const { t } = useTranslation();
  const name = side === 'a' ? t('strategies.cohort.periodA') : t('strategies.cohort.periodB');
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <legend style={{ fontSize: 14, marginBottom: 4 }}>{name}</legend>
      <Flex gap="small" wrap>
        <DatePicker value={value.from} onChange={(from: Dayjs | null) => onChange({ ...value, from })} aria-label={t('strategies.cohort.from', { period: name })} placeholder={t('strategies.cohort.fromShort')} style={{ width: 150 }} data-testid={`cohort-${side}-from`} />
        <DatePicker value={value.to} onChange={(to: Dayjs | null) => onChange({ ...value, to })} aria-label={t('strategies.cohort.to', { period: name })} placeholder={t('strategies.cohort.toShort')} style={{ width: 150 }} data-testid={`cohort-${side}-to`} />
      </Flex>
    </fieldset>
  );
}

/** The cohort's figures in one period: members, buyers (and their share), orders, revenue; B with its change against A. */
function CohortFigures({ side, segmentId, memberAt, period, against }: { side: Side; segmentId: string; memberAt: string | null; period: CohortPeriod; against?: { orders: number; revenue: number; share: number | null } }) {
  const { t, i18n } = useTranslation();
  const f = useMemo(() => resultFormat(i18n.language), [i18n.language]);
  const { data, previousData, loading, error, refetch, chosen } = useCohort(segmentId, memberAt, period);
  if (!chosen) return <Typography.Text type="secondary">{t('strategies.cohort.choose')}</Typography.Text>;
  const c = (data ?? previousData)?.segmentCohort;
  if (!c && loading) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (!c) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  const share = buyerShare(c);
  const change = (a: number | null | undefined, b: number | null) => {
    const r = a === null || a === undefined || b === null ? null : relativeChange(a, b);
    return r === null ? undefined : t('strategies.cohort.vsA', { change: f.percent(r, true) });
  };
  const stats = [
    { key: 'members', title: t('strategies.cohort.members'), value: f.amount(c.members) },
    { key: 'buyers', title: t('strategies.cohort.buyers'), value: share === null ? f.amount(c.buyers) : t('strategies.cohort.buyersValue', { n: f.amount(c.buyers), share: f.percent(share) }), note: against ? change(against.share, share) : undefined },
    { key: 'orders', title: t('strategies.cohort.orders'), value: f.amount(c.orders), note: against ? change(against.orders, c.orders) : undefined },
    { key: 'revenue', title: t('strategies.cohort.revenue'), value: f.amount(c.revenue), note: against ? change(against.revenue, c.revenue) : undefined },
  ];
  return (
    <Row gutter={[12, 12]} data-testid={`cohort-${side}`} style={{ opacity: loading ? 0.6 : 1 }}>
      {stats.map((s) => (
        <Col xs={12} key={s.key}>
          <Statistic title={s.title} value={s.value} data-testid={`cohort-${side}-${s.key}`} />
          {s.note ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.note}</Typography.Text> : null}
        </Col>
      ))}
    </Row>
  );
}

/**
 * "How did this segment's members of one day behave later?" (issue 17): the members on a chosen
 * day, measured over two periods side by side — e.g. last quarter's at-risk customers, in that
 * quarter and in this one. Revenue sums the orders' amounts as recorded.
 */
export function CohortCard({ segmentId }: { segmentId: string }) {
  const { t } = useTranslation();
  const start = useMemo(() => defaultCohort(dayjs()), []);
  const [memberOn, setMemberOn] = useState<Dayjs | null>(start.memberOn);
  const [a, setA] = useState<CohortPeriod>(start.a);
  const [b, setB] = useState<CohortPeriod>(start.b);
  // The cohort is who was a member at the end of the chosen day.
  const memberAt = memberOn ? memberOn.add(1, 'day').startOf('day').toISOString() : null;
  const figuresA = useCohortSummary(segmentId, memberAt, a);

  return (
    <Card size="small" title={t('strategies.cohort.title')} data-testid="segment-cohort">
      <Typography.Paragraph type="secondary">{t('strategies.cohort.explain')}</Typography.Paragraph>
      <Flex vertical gap={4} style={{ marginBottom: 16 }}>
        <label htmlFor="cohort-member-on">{t('strategies.cohort.memberOn')}</label>
        <DatePicker id="cohort-member-on" value={memberOn} onChange={(d: Dayjs | null) => setMemberOn(d)} style={{ width: 180 }} data-testid="cohort-member-on" />
      </Flex>
      <Row gutter={[24, 24]}>
        <Col xs={24} md={12}>
          <Flex vertical gap="small">
            <PeriodPicker side="a" value={a} onChange={setA} />
            <CohortFigures side="a" segmentId={segmentId} memberAt={memberAt} period={a} />
          </Flex>
        </Col>
        <Col xs={24} md={12}>
          <Flex vertical gap="small">
            <PeriodPicker side="b" value={b} onChange={setB} />
            <CohortFigures side="b" segmentId={segmentId} memberAt={memberAt} period={b} against={figuresA} />
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}

/** The cohort's figures over one period; not asked until the day and both dates are chosen (`chosen`). */
function useCohort(segmentId: string, memberAt: string | null, period: CohortPeriod) {
  const range = periodRange(period);
  const chosen = !!memberAt && !!range;
  const q = useQuery(SegmentCohortDocument, { variables: { segmentId, memberAt: memberAt ?? '', from: range?.from ?? '', to: range?.to ?? '' }, skip: !chosen });
  return { ...q, chosen };
}

/** Period A's figures for B's comparison (the same query as A's card: Apollo answers it from the cache). */
function useCohortSummary(segmentId: string, memberAt: string | null, period: CohortPeriod): { orders: number; revenue: number; share: number | null } | undefined {
  const c = useCohort(segmentId, memberAt, period).data?.segmentCohort;
  return c ? { orders: c.orders, revenue: c.revenue, share: buyerShare(c) } : undefined;
}
