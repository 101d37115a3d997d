import { PhoneOutlined, SplitCellsOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CasePageDocument, errorMessageOf } from '@rapport/web-data-access';
import { BackLink, RecordColumns, RecordNotFound, usePageTitle } from '@rapport/web-core';
import { ErrorState, LoadingState, PageHeader } from '@rapport/web-ui';
import { Button, Card, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CaseCompose, type InsertedText } from './case-compose';
import { CaseKnowledgePanel } from './case-knowledge';
import { CaseHeaderControls } from './case-header-controls';
import { useCaseStatuses } from './case-labels';
import { CASES_PATH } from './case-paths';
import { CaseRelatedRecords } from './case-related-records';
import { CaseHistory, CaseRelated } from './case-side';
import { CaseSplitBar } from './case-split';
import { CaseThread } from './case-thread';
import { LogCallModal } from './log-call-modal';
import { SlaTimers } from './sla-timers';
import { CaseVisits } from '../work-orders/case-visits';

/**
 * Service → a case (issue 18): number, subject, status and priority (changeable by those who may
 * update it), owner; the SLA clocks counting down; the one thread of every channel; the reply box,
 * "Log a call" and the internal note box, each only for those the case's `viewerCan` allows (a
 * sales rep reads the case of their customer, but neither replies nor sees notes); the account and
 * contact it belongs to and its history. "Split" (for those who may change an open case) ticks
 * messages in the thread and moves them to a new case.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CasePageDocument, { variables: { id } });
  const statuses = useCaseStatuses();
  const [logging, setLogging] = useState(false);
  // An article from the knowledge card, on its way into the reply box.
  const [inserted, setInserted] = useState<InsertedText | null>(null);
  // Split: null while not splitting, else the messages ticked to move to the new case.
  const [chosen, setChosen] = useState<string[] | null>(null);
  const kase = data?.case;
  const selection = useMemo(
    () => (chosen ? { chosen: new Set(chosen), toggle: (id: string) => setChosen((c) => (c?.includes(id) ? c.filter((x) => x !== id) : [...(c ?? []), id])) } : undefined),
    [chosen],
  );
  usePageTitle(kase ? `${kase.number} ${kase.subject}` : t('service.page.recordType'));

  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  if (!kase) return <RecordNotFound title={t('service.page.notFound')} backTo={CASES_PATH} backLabel={t('service.page.backToList')} />;

  const main = (
    <>
      <SlaTimers milestones={kase.sla.milestones} />
      {kase.description ? (
        <Card size="small" title={t('service.fields.description')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="case-description-text">
            {kase.description}
          </Typography.Paragraph>
        </Card>
      ) : null}
      <CaseThread messages={kase.messages} selection={selection} />
      {chosen ? <CaseSplitBar caseId={kase.id} total={kase.messages.length} chosen={chosen} onClose={() => setChosen(null)} /> : null}
      {kase.viewerCan.reply ? <CaseCompose caseId={kase.id} kind="reply" statuses={statuses.statuses} insert={inserted} /> : null}
      {kase.viewerCan.addNote ? <CaseCompose caseId={kase.id} kind="note" statuses={statuses.statuses} /> : null}
    </>
  );
  const side = (
    <Flex vertical gap={16}>
      <CaseRelated kase={kase} />
      <CaseRelatedRecords kase={kase} />
      <CaseKnowledgePanel caseId={kase.id} canLink={kase.viewerCan.update} canInsert={kase.viewerCan.reply && kase.viewerCan.update} onInsert={(text) => setInserted((p) => ({ text, n: (p?.n ?? 0) + 1 }))} />
      <CaseVisits caseId={kase.id} />
      <CaseHistory history={kase.history} />
    </Flex>
  );

  return (
    <>
      <BackLink to={CASES_PATH} label={t('service.list.title')} />
      <PageHeader
        title={
          <>
            <Typography.Text type="secondary" style={{ fontSize: '0.7em', display: 'block' }} data-testid="case-number">
              {kase.number}
            </Typography.Text>
            {kase.subject}
          </>
        }
        subtitle={<CaseHeaderControls kase={kase} statuses={statuses.statuses} nameOf={statuses.nameOf} splitFromNumber={kase.history.find((h) => h.kind === 'split_from')?.relatedCaseNumber ?? null} />}
        extra={
          kase.viewerCan.reply ? (
            <Flex gap="small" wrap>
              {/* Splitting changes the case and needs a message to move and one to keep. */}
              {kase.viewerCan.update && kase.messages.length > 1 ? (
                <Button icon={<SplitCellsOutlined />} onClick={() => setChosen((c) => (c ? null : []))} aria-pressed={chosen !== null} data-testid="case-split-open">
                  {t('service.split.open')}
                </Button>
              ) : null}
              <Button icon={<PhoneOutlined />} onClick={() => setLogging(true)} data-testid="case-log-call">
                {t('service.call.open')}
              </Button>
            </Flex>
          ) : undefined
        }
      />
      <RecordColumns main={main} side={side} />
      {kase.viewerCan.reply ? <LogCallModal caseId={kase.id} open={logging} onClose={() => setLogging(false)} /> : null}
    </>
  );
}

export default CasePage;
