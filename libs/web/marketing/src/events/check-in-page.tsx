import { QrcodeOutlined, SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { CheckInByCodeDocument, errorMessageOf, EventDocument, EventRegistrationsDocument, type EventRegistrationRowFragment } from '@rapport/web-data-access';
import { BackLink, personName, RecordNotFound, usePageTitle } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader, useDebouncedValue } from '@rapport/web-ui';
import { Alert, Button, Flex, Input, Typography, type InputRef } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CheckInCard } from './check-in-card';
import { capacityFigures } from './event-model';
import { EVENTS_PATH, eventPath } from './event-paths';
import { canScanQr, QrScanModal } from './qr-scanner';
import { useCheckIn } from './use-check-in';
import { WalkInModal } from './walk-in-modal';

export const CHECK_IN_RESULTS = 20;

/** The outcome of the last scan or walk-in, shown above the search until the next. */
type Outcome = { kind: 'success'; registration: EventRegistrationRowFragment } | { kind: 'error'; text: string };

/**
 * The door's screen, made for a phone (390 px) and a keyboard alike: "38 of 120 checked in", a
 * large search (name — 王敏 too — email or company) whose results are large cards with Check in
 * (Undo on someone already in), "Scan QR code" with the camera where the browser can read codes
 * (Chromium's BarcodeDetector; elsewhere a message points to the search), and a walk-in form.
 * After each check-in the search is selected, ready for the next name.
 */
