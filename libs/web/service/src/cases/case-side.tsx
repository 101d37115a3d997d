import type { CasePageQuery } from '@rapport/web-data-access';
import { accountPath, contactPath, NONE } from '@rapport/web-core';
import { formatDateTime } from '@rapport/web-ui';
import { Card, Descriptions, Flex, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseTypeLabel, channelLabel } from './case-labels';
import { casePath } from './case-paths';
import { RoutingExplanation } from './case-history-routing';

type CaseOnPage = NonNullable<CasePageQuery['case']>;

/** Whose case it is (links to the account and the contact the viewer may read) and how it came in. */
export function CaseRelated({ kase }: { kase: CaseOnPage }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('service.page.related')} data-testid="case-related">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('service.fields.account')}>
          {kase.account ? <Link to={accountPath(kase.account.id)} data-testid="case-account-link">{kase.account.name}</Link> : NONE}
        </Descriptions.Item>
        <Descriptions.Item label={t('service.fields.contact')}>
          {kase.contact ? <Link to={contactPath(kase.contact.id)} data-testid="case-contact-link">{kase.contact.name}</Link> : NONE}
        </Descriptions.Item>
        <Descriptions.Item label={t('service.fields.type')}>{caseTypeLabel(t, kase.type)}</Descriptions.Item>
        <Descriptions.Item label={t('service.fields.channel')}>{channelLabel(t, kase.channel)}</Descriptions.Item>
        <Descriptions.Item label={t('service.fields.createdAt')}>{formatDateTime(kase.createdAt)}</Descriptions.Item>
        {kase.resolvedAt ? <Descriptions.Item label={t('service.fields.resolvedAt')}>{formatDateTime(kase.resolvedAt)}</Descriptions.Item> : null}
      </Descriptions>
    </Card>
  );
}

// One literal key per kind the API writes; a kind added later shows as itself until it is named here.
const HISTORY_LABELS: Record<string, (t: TFunction) => string> = {
  created: (t) => t('service.history.created'),
  status: (t) => t('service.history.status'),
  status_changed: (t) => t('service.history.status_changed'),
  priority_changed: (t) => t('service.history.priority_changed'),
  assigned: (t) => t('service.history.assigned'),
  note: (t) => t('service.history.note'),
  agent_response: (t) => t('service.history.agent_response'),
  customer_message: (t) => t('service.history.customer_message'),
  resolved: (t) => t('service.history.resolved'),
  reopened: (t) => t('service.history.reopened'),
  targets: (t) => t('service.history.targets'),
  merged: (t) => t('service.history.merged'),
  merged_into: (t) => t('service.history.merged_into'),
  split_to: (t) => t('service.history.split_to'),
  split_from: (t) => t('service.history.split_from'),
  work_order_created: (t) => t('service.history.work_order_created'),
  work_order_changed: (t) => t('service.history.work_order_changed'),
  work_order_status: (t) => t('service.history.work_order_status'),
  visit_proposed: (t) => t('service.history.visit_proposed'),
  visit_confirmed: (t) => t('service.history.visit_confirmed'),
  technician_assigned: (t) => t('service.history.technician_assigned'),
  visit_report: (t) => t('service.history.visit_report'),
  escalated: (t) => t('service.history.escalated'),
  queued: (t) => t('service.history.queued'),
  routed: (t) => t('service.history.routed'),
};

/** What happened to the case, newest first. */
export function CaseHistory({ history }: { history: CaseOnPage['history'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('service.page.history')} data-testid="case-history">
      {history.length ? (
        <Flex component="ol" vertical gap={6} style={{ padding: 0, margin: 0, listStyle: 'none' }}>
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`} data-testid="case-history-entry" data-kind={h.kind}>
              <Typography.Text>{HISTORY_LABELS[h.kind]?.(t) ?? h.kind}</Typography.Text>{' '}
              {/* A merge or split names the other case. */}
              {h.relatedCaseId && h.relatedCaseNumber ? (
                <>
                  <Link to={casePath(h.relatedCaseId)} data-testid="case-history-case">
                    {h.relatedCaseNumber}
                  </Link>{' '}
                </>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <time dateTime={h.at}>{formatDateTime(h.at)}</time>
              </Typography.Text>
              {/* A queued entry names its queue; a routed one says why that agent. */}
              {h.kind === 'queued' || h.kind === 'routed' ? <RoutingExplanation entry={h} /> : null}
            </li>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('service.page.noHistory')}</Typography.Text>
      )}
    </Card>
  );
}
