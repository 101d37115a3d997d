import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, MailingAudienceCountDocument } from '@rapport/web-data-access';
import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { skipReasonLabel } from '../mailing-labels';

export interface AudienceCountProps {
  /** The saved draft: the API counts a stored mailing. */
  mailingId: string;
  /** Changes whenever the draft was saved with another audience: the count is taken again. */
  version: string;
  /** A save is on its way: the figures shown are about to change. */
  saving?: boolean;
}

/**
 * "Who it would reach now": `mailingAudienceCount` of the saved draft — the distinct addresses, how
 * many would get the message with consent and the contact policy as they are now, and who would be
 * skipped, by reason (translated), most first. Taken again after every save of the audience; the
 * figures are announced politely when they change.
 */
export function AudienceCount({ mailingId, version, saving }: AudienceCountProps) {
  const { t, i18n } = useTranslation();
  const { data, previousData, loading, error, refetch } = useQuery(MailingAudienceCountDocument, {
    variables: { id: mailingId },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  useEffect(() => {
    if (version) void refetch();
  }, [version, refetch]);
  const count = (data ?? previousData)?.mailingAudienceCount;
  const number = (n: number) => n.toLocaleString(i18n.language);
  const busy = loading || !!saving;

  let body;
  if (!count && busy) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (!count) body = <Alert type="error" showIcon message={errorMessageOf(error) ?? t('errors.generic')} action={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>} />;
  else
    body = (
      <div style={{ opacity: busy ? 0.55 : 1 }}>
        <Typography.Paragraph style={{ fontSize: 16, marginBottom: 8 }} data-testid="mailing-audience-eligible" data-eligible={count.eligible} data-total={count.total}>
          {count.total === 0 ? t('mailings.count.nobody') : t('mailings.count.eligible', { eligible: number(count.eligible), total: number(count.total) })}
        </Typography.Paragraph>
        {count.skipped.length ? (
          <>
            <Typography.Text type="secondary">{t('mailings.count.skippedTitle')}</Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} data-testid="mailing-audience-skipped">
              {count.skipped.map((s) => (
                <li key={s.reason} data-reason={s.reason} data-count={s.count}>
                  {t('mailings.skipped.line', { reason: skipReasonLabel(t, s.reason), count: number(s.count) })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    );

  return (
    <Card
      size="small"
      title={t('mailings.count.title')}
      extra={
        <Button size="small" type="text" icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading} aria-label={t('mailings.count.refresh')} data-testid="mailing-audience-refresh" />
      }
      data-testid="mailing-audience-count"
      aria-busy={busy}
    >
      <div aria-live="polite">{body}</div>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        {t('mailings.count.note')}
      </Typography.Paragraph>
    </Card>
  );
}
