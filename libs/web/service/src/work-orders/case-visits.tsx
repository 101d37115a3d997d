import { useMutation, useQuery } from '@apollo/client/react';
import { CaseWorkOrdersDocument, CreateWorkOrderDocument, errorMessageOf } from '@rapport/web-data-access';
import { FormModal, NONE, useFormModal, useOptionalSessionUser, usePermissions } from '@rapport/web-core';
import { formatDateTime } from '@rapport/web-ui';
import { Alert, App, Button, Card, Flex, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VisitActions } from './visit-actions';
import { addressInput, VISIT_FIELDS, VISIT_RENAME, VisitFields, type VisitValues } from './visit-fields';
import { isOpen, STATUS_COLORS, STATUS_LABELS, warningText, type Visit, type VisitWarning } from './visit-model';

/** When the visit is: the confirmed time, else how many times wait for the customer's choice. */
function visitWhen(t: TFunction, v: Visit): string {
  if (v.slotStart && v.slotEnd) return `${formatDateTime(v.slotStart)} – ${formatDateTime(v.slotEnd)}`;
  if (v.proposedSlots.length) return t('service.visits.awaitingChoice', { count: v.proposedSlots.length });
  return t('service.visits.noTime');
}

/**
 * "Visits" on the case page (issue 18 item 7): the case's on-site visits with their status, time,
 * technician and the contract's visits left, and for dispatchers (those who write every work order)
 * a form to plan one; under each visit, what the viewer may do with it (VisitActions). The API's
 * warnings of the last action (a visit beyond the contract) stay above the list until dismissed.
 */
export function CaseVisits({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  // Dispatching is writing every work order; a technician with an own grant records only their visits.
  const dispatches = usePermissions().scope('workOrder', 'write') === 'ALL';
  const userId = useOptionalSessionUser()?.id;
  const { data, error } = useQuery(CaseWorkOrdersDocument, { variables: { id: caseId, language: i18n.language } });
  const [open, setOpen] = useState(false);
  const [warnings, setWarnings] = useState<VisitWarning[]>([]);
  const skills = data?.serviceSkills ?? [];
  const skillName = (key: string | null) => (key ? (skills.find((s) => s.key === key)?.name ?? key) : '');
  const visits = data?.case?.workOrders ?? [];
  const usedUp = visits.some((v) => v.visitsLeft !== null && v.visitsLeft !== undefined && v.visitsLeft <= 0 && isOpen(v.status));

  return (
    <Card
      size="small"
      title={t('service.visits.title')}
      data-testid="case-visits"
      extra={
        dispatches ? (
          <Button size="small" onClick={() => setOpen(true)} data-testid="case-visit-new">
            {t('service.visits.new')}
          </Button>
        ) : undefined
      }
    >
      {error ? <Alert type="error" showIcon title={errorMessageOf(error)} /> : null}
      {warnings.length ? (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setWarnings([]), 'aria-label': t('service.visits.dismiss') }}
          title={warnings.map((w) => warningText(t, w)).join(' ')}
          style={{ marginBottom: 8 }}
          data-testid="case-visits-warnings"
        />
      ) : null}
      {usedUp && !warnings.length ? <Alert type="warning" showIcon title={t('service.visits.usedUp')} style={{ marginBottom: 8 }} data-testid="case-visits-used-up" /> : null}
      {visits.length ? (
        <Flex component="ul" vertical gap={8} style={{ padding: 0, margin: 0, listStyle: 'none' }}>
          {visits.map((v) => (
            <li key={v.id} data-testid="case-visit" data-status={v.status}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{v.number}</Typography.Text>
                <Tag color={STATUS_COLORS[v.status]}>{STATUS_LABELS[v.status](t)}</Tag>
              </Flex>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {visitWhen(t, v)} · {t('service.visits.technician')}: {v.technician?.name ?? NONE}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {[v.address.street, v.address.city].filter(Boolean).join(', ')}
              </Typography.Text>
              {v.reportedAt ? (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid="case-visit-reported">
                  {t('service.visits.report.recorded', { at: formatDateTime(v.reportedAt) })}
                </Typography.Text>
              ) : null}
              <VisitActions visit={v} dispatches={dispatches} userId={userId} skills={skills} skillName={skillName(v.requiredSkill)} onWarnings={setWarnings} />
            </li>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('service.visits.none')}</Typography.Text>
      )}
      {dispatches ? <NewVisitModal caseId={caseId} open={open} onClose={() => setOpen(false)} skills={skills.filter((s) => s.active)} /> : null}
    </Card>
  );
}

function NewVisitModal({ caseId, open, onClose, skills }: { caseId: string; open: boolean; onClose: () => void; skills: { key: string; name: string }[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [create, creating] = useMutation(CreateWorkOrderDocument, { refetchQueries: ['CaseWorkOrders', 'CasePage'] });
  const { firstField, modal } = useFormModal<VisitValues>({
    open,
    onClose,
    fields: VISIT_FIELDS,
    rename: VISIT_RENAME,
    submit: async (v) => {
      const result = await create({
        variables: {
          input: {
            caseId,
            address: addressInput(v),
            requiredSkill: v.requiredSkill || undefined,
            requiredLevel: v.requiredLevel ?? undefined,
            description: v.description?.trim() || undefined,
          },
        },
      });
      // Planning beyond the contract's visits is allowed, but said (ADR 0023).
      if (result.data?.createWorkOrder.warnings.length) void message.warning(t('service.visits.usedUp'));
      else void message.success(t('service.visits.created'));
      onClose();
    },
  });
  return (
    <FormModal<VisitValues>
      {...modal}
      formProps={{ initialValues: { requiredLevel: 1 } }}
      formErrorTestId="case-visit-error"
      title={t('service.visits.new')}
      submitLabel={t('service.visits.create')}
      submitTestId="case-visit-submit"
      loading={creating.loading}
    >
      <VisitFields skills={skills} firstField={firstField} testIdPrefix="case-visit" />
    </FormModal>
  );
}

export default CaseVisits;
