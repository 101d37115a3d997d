import { useQuery } from '@apollo/client/react';
import { SegmentOwnersDocument } from '@rapport/web-data-access';
import { useSessionUser } from '@rapport/web-core';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The refresh intervals the builder offers, in minutes (null: on demand only). */
export const REFRESH_CHOICES: readonly (number | null)[] = [null, 15, 60, 360, 1440, 10080];

/** "Every 15 minutes", "Hourly", "Daily", …; another interval as its minutes. */
export function intervalLabel(t: TFunction, minutes: number | null): string {
  switch (minutes) {
    case null:
      return t('segments.interval.none');
    case 15:
      return t('segments.interval.m15');
    case 60:
      return t('segments.interval.h1');
    case 360:
      return t('segments.interval.h6');
    case 1440:
      return t('segments.interval.d1');
    case 10080:
      return t('segments.interval.w1');
    default:
      return t('segments.interval.minutes', { n: minutes });
  }
}

/** Dynamic (follows its rule) or static (a snapshot), as a tag. */
export function KindTag({ dynamic }: { dynamic: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={dynamic ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }} data-testid="segment-kind" data-dynamic={dynamic}>
      {dynamic ? t('segments.dynamic') : t('segments.static')}
    </Tag>
  );
}

/**
 * Who owns each segment: the viewer, a colleague by name when the viewer may see them (`users`
 * answers only those), else "a colleague" (Segment gives only the owner's id).
 */
export function useOwnerNames(ownerIds: readonly (string | null)[]): (id: string | null) => string | null {
  const me = useSessionUser();
  const { t } = useTranslation();
  // A new list each render (callers map their rows); Apollo compares the variables by value.
  const ids = [...new Set(ownerIds.filter((id): id is string => !!id && id !== me.id))].sort();
  const q = useQuery(SegmentOwnersDocument, { variables: { ids }, skip: ids.length === 0 });
  const names = new Map((q.data?.users.edges ?? []).map(({ node }) => [node.id, node.name]));
  return (id) => {
    if (!id) return null;
    if (id === me.id) return t('segments.ownerYou');
    return names.get(id) ?? (q.loading ? null : t('segments.ownerColleague'));
  };
}