export function CheckInPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const search = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const [scanning, setScanning] = useState(false);
  const [noScanner, setNoScanner] = useState(false);
  const [walkIn, setWalkIn] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const eventQuery = useQuery(EventDocument, { variables: { id } });
  const results = useQuery(EventRegistrationsDocument, {
    variables: { id, first: CHECK_IN_RESULTS, filter: { search: query } },
    skip: !query,
    notifyOnNetworkStatusChange: true,
  });
  const checkIns = useCheckIn();
  const [byCode] = useMutation(CheckInByCodeDocument, { refetchQueries: ['Event'] });
  const event = eventQuery.data?.event;
  usePageTitle(event ? t('events.checkIn.pageTitle', { title: event.localizedTitle }) : t('events.checkIn.title'));

  const ready = () => {
    search.current?.focus({ cursor: 'all' });
  };
  const onCode = useCallback(
    (code: string) => {
      setScanning(false);
      void byCode({ variables: { input: { eventId: id, code } } })
        .then(({ data }) => {
          if (data) setOutcome({ kind: 'success', registration: data.checkInByCode.registration });
        })
        .catch((error: unknown) => setOutcome({ kind: 'error', text: errorMessageOf(error) ?? t('errors.generic') }))
        .finally(ready);
    },
    [byCode, id, t],
  );

  if (!eventQuery.data && eventQuery.loading) return <LoadingState />;
  if (!eventQuery.data && eventQuery.error) return <ErrorState message={errorMessageOf(eventQuery.error)} onRetry={() => void eventQuery.refetch()} />;
  if (!event) return <RecordNotFound title={t('events.page.notFound')} backTo={EVENTS_PATH} backLabel={t('events.page.backToList')} />;

  const open = event.status === 'PUBLISHED';
  const f = capacityFigures(event);
  const found = (results.data ?? results.previousData)?.event?.registrations.edges.map((e) => e.node) ?? [];
  const searching = !!query;
  const scan = () => {
    setOutcome(null);
    if (canScanQr()) setScanning(true);
    else {
      setNoScanner(true);
      ready();
    }
  };
  const check = async (r: EventRegistrationRowFragment, kind: 'in' | 'undo') => {
    setOutcome(null);
    if ((kind === 'in' ? await checkIns.checkIn(r) : await checkIns.undo(r)) && kind === 'in') ready();
  };

  return (
    <div style={{ maxWidth: 720 }}>
      <BackLink to={eventPath(event.id)} label={event.localizedTitle} />
      <PageHeader title={t('events.checkIn.title')} subtitle={event.localizedTitle} />
      <Flex vertical gap="middle">
        <Typography.Text style={{ fontSize: 24, fontVariantNumeric: 'tabular-nums' }} aria-live="polite" data-testid="check-in-counter">
          {t('events.checkIn.counter', { count: f.attended, total: f.seatHolders })}
        </Typography.Text>
        {open ? null : <Alert type="info" showIcon title={t('events.checkIn.notOpen')} data-testid="check-in-closed" />}
        <Flex gap="small" wrap>
          <Button size="large" icon={<QrcodeOutlined />} onClick={scan} disabled={!open} style={{ minHeight: 48, flex: '1 1 160px' }} data-testid="check-in-scan">
            {t('events.scan.open')}
          </Button>
          <Button size="large" icon={<UserAddOutlined />} onClick={() => setWalkIn(true)} disabled={!open} style={{ minHeight: 48, flex: '1 1 160px' }} data-testid="check-in-walk-in">
            {t('events.walkIn.open')}
          </Button>
        </Flex>
        {noScanner ? <Alert type="warning" showIcon closable onClose={() => setNoScanner(false)} title={t('events.scan.unsupported')} data-testid="scan-unsupported" /> : null}
        <div aria-live="polite">
          {outcome?.kind === 'success' ? (
            <Alert type="success" showIcon title={t('events.checkIn.done', { name: personName(outcome.registration) || outcome.registration.email })} data-testid="check-in-outcome" />
          ) : outcome?.kind === 'error' ? (
            <Alert type="error" showIcon title={outcome.text} data-testid="check-in-outcome" />
          ) : null}
        </div>
        <Input
          ref={search}
          type="search"
          size="large"
          allowClear
          prefix={<SearchOutlined />}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('events.checkIn.searchPlaceholder')}
          aria-label={t('events.checkIn.searchLabel')}
          style={{ fontSize: 18, minHeight: 52 }}
          autoComplete="off"
          data-testid="check-in-search"
        />
        <div aria-live="polite" aria-busy={results.loading}>
          {!searching ? (
            <Typography.Text type="secondary">{t('events.checkIn.searchHint')}</Typography.Text>
          ) : results.error && !results.data ? (
            <ErrorState message={errorMessageOf(results.error)} onRetry={() => void results.refetch()} />
          ) : results.loading && !found.length ? (
            <LoadingState />
          ) : found.length ? (
            <Typography.Text type="secondary" data-testid="check-in-count">
              {t('events.checkIn.found', { count: found.length })}
            </Typography.Text>
          ) : (
            <Flex vertical gap="small" align="start" data-testid="check-in-none">
              <Typography.Text>{t('events.checkIn.none', { query })}</Typography.Text>
              {open ? (
                <Button onClick={() => setWalkIn(true)} data-testid="check-in-none-walk-in">
                  {t('events.walkIn.registerThem')}
                </Button>
              ) : null}
            </Flex>
          )}
        </div>
        {searching ? (
          <Flex vertical gap="small" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="check-in-results">
            {found.map((r) => (
              <li key={r.id}>
                <CheckInCard registration={r} canAct={open} busy={checkIns.busyId === r.id} onCheckIn={() => void check(r, 'in')} onUndo={() => void check(r, 'undo')} />
              </li>
            ))}
          </Flex>
        ) : null}
      </Flex>
      <QrScanModal open={scanning} onClose={() => setScanning(false)} onCode={onCode} />
      <WalkInModal
        eventId={event.id}
        open={walkIn}
        initialName={text.trim() || undefined}
        onClose={() => setWalkIn(false)}
        onDone={(r) => {
          setWalkIn(false);
          setOutcome({ kind: 'success', registration: r });
          ready();
        }}
      />
    </div>
  );
}

export default CheckInPage;
