import { useMutation } from '@apollo/client/react';
import { errorMessageOf, SetCasePriorityDocument, SetCaseStatusDocument, type CaseDetailFragment } from '@rapport/web-data-access';
import type { CasePriority } from './case-types';
import { App, Flex, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { casePath } from './case-paths';
import { PriorityTag, priorityLabel } from './case-labels';
import { CASE_PRIORITIES } from './case-model';
import { RouteCaseButton } from '../routing/route-case-button';

export interface CaseHeaderControlsProps {
  kase: CaseDetailFragment;
  statuses: readonly { key: string; name: string }[];
  nameOf: (key: string) => string;
  /** The number of the case this one was split from, when its history names it. */
  splitFromNumber?: string | null;
}

/**
 * Status and priority under the case's title: selectors for those who may change the case (each
 * change is logged and moves the clocks), plain tags for the others; the owner beside them, and
 * the case it was split from.
 */
export function CaseHeaderControls({ kase, statuses, nameOf, splitFromNumber }: CaseHeaderControlsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [setStatus, settingStatus] = useMutation(SetCaseStatusDocument);
  const [setPriority, settingPriority] = useMutation(SetCasePriorityDocument);
  const fail = (error: unknown) => void message.error(errorMessageOf(error) ?? t('errors.generic'));
  const changeStatus = (status: string) => setStatus({ variables: { input: { id: kase.id, status } } }).then(() => void message.success(t('service.page.statusChanged')), fail);
  const changePriority = (priority: CasePriority) => setPriority({ variables: { input: { id: kase.id, priority } } }).then(() => void message.success(t('service.page.priorityChanged')), fail);
  const ownerText = (
    <Typography.Text type="secondary" data-testid="case-owner">
      {t('service.page.owner', { name: kase.owner?.name ?? t('service.page.noOwner') })}
    </Typography.Text>
  );
  const owner = (
    <>
      {ownerText}
      {kase.splitFromId ? (
        <Link to={casePath(kase.splitFromId)} data-testid="case-split-from">
          {splitFromNumber ? t('service.split.from', { number: splitFromNumber }) : t('service.split.fromCase')}
        </Link>
      ) : null}
    </>
  );

  if (!kase.viewerCan.update)
    return (
      <Flex gap="small" align="center" wrap>
        <Tag style={{ marginInlineEnd: 0 }} data-testid="case-status" data-status={kase.status}>
          {nameOf(kase.status)}
        </Tag>
        <PriorityTag priority={kase.priority} />
        {owner}
      </Flex>
    );

  return (
    <Flex gap="small" align="center" wrap>
      <Select
        value={kase.status}
        onChange={(v) => void changeStatus(v)}
        loading={settingStatus.loading}
        disabled={settingStatus.loading}
        aria-label={t('service.fields.status')}
        style={{ minWidth: 180 }}
        data-testid="case-status-select"
        // The current status shows by name even before the list of statuses is in.
        options={(statuses.some((s) => s.key === kase.status) ? statuses : [{ key: kase.status, name: nameOf(kase.status) }, ...statuses]).map((s) => ({ value: s.key, label: s.name }))}
      />
      <Select<CasePriority>
        value={kase.priority}
        onChange={(v) => void changePriority(v)}
        loading={settingPriority.loading}
        disabled={settingPriority.loading}
        aria-label={t('service.fields.priority')}
        style={{ minWidth: 130 }}
        data-testid="case-priority-select"
        options={CASE_PRIORITIES.map((p) => ({ value: p, label: priorityLabel(t, p) }))}
      />
      {/* Issue 19: back into a routing queue, for an agent with the skills to take. */}
      <RouteCaseButton caseId={kase.id} />
      {owner}
    </Flex>
  );
}
