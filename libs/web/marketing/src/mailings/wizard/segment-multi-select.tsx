import { fieldControlProps, type FieldControlProps } from '@rapport/web-ui';
import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentName } from '../use-segment-names';

export interface SegmentMultiSelectProps extends FieldControlProps {
  value?: string[];
  onChange?: (value: string[]) => void;
  segments: ReadonlyMap<string, SegmentName>;
  loading?: boolean;
  placeholder?: string;
  'data-testid'?: string;
}

/**
 * Picks segments (issue 17) by typing part of their names: each option says how many members it
 * had at its last refresh. Archived segments are offered only when already chosen. In a Form.Item
 * the field's label and error reach the input.
 */
export function SegmentMultiSelect({ value, onChange, segments, loading, placeholder, 'data-testid': testId, ...field }: SegmentMultiSelectProps) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => {
    const chosen = new Set(value ?? []);
    const number = new Intl.NumberFormat(i18n.language);
    const list = [...segments.values()]
      .filter((s) => !s.archived || chosen.has(s.id))
      .map((s) => ({ value: s.id, label: s.name, title: t('mailings.wizard.segmentOption', { name: s.name, n: number.format(s.memberCount) }) }));
    for (const id of chosen) if (!segments.has(id)) list.unshift({ value: id, label: t('mailings.audience.unknownSegment'), title: '' });
    return list;
  }, [segments, value, t, i18n.language]);
  return (
    <Select<string[]>
      {...fieldControlProps(field)}
      mode="multiple"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      options={options}
      optionRender={(o) => o.data.title || o.label}
      loading={loading}
      placeholder={placeholder}
      notFoundContent={loading ? t('common.loading') : t('search.noResults')}
      data-testid={testId}
    />
  );
}
