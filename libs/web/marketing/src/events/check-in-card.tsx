import { CheckOutlined, UndoOutlined } from '@ant-design/icons';
import type { EventRegistrationRowFragment } from '@rapport/web-data-access';
import { personName } from '@rapport/web-core';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegistrationStatusTags } from './event-registrations';

/** Statuses the door checks in: seat holders and, if the room allows, the waitlisted. */
const CHECKABLE = ['registered', 'waitlisted'];

/**
 * One person as the door sees them: a large card with the name, company and email, the status,
 * and one large button: Check in, or Undo for someone already in. A cancelled registration has
 * none, nor anyone while the event is not open for check-in (`canAct`).
 */
export function CheckInCard({ registration: r, canAct, busy, onCheckIn, onUndo }: { registration: EventRegistrationRowFragment; canAct: boolean; busy: boolean; onCheckIn: () => void; onUndo: () => void }) {
  const { t } = useTranslation();
  const name = personName(r) || r.email;
  const attended = r.status === 'attended';
  return (
    <Card size="small" data-testid="check-in-card" data-status={r.status} styles={{ body: { padding: 16 } }} style={attended ? { borderColor: '#389e0d' } : undefined}>
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Flex vertical gap={2} style={{ minWidth: 0, flex: '1 1 180px' }}>
          <Typography.Text strong style={{ fontSize: 20 }} data-testid="check-in-name">
            {name}
          </Typography.Text>
          {r.company ? <Typography.Text style={{ fontSize: 16 }}>{r.company}</Typography.Text> : null}
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {r.email}
          </Typography.Text>
          <RegistrationStatusTags registration={r} />
        </Flex>
        {!canAct ? null : attended ? (
          <Button size="large" icon={<UndoOutlined />} loading={busy} onClick={onUndo} aria-label={t('events.checkIn.undoName', { name })} style={{ minHeight: 48 }} data-testid="check-in-undo">
            {t('events.checkIn.undo')}
          </Button>
        ) : CHECKABLE.includes(r.status) ? (
          <Button type="primary" size="large" icon={<CheckOutlined />} loading={busy} onClick={onCheckIn} aria-label={t('events.checkIn.checkInName', { name })} style={{ minHeight: 48, minWidth: 140 }} data-testid="check-in-button">
            {t('events.checkIn.checkIn')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
