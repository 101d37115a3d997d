import { useQuery } from '@apollo/client/react';
import { errorMessageOf, SegmentConditionsDocument, SegmentDocument, SegmentsDocument } from '@rapport/web-data-access';
import { RecordNotFound } from '@rapport/web-core';
import { ErrorState, LoadingState } from '@rapport/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSegmentFields } from '../rule/use-segment-fields';
import { SEGMENTS_PATH } from '../segmentation-access';
import { SegmentBuilder } from './segment-builder';

/**
 * `/segments/new` and `/segments/:id/edit` (issue 17): loads what the builder needs — the
 * condition catalogue, the segment being edited, the other segments for "member of", the contact
 * and account custom fields for field conditions — and hands it to the builder.
 */
export function SegmentBuilderPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const catalogue = useQuery(SegmentConditionsDocument, { fetchPolicy: 'cache-first' });
  const segment = useQuery(SegmentDocument, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const others = useQuery(SegmentsDocument, { variables: { includeArchived: false } });
  const fields = useSegmentFields();
  const segmentOptions = useMemo(() => (others.data?.segments ?? []).filter((s) => s.id !== id).map((s) => ({ value: s.id, label: s.name })), [others.data, id]);

  if ((!catalogue.data && catalogue.loading) || (id && !segment.data && segment.loading)) return <LoadingState />;
  if (!catalogue.data) return <ErrorState message={errorMessageOf(catalogue.error)} onRetry={() => void catalogue.refetch()} />;
  if (id && !segment.data) return <ErrorState message={errorMessageOf(segment.error)} onRetry={() => void segment.refetch()} />;
  if (id && !segment.data?.segment) return <RecordNotFound title={t('segments.page.notFound')} backTo={SEGMENTS_PATH} backLabel={t('segments.page.backToList')} />;

  return <SegmentBuilder key={id ?? 'new'} segment={segment.data?.segment ?? null} catalogue={catalogue.data.segmentConditions} fields={fields} segments={segmentOptions} />;
}

export default SegmentBuilderPage;
