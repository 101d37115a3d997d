import { accountPath, contactPath } from '@rapport/web-core';
import { formatDate, formatMoney } from '@rapport/web-ui';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallerContact } from './call-model';

/**
 * Who is calling: the contacts with this number the agent may see, each with their account and
 * latest orders (empty where the agent may not read orders), or an honest "nobody you may see".
 */
export function CallerCard({ contacts }: { contacts: readonly CallerContact[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('service.callDesk.caller')} data-testid="call-caller">
      {contacts.length === 0 ? (
        <Typography.Text type="secondary" data-testid="call-caller-unknown">
          {t('service.callDesk.unknownCaller')}
        </Typography.Text>
      ) : (
        <Flex component="ul" vertical gap={12} style={{ padding: 0, margin: 0, listStyle: 'none' }}>
          {contacts.map((c) => (
            <li key={c.id} data-testid="call-contact">
              <Flex wrap gap={8} align="baseline">
                <Link to={contactPath(c.id)}>
                  <Typography.Text strong>{c.name}</Typography.Text>
                </Link>
                {c.title ? <Typography.Text type="secondary">{c.title}</Typography.Text> : null}
                {c.account ? <Link to={accountPath(c.account.id)}>{c.account.name}</Link> : null}
                {c.needsReview ? <Tag color="gold">{t('service.callDesk.needsReview')}</Tag> : null}
              </Flex>
              {c.orders.length ? (
                <Flex component="ul" vertical gap={2} style={{ paddingInlineStart: 16, margin: '4px 0 0' }} aria-label={t('service.callDesk.orders')}>
                  {c.orders.map((o) => (
                    <li key={o.id} data-testid="call-order">
                      <Typography.Text type="secondary">
                        {t('service.callDesk.order', { number: o.externalId, date: formatDate(o.orderedAt), amount: formatMoney(Number(o.amount), o.currency) ?? o.amount })}
                      </Typography.Text>
                    </li>
                  ))}
                </Flex>
              ) : null}
            </li>
          ))}
        </Flex>
      )}
    </Card>
  );
}
