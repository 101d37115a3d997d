import { useMutation } from '@apollo/client/react';
import { errorMessageOf, MoveWorkOrderDocument } from '@rapport/web-data-access';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProposeSlotsModal } from './propose-slots-modal';
import { SuggestTechniciansModal } from './suggest-technicians-modal';
import { VisitEditModal, type VisitSkill } from './visit-edit-modal';
import { canAssign, canEdit, canPropose, canReport, MOVE_LABELS, movesOf, type Visit, type VisitWarning, type WorkOrderStatus } from './visit-model';
import { VisitReportModal } from './visit-report-modal';

type Dialog = 'slots' | 'suggest' | 'report' | 'edit' | null;

/**
 * What the viewer may do with one visit, as buttons under it: offer times, choose whom to send and
 * change where and what it is (dispatchers, until it is over), move it on (the moves the API lists
 * for this viewer now), and write the report on site. The API decides each; a refusal comes back as its message.
 */
export function VisitActions({
  visit,
  dispatches,
  userId,
  skills,
  skillName,
  onWarnings,
}: {
  visit: Visit;
  dispatches: boolean;
  userId?: string;
  skills: VisitSkill[];
  skillName: string;
  onWarnings: (warnings: VisitWarning[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [moveTo, moving] = useMutation(MoveWorkOrderDocument, { refetchQueries: ['CasePage'] });
  const [target, setTarget] = useState<WorkOrderStatus | null>(null);
  const moves = movesOf(visit);
  const close = () => setDialog(null);
  const done = (what: Exclude<Dialog, null>) => (warnings: VisitWarning[]) => {
    const said = { slots: t('service.visits.slots.sent'), suggest: t('service.visits.suggest.assigned'), report: t('service.visits.report.saved'), edit: t('service.visits.edit.saved') }[what];
    void message.success(said);
    onWarnings(warnings);
  };

  const move = async (status: WorkOrderStatus) => {
    setTarget(status);
    try {
      const result = await moveTo({ variables: { input: { workOrderId: visit.id, status } } });
      onWarnings(result.data?.moveWorkOrder.warnings ?? []);
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setTarget(null);
    }
  };

  const buttons = [
    canPropose(visit, dispatches) ? (
      <Button key="slots" size="small" onClick={() => setDialog('slots')} data-testid="visit-propose">
        {visit.proposedSlots.length ? t('service.visits.slots.again') : t('service.visits.slots.open')}
      </Button>
    ) : null,
    canAssign(visit, dispatches) ? (
      <Button key="suggest" size="small" onClick={() => setDialog('suggest')} data-testid="visit-suggest">
        {t('service.visits.suggest.open')}
      </Button>
    ) : null,
    canEdit(visit, dispatches) ? (
      <Button key="edit" size="small" onClick={() => setDialog('edit')} data-testid="visit-edit">
        {t('service.visits.edit.open')}
      </Button>
    ) : null,
    canReport(visit, dispatches, userId) ? (
      <Button key="report" size="small" type={visit.workDone ? 'default' : 'primary'} onClick={() => setDialog('report')} data-testid="visit-report">
        {visit.workDone ? t('service.visits.report.edit') : t('service.visits.report.open')}
      </Button>
    ) : null,
    ...moves.map((status) => {
      const label = MOVE_LABELS[status](t);
      const common = { size: 'small' as const, loading: moving.loading && target === status, disabled: moving.loading && target !== status, 'data-testid': 'visit-move', 'data-to': status };
      // Calling off a visit the customer was promised is asked twice; the other moves are a tap in the field.
      return status === 'CANCELLED' ? (
        <Popconfirm key={status} title={t('service.visits.move.cancelConfirm')} okText={t('service.visits.move.cancelled')} cancelText={t('service.visits.move.keep')} onConfirm={() => move(status)}>
          <Button {...common} danger>
            {label}
          </Button>
        </Popconfirm>
      ) : (
        <Button key={status} {...common} type={status === 'SCHEDULED' ? 'default' : 'primary'} ghost={status !== 'SCHEDULED'} onClick={() => void move(status)}>
          {label}
        </Button>
      );
    }),
  ].filter(Boolean);

  if (!buttons.length) return null;
  return (
    <>
      <Flex gap={8} wrap style={{ marginTop: 6 }} data-testid="visit-actions">
        {buttons}
      </Flex>
      {dialog === 'slots' ? <ProposeSlotsModal visit={visit} open onClose={close} onDone={done('slots')} /> : null}
      {dialog === 'suggest' ? <SuggestTechniciansModal visit={visit} skillName={skillName} open onClose={close} onDone={done('suggest')} /> : null}
      {dialog === 'edit' ? <VisitEditModal visit={visit} skills={skills} open onClose={close} onDone={done('edit')} /> : null}
      {dialog === 'report' ? <VisitReportModal visit={visit} open onClose={close} onDone={done('report')} /> : null}
    </>
  );
}
