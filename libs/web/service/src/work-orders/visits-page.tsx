import { useQuery } from '@apollo/client/react';
import { errorCodeOf, errorMessageOf, ServiceTechniciansDocument, VisitCalendarDocument } from '@rapport/web-data-access';
import { NoAccess, usePageTitle, usePermissions, useSessionUser } from '@rapport/web-core';
import { EmptyState, ErrorState, PageHeader } from '@rapport/web-ui';
import { Alert, Button, Card, Flex, Select, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { parseWeek, weekDays, weekRange, weekStart, zoneLabel } from './visit-model';
import { VisitWeek } from './visit-week';
import { VISITS_NEEDS } from './visit-paths';

const ALL = 'all';

/**
 * The technician calendar (issue 18 item 9, ADR 0023): a week of visits with a confirmed time, each
 * linking to its case. A technician sees their own; whoever reads others' visits (a dispatcher, a
 * manager) picks whose — by default their own when they have visits that week, else everyone's,
 * with the technician on each visit. The week and the choice live in the address, so a link shows
 * the same week. Times are in the browser's zone, which the page names.
 */
export function VisitsPage() {
  const { t } = useTranslation();
  usePageTitle(t('service.visits.calendar.title'));
  const me = useSessionUser();
  const readScope = usePermissions().scope('workOrder', 'read');
  // Whoever reads more than their own visits chooses whose; the others see theirs.
  const canPick = readScope === 'TEAM' || readScope === 'ALL';
  const [params, setParams] = useSearchParams();
  // "Today" is taken once per page, so the query's variables stay put between renders.
  const today = useMemo(() => dayjs(), []);
  const monday = parseWeek(params.get('week'), today);
  const mondayKey = monday.format('YYYY-MM-DD');
  const days = useMemo(() => weekDays(dayjs(mondayKey)), [mondayKey]);
  const range = useMemo(() => weekRange(dayjs(mondayKey)), [mondayKey]);
  const { data, previousData, error, loading, refetch } = useQuery(VisitCalendarDocument, { variables: { ...range, technicianId: canPick ? undefined : me.id } });
  const all = (data ?? previousData)?.workOrders;
  // Whom one may pick besides those with visits this week: every technician whose visits one may see.
  const technicians = useQuery(ServiceTechniciansDocument, { skip: !canPick }).data?.serviceTechnicians;
  const pickerId = useId();

  const mine = all?.some((v) => v.technician?.id === me.id) ?? false;
  const chosen = !canPick ? me.id : (params.get('technician') ?? (all && !mine ? ALL : me.id));
  const visits = useMemo(() => (all ?? []).filter((v) => chosen === ALL || v.technician?.id === chosen), [all, chosen]);
  // The people to choose from: oneself, the technicians one may see and whoever has visits this week, by name.
  const people = useMemo(() => {
    const found = new Map<string, string>([[me.id, me.name]]);
    for (const p of technicians ?? []) found.set(p.id, p.name);
    for (const v of all ?? []) if (v.technician) found.set(v.technician.id, v.technician.name);
    // Someone chosen by a link who has no visit this week is still the one chosen.
    if (chosen !== ALL && !found.has(chosen)) found.set(chosen, t('service.visits.calendar.someone'));
    return [...found].sort((a, b) => a[1].localeCompare(b[1]));
  }, [all, technicians, me.id, me.name, chosen, t]);
  const chosenName = chosen === ALL ? null : (people.find(([id]) => id === chosen)?.[1] ?? null);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: key === 'technician' },
    );
  const goWeek = (d: dayjs.Dayjs) => setParam('week', weekStart(d).isSame(weekStart(today), 'day') ? null : weekStart(d).format('YYYY-MM-DD'));

  if (errorCodeOf(error) === 'FORBIDDEN') return <NoAccess needs={VISITS_NEEDS} />;

  let body: ReactNode;
  if (error && !all) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!all) body = <Skeleton active paragraph={{ rows: 8 }} data-testid="calendar-loading" />;
  else if (!visits.length)
    body = (
      <Card data-testid="calendar-empty">
        <EmptyState
          description={
            <>
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                {chosen === me.id ? t('service.visits.calendar.emptyMine') : chosenName ? t('service.visits.calendar.emptyOf', { name: chosenName }) : t('service.visits.calendar.empty')}
              </Typography.Paragraph>
              <Typography.Text type="secondary">{canPick ? t('service.visits.calendar.emptyHintPick') : t('service.visits.calendar.emptyHint')}</Typography.Text>
            </>
          }
        />
      </Card>
    );
  else body = <VisitWeek days={days} visits={visits} today={today} showTechnician={chosen === ALL} />;

  const last = days[6]!;
  return (
    <>
      <PageHeader title={t('service.visits.calendar.title')} subtitle={t('service.visits.zone', { zone: zoneLabel(monday) })} />
      <Flex wrap align="center" justify="space-between" gap={12} style={{ marginBottom: 16 }}>
        <Flex wrap align="center" gap={8} role="group" aria-label={t('service.visits.calendar.weekNav')}>
          <Button onClick={() => goWeek(monday.subtract(7, 'day'))} data-testid="calendar-prev">
            {t('service.visits.calendar.previous')}
          </Button>
          <Button onClick={() => goWeek(today)} disabled={monday.isSame(weekStart(today), 'day')} data-testid="calendar-today">
            {t('service.visits.calendar.thisWeek')}
          </Button>
          <Button onClick={() => goWeek(monday.add(7, 'day'))} data-testid="calendar-next">
            {t('service.visits.calendar.next')}
          </Button>
          <Typography.Text strong aria-live="polite" data-testid="calendar-range">
            {t('service.visits.calendar.range', { from: monday.format('YYYY-MM-DD'), to: last.format('YYYY-MM-DD') })}
          </Typography.Text>
        </Flex>
        {canPick ? (
          <Flex align="center" gap={8}>
            <label htmlFor={pickerId}>{t('service.visits.technician')}</label>
            <Select
              id={pickerId}
              value={chosen}
              onChange={(v) => setParam('technician', v)}
              options={[
                { value: ALL, label: t('service.visits.calendar.everyone') },
                ...people.map(([id, name]) => ({ value: id, label: id === me.id ? t('service.visits.calendar.me', { name }) : name })),
              ]}
              style={{ minWidth: 200 }}
              data-testid="calendar-technician"
            />
          </Flex>
        ) : null}
      </Flex>
      {/* Another week keeps the last one on screen, dimmed, until the new one arrives. */}
      {error && all ? <Alert type="warning" showIcon title={errorMessageOf(error) ?? t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <div aria-busy={loading} style={{ opacity: loading && all ? 0.6 : 1, transition: 'opacity 0.2s' }}>
        {body}
      </div>
    </>
  );
}

export default VisitsPage;
