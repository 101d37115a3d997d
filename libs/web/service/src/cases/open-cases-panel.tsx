import { useQuery } from '@apollo/client/react';
import { CasesDocument, errorMessageOf, OpportunityCustomerDocument } from '@rapport/web-data-access';
import { usePermissions, type RecordPanelProps } from '@rapport/web-core';
import { useLazyMessages } from '@rapport/web-ui';
import { Alert, Badge, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SERVICE_NEEDS } from '../service-access';
import { SlaDueCell } from './case-columns';
import { PriorityTag, useCaseStatuses } from './case-labels';
import { casePath } from './case-paths';

export type OpenCasesPanelKind = 'account' | 'contact' | 'opportunity';

export interface OpenCasesPanelProps extends RecordPanelProps {
  kind: OpenCasesPanelKind;
}

const SHOWN = 10;

/**
 * "Open cases" on the account, contact and opportunity pages (issue 18), through the record-panel
 * slot: whoever faces the customer sees that they have an open problem (a rep reads their customers'
 * cases through the account; on a deal, the customer is its account, so a salesman sees an unsolved
 * problem before offering more). A viewer who may not read cases gets no panel and no query.
 */
export function OpenCasesPanel(props: OpenCasesPanelProps) {
  if (!usePermissions().allows(SERVICE_NEEDS.cases)) return null;
  return props.kind === 'opportunity' ? <OpportunityPanel {...props} /> : <PanelBody kind={props.kind} scope={props.kind === 'account' ? { accountId: props.record.id } : { contactId: props.record.id }} />;
}

/** A deal's customer is its account: the panel waits for it, and says so when the deal has none (or it is not the viewer's to see). */
function OpportunityPanel({ record }: OpenCasesPanelProps) {
  const { data } = useQuery(OpportunityCustomerDocument, { variables: { id: record.id } });
  if (!data) return null;
  const accountId = data.opportunity?.account?.id;
  return <PanelBody kind="opportunity" scope={accountId ? { accountId } : null} />;
}

function PanelBody({ kind, scope }: { kind: OpenCasesPanelKind; scope: { accountId: string } | { contactId: string } | null }) {
  const { t } = useTranslation();
  // The words come with the service area; the query starts meanwhile.
  const ready = useLazyMessages('service');
  const filter = scope ? { isOpen: { eq: true }, ...('accountId' in scope ? { accountId: { eq: scope.accountId } } : { contactId: { eq: scope.contactId } }) } : null;
  const { data, loading, error, refetch } = useQuery(CasesDocument, {
    variables: { first: SHOWN, filter, orderBy: [{ field: 'SLA_DUE_AT', direction: 'ASC' }] },
    skip: !filter,
  });
  const statuses = useCaseStatuses();
  if (!ready) return null;
  const cases = data?.cases;
  let body;
  if (!filter) body = <Typography.Text type="secondary" data-testid="open-cases-no-account">{t('service.panel.noAccount')}</Typography.Text>;
  else if (!cases && loading) body = <Skeleton active title={false} paragraph={{ rows: 2 }} />;
  else if (!cases)
    body = (
      <Alert
        type="warning"
        showIcon
        title={errorMessageOf(error) ?? t('errors.loadFailed')}
        action={
          <Button size="small" onClick={() => void refetch()} data-testid="open-cases-retry">
            {t('common.retry')}
          </Button>
        }
      />
    );
  else if (!cases.edges.length) body = <Typography.Text type="secondary" data-testid="open-cases-none">{t('service.panel.none')}</Typography.Text>;
  else
    body = (
      <Flex component="ul" vertical gap={8} style={{ padding: 0, margin: 0, listStyle: 'none' }}>
        {cases.edges.map(({ node: c }) => (
          <li key={c.id} data-testid="open-case">
            <Flex gap="small" wrap align="center">
              <Link to={casePath(c.id)}>
                {c.number} {c.subject}
              </Link>
              <PriorityTag priority={c.priority} />
              <Typography.Text type="secondary">{statuses.nameOf(c.status)}</Typography.Text>
              <SlaDueCell row={c} t={t} />
            </Flex>
          </li>
        ))}
        {cases.totalCount > cases.edges.length ? (
          <li>
            <Typography.Text type="secondary" data-testid="open-cases-more">
              {t('service.panel.more', { count: cases.totalCount - cases.edges.length })}
            </Typography.Text>
          </li>
        ) : null}
      </Flex>
    );
  const count = cases?.totalCount ?? 0;
  return (
    <Card
      size="small"
      data-testid={`open-cases-${kind}`}
      title={
        <Flex gap="small" align="center">
          <span>{t('service.panel.title')}</span>
          {cases && filter ? (
            <Badge count={count} showZero color={count ? '#cf1322' : '#8c8c8c'} data-testid="open-cases-count" aria-label={t('service.panel.count', { count })} />
          ) : null}
        </Flex>
      }
    >
      {body}
    </Card>
  );
}

export default OpenCasesPanel;
