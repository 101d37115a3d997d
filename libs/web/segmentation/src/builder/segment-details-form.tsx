import type { ApiFieldError } from '@rapport/web-data-access';
import { Card, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { intervalLabel, KindTag, REFRESH_CHOICES } from '../segment-labels';

export interface SegmentDetails {
  name: string;
  description: string;
  dynamic: boolean;
  refreshMinutes: number | null;
}

/** A refused save's message about one of these fields (`input.name`, …). */
function messageFor(errors: readonly ApiFieldError[], field: string): string | undefined {
  return errors.find((e) => e.path === `input.${field}` || e.path === field)?.message;
}

/**
 * Name, description, dynamic or static (chosen when the segment is created, as the API has it) and,
 * for a dynamic segment, how often it refreshes (on demand only, every 15 minutes … weekly).
 */
export function SegmentDetailsForm({ value, onChange, fixedKind, errors }: { value: SegmentDetails; onChange: (v: SegmentDetails) => void; fixedKind: boolean; errors: readonly ApiFieldError[] }) {
  const { t } = useTranslation();
  const set = (patch: Partial<SegmentDetails>) => onChange({ ...value, ...patch });
  const status = (field: string) => {
    const help = messageFor(errors, field);
    return help ? { validateStatus: 'error' as const, help } : {};
  };
  return (
    <Card size="small" title={t('segments.builder.details')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('segments.builder.name')} htmlFor="segment-name" required {...status('name')}>
          <Input id="segment-name" value={value.name} onChange={(e) => set({ name: e.target.value })} maxLength={200} data-testid="segment-name" />
        </Form.Item>
        <Form.Item label={t('segments.builder.description')} htmlFor="segment-description" {...status('description')}>
          <Input.TextArea id="segment-description" value={value.description} onChange={(e) => set({ description: e.target.value })} autoSize={{ minRows: 1, maxRows: 4 }} data-testid="segment-description" />
        </Form.Item>
        <Form.Item label={t('segments.builder.kind')} {...status('dynamic')}>
          {fixedKind ? (
            <Typography.Text>
              <KindTag dynamic={value.dynamic} /> <Typography.Text type="secondary">{t('segments.builder.kindFixed')}</Typography.Text>
            </Typography.Text>
          ) : (
            <Radio.Group value={value.dynamic} onChange={(e) => set({ dynamic: e.target.value as boolean })} aria-label={t('segments.builder.kind')} data-testid="segment-kind-choice">
              <Radio value={true}>{t('segments.builder.dynamicChoice')}</Radio>
              <Radio value={false}>{t('segments.builder.staticChoice')}</Radio>
            </Radio.Group>
          )}
        </Form.Item>
        {value.dynamic ? (
          <Form.Item label={t('segments.builder.interval')} htmlFor="segment-interval" style={{ marginBottom: 0 }} {...status('refreshMinutes')}>
            <Select<string>
              id="segment-interval"
              value={String(value.refreshMinutes)}
              onChange={(v) => set({ refreshMinutes: v === 'null' ? null : Number(v) })}
              options={[...REFRESH_CHOICES, ...(REFRESH_CHOICES.includes(value.refreshMinutes) ? [] : [value.refreshMinutes])].map((m) => ({ value: String(m), label: intervalLabel(t, m) }))}
              style={{ maxWidth: 260 }}
              data-testid="segment-interval"
            />
          </Form.Item>
        ) : (
          <Typography.Text type="secondary">{t('segments.builder.staticNote')}</Typography.Text>
        )}
      </Form>
    </Card>
  );
}
