import { PhoneOutlined } from '@ant-design/icons';
import { useCan } from '@rapport/web-core';
import { Button, Tooltip } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The dialog (form, pickers, mutation) loads on the first click: the header is on every page.
const LogCallModal = lazy(() => import('./log-call-modal'));

/**
 * "Log an inbound call" in the header, for whoever may log activities: the agent who picks up
 * the phone is on whatever page they are on.
 */
export function LogInboundCallButton() {
  const { t } = useTranslation();
  const canLog = useCan('activity', 'write');
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  if (!canLog) return null;
  const label = t('campaigns.logCall');
  return (
    <>
      <Tooltip title={label}>
        <Button
          type="text"
          icon={<PhoneOutlined />}
          aria-label={label}
          onClick={() => {
            setLoaded(true);
            setOpen(true);
          }}
          data-testid="log-call-open"
        />
      </Tooltip>
      {loaded ? (
        <Suspense fallback={null}>
          <LogCallModal open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
