import { useQuery } from '@apollo/client/react';
import { SegmentsDocument } from '@rapport/web-data-access';
import { useCan } from '@rapport/web-core';
import { useMemo } from 'react';

export interface SegmentName {
  id: string;
  name: string;
  memberCount: number;
  archived: boolean;
}

/**
 * The segments a mailing may go to (issue 17), by id, for the pickers and the audience summary.
 * Archived ones come too, so a draft that names one still shows its name. Asked only when wanted
 * (`skip`) and when the viewer may read segments; otherwise the map is empty.
 */
export function useSegmentNames(skip = false) {
  const canRead = useCan('segment', 'read');
  const { data, previousData, loading, error } = useQuery(SegmentsDocument, { variables: { includeArchived: true }, skip: skip || !canRead });
  const byId = useMemo(
    () => new Map<string, SegmentName>(((data ?? previousData)?.segments ?? []).map((s) => [s.id, { id: s.id, name: s.name, memberCount: s.memberCount, archived: !!s.archivedAt }])),
    [data, previousData],
  );
  return { byId, loading, error, canRead };
}
