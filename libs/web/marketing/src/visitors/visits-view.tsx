import type { PageViewRowFragment, WebActivitySummaryFragment } from '@rapport/web-data-access';
import { formatDateTime, formatRelative, VISUALLY_HIDDEN } from '@rapport/web-ui';
import { Flex, Tag, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6 } as const;

/** The page's address as a link only when it is a web address (the API takes only http(s), but a link is no place to trust that). */
export function webHref(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** A page the person viewed, by its title when it had one; opens in a new tab (the CRM stays put). */
export function PageLink({ url, title, page }: { url: string | null | undefined; title: string | null | undefined; page: string | null | undefined }) {
  const { t } = useTranslation();
  const text = title?.trim() || page || url || '';
  const href = webHref(url);
  if (!href) return <span style={{ overflowWrap: 'anywhere' }}>{text}</span>;
  return (
    <Typography.Link href={href} target="_blank" rel="noopener noreferrer" aria-label={t('visitors.panel.openPage', { page: text })} style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Typography.Link>
  );
}

/**
 * The panel's content once the person is known as a visitor: the week in a sentence per page, the
 * interests as bars with their counts (the product lines' names in the reader's language come
 * from the API), and the page views.
 */
export function VisitsView({ activity, loading }: { activity: WebActivitySummaryFragment; loading: boolean }) {
  const { t } = useTranslation();
  const recentId = useId();
  const interestsId = useId();
  const viewsId = useId();
  // Page views name product lines by value; the interests carry each value's name in the reader's language.
  const labels = new Map(activity.interests.map((i) => [i.productLine, i.label]));
  const views = activity.pageViews;
  const maxViews = Math.max(1, ...activity.interests.map((i) => i.views));

  return (
    <Flex vertical gap={12} data-testid="visits-panel-content">
      <Typography.Text type="secondary" data-testid="visits-panel-summary">
        {[
          activity.viewsThisWeek ? t('visitors.panel.thisWeek', { count: activity.viewsThisWeek }) : t('visitors.panel.noneThisWeek'),
          activity.lastSeenAt ? t('visitors.panel.lastSeen', { when: formatRelative(activity.lastSeenAt) }) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>

      {activity.recentPages.length ? (
        <section aria-labelledby={recentId}>
          <Typography.Text strong id={recentId}>
            {t('visitors.panel.recentTitle')}
          </Typography.Text>
          <ul style={LIST_STYLE} data-testid="visits-panel-recent">
            {activity.recentPages.map((p) => (
              <li key={p.page}>
                {t('visitors.panel.recentPage', { count: p.views, page: p.title?.trim() || p.page })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby={interestsId}>
        <Flex justify="space-between" wrap gap={4}>
          <Typography.Text strong id={interestsId}>
            {t('visitors.panel.interestsTitle')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('visitors.panel.interestsHint')}
          </Typography.Text>
        </Flex>
        {activity.interests.length ? (
          <ul style={LIST_STYLE} data-testid="visits-panel-interests">
            {activity.interests.map((i) => (
              <li key={i.productLine}>
                <span style={VISUALLY_HIDDEN}>{t('visitors.panel.interestViews', { label: i.label, count: i.views })}</span>
                <Flex justify="space-between" gap={8} aria-hidden>
                  <span>{i.label}</span>
                  <span>{i.views}</span>
                </Flex>
                {/* The bar only repeats the count (the item's label says it): hidden from screen readers. */}
                <div aria-hidden style={{ height: 6, borderRadius: 3, background: '#f0f0f0' }}>
                  <div style={{ height: 6, borderRadius: 3, background: '#1677ff', width: `${Math.round((i.views / maxViews) * 100)}%` }} />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <div>
            <Typography.Text type="secondary">{t('visitors.panel.interestsEmpty')}</Typography.Text>
          </div>
        )}
      </section>

      <section aria-labelledby={viewsId} aria-busy={loading}>
        <Flex justify="space-between" wrap gap={4}>
          <Typography.Text strong id={viewsId}>
            {t('visitors.panel.viewsTitle')}
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="visits-panel-total">
            {views.totalCountCapped ? t('visitors.panel.viewsTotalCapped', { count: views.totalCount }) : t('visitors.panel.viewsTotal', { count: views.totalCount })}
          </Typography.Text>
        </Flex>
        <ul style={LIST_STYLE} data-testid="visits-panel-views">
          {views.edges.map(({ node }) => (
            <PageViewItem key={node.id} view={node} labels={labels} />
          ))}
        </ul>
      </section>
    </Flex>
  );
}

function PageViewItem({ view, labels }: { view: PageViewRowFragment; labels: Map<string, string> }) {
  return (
    <li data-testid="visits-panel-view">
      <PageLink url={view.url} title={view.title} page={view.page} />
      <Flex wrap gap={4} align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <time dateTime={view.viewedAt}>{formatDateTime(view.viewedAt)}</time>
        </Typography.Text>
        {view.productLines.map((line) => (
          <Tag key={line} style={{ marginInlineEnd: 0 }}>
            {labels.get(line) ?? line}
          </Tag>
        ))}
      </Flex>
    </li>
  );
}
