import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  errorMessageOf,
  MarkNotificationsReadDocument,
  RecentNotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationFieldsFragment,
} from '@rapport/web-data-access';
import { EmptyState, formatRelative, BRAND_BLUE } from '@rapport/web-ui';
import { Alert, App, Badge, Button, Flex, Popover, Spin, Typography } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { badgeCount, groupNotices, notificationPath, type NoticeEntry } from './notification-model';
import { noticeBody, noticeGroupTitle, noticeTitle } from './notification-text';

/** Near-live without a socket: the count is one cheap query every 15 s. */
export const UNREAD_POLL_MS = 15_000;
/** Enough for a run of same-kind notices to collapse into one line with its count. */
const RECENT = 50;

const itemStyle = (unread: boolean) => ({
  display: 'block',
  width: '100%',
  textAlign: 'start' as const,
  padding: '8px 10px',
  border: 'none',
  borderRadius: 6,
  cursor: 'pointer',
  background: unread ? 'rgba(22,119,255,0.06)' : 'transparent',
  font: 'inherit',
  color: 'inherit',
});

function NotificationItem({ n, onOpen }: { n: NotificationFieldsFragment; onOpen: (n: NotificationFieldsFragment) => void }) {
  const { t, i18n } = useTranslation();
  const unread = !n.readAt;
  return (
    <button
      type="button"
      onClick={() => onOpen(n)}
      data-testid={`notification-item-${n.id}`}
      data-unread={unread}
      style={itemStyle(unread)}
    >
      <Flex gap={8} align="flex-start">
        <Badge status={unread ? 'processing' : 'default'} style={{ marginTop: 6 }} />
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong={unread}>{noticeTitle(n, t, i18n.language)}</Typography.Text>
          {n.body ? <Typography.Text type="secondary">{noticeBody(n)}</Typography.Text> : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatRelative(n.createdAt)}
          </Typography.Text>
        </Flex>
      </Flex>
    </button>
  );
}

/** A run of unread notices of one kind: "12 new leads for you", opening to the list. */
function NotificationGroup({ notices, kind, onOpen }: { notices: NotificationFieldsFragment[]; kind: string; onOpen: (n: NotificationFieldsFragment) => void }) {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const latest = notices[0]!;
  const listId = `notification-group-${latest.id}`;
  return (
    <div data-testid={`notification-group-${kind}`}>
      <button type="button" onClick={() => setExpanded((e) => !e)} aria-expanded={expanded} aria-controls={listId} data-testid="notification-group-toggle" style={itemStyle(true)}>
        <Flex gap={8} align="flex-start">
          <Badge count={notices.length} size="small" color={BRAND_BLUE} style={{ marginTop: 2 }} />
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong>{noticeGroupTitle(kind, notices.length, t)}</Typography.Text>
            <Typography.Text type="secondary">{t('notice.groupLatest', { title: noticeTitle(latest, t, i18n.language) })}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatRelative(latest.createdAt)} · {expanded ? t('notice.hide') : t('notice.showAll', { count: notices.length })}
            </Typography.Text>
          </Flex>
        </Flex>
      </button>
      {expanded ? (
        <div id={listId} role="list" style={{ paddingInlineStart: 16 }}>
          {notices.map((n) => (
            <div role="listitem" key={n.id}>
              <NotificationItem n={n} onOpen={onOpen} />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/**
 * The header bell: unread count (polled), and on click the recent notifications; opening one goes
 * to the page its payload names and marks it read; "Mark all read" clears the badge.
 * Mounted in the main layout's header (headerEnd, before the language switch).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const count = useQuery(UnreadNotificationCountDocument, { pollInterval: UNREAD_POLL_MS, fetchPolicy: 'cache-and-network' });
  const recent = useQuery(RecentNotificationsDocument, { variables: { first: RECENT }, skip: !open, fetchPolicy: 'network-only' });
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, {
    // The answer carries the new unread count: put it in the cache instead of asking again.
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: UnreadNotificationCountDocument, data: { unreadNotificationCount: data.markNotificationsRead.unreadCount } });
    },
  });
  const unread = (count.data ?? count.previousData)?.unreadNotificationCount ?? 0;
  const items = (recent.data ?? recent.previousData)?.notifications ?? [];
  const entries: NoticeEntry<NotificationFieldsFragment>[] = groupNotices(items);

  const mark = async (ids?: string[]) => {
    try {
      await markRead({ variables: { input: ids ? { ids } : {} } });
      await recent.refetch();
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  const openItem = (n: NotificationFieldsFragment) => {
    if (!n.readAt) void mark([n.id]);
    const path = notificationPath(n.payloadJson);
    setOpen(false);
    if (path) navigate(path);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };

  const content = (
    <div style={{ width: 360, maxWidth: '80vw' }} data-testid="notification-panel">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('intake.notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} loading={marking.loading} onClick={() => void mark()} data-testid="notification-mark-all">
          {t('intake.notifications.markAll')}
        </Button>
      </Flex>
      {recent.error && !items.length ? (
        <Alert type="warning" showIcon title={errorMessageOf(recent.error) ?? t('errors.loadFailed')} />
      ) : recent.loading && !items.length ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <div data-testid="notification-empty">
          <EmptyState compact description={t('intake.notifications.empty')} />
        </div>
      ) : (
        <Flex vertical gap={2} style={{ maxHeight: 420, overflowY: 'auto' }} role="list">
          {entries.map((e) =>
            e.type === 'group' ? (
              <div role="listitem" key={`group-${e.notices[0]!.id}`}>
                <NotificationGroup kind={e.kind} notices={e.notices} onOpen={openItem} />
              </div>
            ) : (
              <div role="listitem" key={e.notice.id}>
                <NotificationItem n={e.notice} onOpen={openItem} />
              </div>
            ),
          )}
        </Flex>
      )}
    </div>
  );

  return (
    <span onKeyDown={onKeyDown} style={{ display: 'inline-flex' }}>
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        placement="bottomRight"
        content={content}
        // Rendered next to the button so Tab moves from the bell into the list.
        getPopupContainer={(node) => node.parentElement ?? document.body}
      >
        <Button
          ref={button}
          type="text"
          aria-label={t('intake.notifications.label', { count: unread })}
          aria-haspopup="dialog"
          aria-expanded={open}
          data-testid="notification-bell"
          icon={
            <Badge count={unread ? badgeCount(unread) : 0} size="small" offset={[4, -2]} data-testid="notification-count">
              <BellOutlined style={{ fontSize: 18 }} />
            </Badge>
          }
        />
      </Popover>
    </span>
  );
}
