import { useQuery } from '@apollo/client/react';
import { errorMessageOf, QuoteOpportunityDocument } from '@rapport/web-data-access';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { accountPath, opportunityPath } from '@rapport/web-core';
import { BackLink } from '@rapport/web-core';
import { RecordNotFound } from '@rapport/web-core';
import { OpportunitySelect } from '../shared/opportunity-select';
import { QuoteEditor } from './quote-editor';

/** /sales/quotes/new?opportunityId=…: a new quote (the next version) for one deal. */
export function NewQuotePage() {
  const { t } = useTranslation();
  usePageTitle(t('revenue.quotes.newTitle'));
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const opportunityId = params.get('opportunityId') ?? '';
  const { data, loading, error, refetch } = useQuery(QuoteOpportunityDocument, { variables: { id: opportunityId }, skip: !opportunityId });
  const opp = data?.opportunity;
  const back = opportunityId ? `/sales/quotes?opportunityId=${encodeURIComponent(opportunityId)}` : '/sales/quotes';

  let body;
  if (!opportunityId) {
    // Reached from the Quotes list rather than a deal: choose the deal first.
    body = (
      <Card size="small" title={t('revenue.quotes.chooseDeal')}>
        <Flex vertical gap="small" style={{ maxWidth: 520 }}>
          <Typography.Text type="secondary">{t('revenue.quotes.chooseDealHint')}</Typography.Text>
          <OpportunitySelect openOnly autoFocus onChange={(id) => id && setParams({ opportunityId: id })} aria-label={t('revenue.quotes.chooseDeal')} data-testid="quote-opportunity" />
        </Flex>
      </Card>
    );
  } else if (!data && loading) body = <LoadingState />;
  else if (!data && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (!opp || !opp.account) body = <RecordNotFound title={t('opportunities.notFound')} backTo="/sales/quotes" backLabel={t('revenue.quotes.backToList')} />;
  else
    body = (
      <QuoteEditor
        deal={{ opportunityId: opp.id, accountId: opp.account.id, currency: opp.currency }}
        onSaved={(quote) => navigate(`/sales/quotes/${encodeURIComponent(quote.id)}`, { replace: true })}
        onCancel={() => navigate(back)}
      />
    );

  return (
    <>
      <BackLink to={back} label={t('revenue.quotes.title')} />
      <PageHeader
        title={t('revenue.quotes.newTitle')}
        subtitle={
          opp ? (
            <Flex gap="small" wrap>
              <Link to={opportunityPath(opp.id)}>{opp.name}</Link>
              {opp.account ? (
                <>
                  <span>·</span>
                  <Link to={accountPath(opp.account.id)}>{opp.account.name}</Link>
                </>
              ) : null}
            </Flex>
          ) : undefined
        }
      />
      {body}
    </>
  );
}

export default NewQuotePage;
