import type { EventRowFragment } from '@rapport/web-data-access';
import { Card, Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { capacityFigures } from './event-model';

const ATTENDED = '#389e0d';
const REGISTERED = '#1677ff';
const TRACK = '#f0f0f0';

/**
 * A bar that is a `progressbar` whose text says the counts, so a screen reader hears what the
 * colours show; `parts` are its coloured shares, in percent of the whole.
 */
function Bar({ label, percent, text, parts, testId }: { label: string; percent: number; text: string; parts: { key: string; width: number; color: string }[]; testId: string }) {
  const bar: CSSProperties = { display: 'flex', height: 14, borderRadius: 7, overflow: 'hidden', background: TRACK, flex: 1, minWidth: 120 };
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{label}</Typography.Text>
      <Flex align="center" gap={8}>
        <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text} title={text} data-testid={testId} style={bar}>
          {parts.map((p) => (
            <span key={p.key} data-part={p.key} style={{ width: `${p.width}%`, background: p.color }} />
          ))}
        </div>
      </Flex>
      <Typography.Text data-testid={`${testId}-text`}>{text}</Typography.Text>
    </Flex>
  );
}

/**
 * The seats (those holding one, the checked-in among them, of the capacity) and the waitlist; and
 * the door's progress: checked in of the seat holders.
 */
export function EventCapacity({ event }: { event: Pick<EventRowFragment, 'capacity' | 'counts'> }) {
  const { t } = useTranslation();
  const f = capacityFigures(event);
  const whole = f.capacity ?? Math.max(f.seatHolders, 1);
  const share = (n: number) => Math.min(100, (n / whole) * 100);
  const seatsText = f.capacity ? t('events.capacity.seats', { count: f.seatHolders, capacity: f.capacity, attended: f.attended }) : t('events.capacity.noLimit', { count: f.seatHolders, attended: f.attended });
  return (
    <Card title={t('events.capacity.title')} size="small">
      <Flex vertical gap="middle">
        <Bar
          label={t('events.capacity.seatsLabel')}
          percent={f.percentTaken ?? 0}
          text={seatsText}
          testId="event-capacity-bar"
          parts={f.capacity ? [
            { key: 'attended', width: share(f.attended), color: ATTENDED },
            { key: 'registered', width: share(f.seatHolders - f.attended), color: REGISTERED },
          ] : []}
        />
        <Typography.Text type={f.waitlisted ? undefined : 'secondary'} data-testid="event-waitlist">
          {t('events.waitlistCount', { count: f.waitlisted })}
        </Typography.Text>
        <Bar
          label={t('events.capacity.checkInLabel')}
          percent={f.percentCheckedIn}
          text={t('events.checkIn.counter', { count: f.attended, total: f.seatHolders })}
          testId="event-checkin-bar"
          parts={[{ key: 'attended', width: f.percentCheckedIn, color: ATTENDED }]}
        />
      </Flex>
    </Card>
  );
}
