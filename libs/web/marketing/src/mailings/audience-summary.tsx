import { campaignPath, memberStatusLabel, segmentPath } from '@rapport/web-core';
import { Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignName } from './use-campaign-names';
import { useSegmentNames } from './use-segment-names';

export interface AudienceSummaryProps {
  campaign: { id: string; name: string } | undefined;
  audience: { campaignMemberStatuses: readonly string[]; listIds: readonly string[]; excludeListIds: readonly string[]; segmentIds?: readonly string[]; excludeSegmentIds?: readonly string[] };
  names: ReadonlyMap<string, CampaignName>;
}

/** Items joined as the reader's language joins a list ("A, B and C", "A、B和C"). */
function joined(items: ReactNode[], language: string): ReactNode {
  if (items.length <= 1) return items[0] ?? null;
  // The language's separators around placeholders; each placeholder ("element") is the next item, in order.
  let next = 0;
  return new Intl.ListFormat(language, { type: 'conjunction' })
    .formatToParts(items.map((_, i) => String(i)))
    .map((part, i) => (part.type === 'element' ? <Fragment key={i}>{items[next++]}</Fragment> : part.value));
}

/**
 * Who a mailing goes to, in plain words: members of its campaign with these statuses, everyone on
 * these lists and in these segments, except people on those lists and in those segments.
 * Campaigns and segments are links; statuses are their labels. Segment names are asked for only
 * when the audience names segments.
 */
export function AudienceSummary({ campaign, audience, names }: AudienceSummaryProps) {
  const { t, i18n } = useTranslation();
  const segmentIds = audience.segmentIds ?? [];
  const excludeSegmentIds = audience.excludeSegmentIds ?? [];
  const segments = useSegmentNames(segmentIds.length + excludeSegmentIds.length === 0);
  const segmentLink = (id: string) => {
    const s = segments.byId.get(id);
    return s ? (
      <Link key={id} to={segmentPath(id)}>
        {s.name}
      </Link>
    ) : (
      <Typography.Text key={id} type="secondary">
        {t('mailings.audience.unknownSegment')}
      </Typography.Text>
    );
  };
  const link = (id: string) => {
    const c = names.get(id);
    return c ? (
      <Link key={id} to={campaignPath(id)}>
        {c.name}
      </Link>
    ) : (
      <Typography.Text key={id} type="secondary">
        {t('mailings.audience.unknownList')}
      </Typography.Text>
    );
  };
  const lines: { key: string; text: ReactNode }[] = [];
  if (audience.campaignMemberStatuses.length) {
    lines.push({
      key: 'statuses',
      text: (
        <>
          {t('mailings.audience.membersOf', { campaign: campaign?.name ?? '…' })}{' '}
          <strong>{joined(audience.campaignMemberStatuses.map((s) => memberStatusLabel(t, s)), i18n.language)}</strong>
        </>
      ),
    });
  }
  if (audience.listIds.length) lines.push({ key: 'lists', text: <>{t('mailings.audience.everyoneOn')} {joined(audience.listIds.map(link), i18n.language)}</> });
  if (segmentIds.length) lines.push({ key: 'segments', text: <>{t('mailings.audience.everyoneIn')} {joined(segmentIds.map(segmentLink), i18n.language)}</> });
  if (audience.excludeListIds.length) lines.push({ key: 'except', text: <>{t('mailings.audience.exceptOn')} {joined(audience.excludeListIds.map(link), i18n.language)}</> });
  if (excludeSegmentIds.length) lines.push({ key: 'exceptSegments', text: <>{t('mailings.audience.exceptIn')} {joined(excludeSegmentIds.map(segmentLink), i18n.language)}</> });
  if (!lines.length) return <Typography.Text type="secondary">{t('mailings.audience.nobody')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="mailing-audience-summary">
      {lines.map((l) => (
        <li key={l.key}>{l.text}</li>
      ))}
    </ul>
  );
}
