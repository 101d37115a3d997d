import type { QuoteDetailFragment } from '@rapport/web-data-access';
import { Descriptions } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { accountPath, opportunityPath } from '@rapport/web-core';
import type { RecordNames } from '../use-record-names';

/**
 * The deal and the account a quote belongs to, linked, as Descriptions items: the quote page and
 * an approval card both open with them. Items, not a component, because Descriptions reads its
 * direct children (an array of items is flattened into them).
 */
export function quoteParentItems(t: TFunction, quote: Pick<QuoteDetailFragment, 'opportunityId' | 'accountId'>, names: RecordNames): ReactNode[] {
  return [
    <Descriptions.Item key="opportunity" label={t('revenue.quotes.fields.opportunity')}>
      <Link to={opportunityPath(quote.opportunityId)}>{names.opportunity(quote.opportunityId) ?? t('revenue.quotes.openDeal')}</Link>
    </Descriptions.Item>,
    <Descriptions.Item key="account" label={t('fields.account')}>
      <Link to={accountPath(quote.accountId)}>{names.account(quote.accountId) ?? t('revenue.quotes.openAccount')}</Link>
    </Descriptions.Item>,
  ];
}
