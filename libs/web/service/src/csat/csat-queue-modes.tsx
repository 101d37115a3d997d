import { ScrollRegion } from '@rapport/web-ui';
import { Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { modeLabel } from './csat-mode-label';
import { CSAT_MODES, type CsatMode, type CsatSettings } from './csat-model';

type Queue = CsatSettings['queueModes'][number];
const INHERIT = 'INHERIT';

interface Props {
  queues: readonly Queue[];
  modes: Record<string, CsatMode | null>;
  companyMode: CsatMode;
  onChange: (queueId: string, mode: CsatMode | null) => void;
  disabled: boolean;
}

/** Each routing queue's survey mode: the company's (the default), or one of its own that overrides it. */
export function CsatQueueModes({ queues, modes, companyMode, onChange, disabled }: Props) {
  const { t } = useTranslation();
  if (!queues.length)
    return (
      <Typography.Text type="secondary" data-testid="csat-queue-modes-empty">
        {t('csat.settings.noQueues')}
      </Typography.Text>
    );
  const columns: TableColumnsType<Queue> = [
    {
      key: 'queue',
      title: t('csat.settings.queue'),
      render: (_: unknown, q) => (
        <>
          {q.queueName} {!q.active ? <Tag>{t('csat.settings.inactiveQueue')}</Tag> : null}
        </>
      ),
    },
    {
      key: 'mode',
      title: t('csat.settings.queueMode'),
      render: (_: unknown, q) => (
        <Select<string>
          aria-label={t('csat.settings.queueModeFor', { queue: q.queueName })}
          value={modes[q.queueId] ?? INHERIT}
          disabled={disabled}
          style={{ minWidth: 220 }}
          onChange={(v) => onChange(q.queueId, v === INHERIT ? null : (v as CsatMode))}
          options={[{ value: INHERIT, label: t('csat.settings.inherit', { mode: modeLabel(t, companyMode) }) }, ...CSAT_MODES.map((m) => ({ value: m, label: modeLabel(t, m) }))]}
          data-testid={`csat-queue-mode-${q.queueId}`}
        />
      ),
    },
  ];
  return (
    <ScrollRegion label={t('csat.settings.queueModes')} data-testid="csat-queue-modes">
      <Table<Queue> size="small" rowKey="queueId" columns={columns} dataSource={[...queues]} pagination={false} />
    </ScrollRegion>
  );
}
