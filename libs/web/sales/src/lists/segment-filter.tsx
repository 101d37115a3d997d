import { useQuery } from '@apollo/client/react';
import { segmentPath, usePermissions } from '@rapport/web-core';
import { SegmentsDocument } from '@rapport/web-data-access';
import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

/**
 * "Members of a segment" on the contacts and accounts lists (issue 17 item 3): the segment comes
 * from the address (`?segment=<id>`, what a segment's page links to) so the filtered list can be
 * shared and reloaded, and the list query sends it as `inSegment`. Only readers of segments have
 * it; the API refuses the others anyway.
 */
export function useSegmentFilter(): { segmentId: string | null; setSegmentId: (id: string | null) => void; available: boolean } {
  const [params, setParams] = useSearchParams();
  const available = usePermissions().can('segment', 'read');
  const segmentId = available ? params.get('segment') : null;
  const setSegmentId = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('segment', id);
        else next.delete('segment');
        return next;
      },
      { replace: true },
    );
  return { segmentId, setSegmentId, available };
}

/** The segment picker in a list's toolbar: current segments by name, an archived one only while it is the one picked. */
export function SegmentFilterSelect({ prefix, segmentId, onChange }: { prefix: string; segmentId: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(SegmentsDocument, { variables: { includeArchived: true } });
  const options = (data?.segments ?? []).filter((s) => !s.archivedAt || s.id === segmentId).map((s) => ({ value: s.id, label: s.name }));
  return (
    <Flex gap="small" align="center">
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={loading}
        value={segmentId ?? undefined}
        onChange={(id?: string) => onChange(id ?? null)}
        options={options}
        placeholder={t('lists.segment.placeholder')}
        aria-label={t('lists.segment.label')}
        notFoundContent={loading ? null : t('lists.segment.none')}
        style={{ minWidth: 200 }}
        data-testid={`${prefix}-segment`}
      />
      {segmentId ? <Link to={segmentPath(segmentId)}>{t('lists.segment.open')}</Link> : null}
    </Flex>
  );
}
