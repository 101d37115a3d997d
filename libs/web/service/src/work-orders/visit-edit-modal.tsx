import { useMutation } from '@apollo/client/react';
import { UpdateWorkOrderDocument } from '@rapport/web-data-access';
import { FormModal, useFormModal } from '@rapport/web-core';
import { useTranslation } from 'react-i18next';
import { VISIT_FIELDS, VISIT_RENAME, VisitFields, visitChanges, visitValuesOf, type VisitValues } from './visit-fields';
import type { Visit, VisitWarning } from './visit-model';

export interface VisitSkill {
  key: string;
  name: string;
  active: boolean;
}

/**
 * Changes what a planned visit is (where, what to do, the skill it needs), with the same fields as
 * planning one. Only what was changed is sent: the API leaves the rest as it is, so two dispatchers
 * editing different things of one visit do not undo each other's work.
 */
export function VisitEditModal({ visit, skills, open, onClose, onDone }: { visit: Visit; skills: VisitSkill[]; open: boolean; onClose: () => void; onDone: (warnings: VisitWarning[]) => void }) {
  const { t } = useTranslation();
  const [update, updating] = useMutation(UpdateWorkOrderDocument, { refetchQueries: ['CaseWorkOrders', 'CasePage'] });
  const initialValues = visitValuesOf(visit);
  const { firstField, modal } = useFormModal<VisitValues>({
    open,
    onClose,
    fields: VISIT_FIELDS,
    rename: VISIT_RENAME,
    submit: async (v) => {
      const changes = visitChanges(initialValues, v);
      // Nothing changed: nothing to send, and nothing to announce.
      if (!Object.keys(changes).length) return onClose();
      const result = await update({ variables: { input: { workOrderId: visit.id, ...changes } } });
      onDone(result.data?.updateWorkOrder.warnings ?? []);
      onClose();
    },
  });
  // Skills no longer offered for new visits stay choosable here when this visit already needs one.
  const choosable = skills.filter((s) => s.active || s.key === visit.requiredSkill);
  return (
    <FormModal<VisitValues>
      {...modal}
      formProps={{ initialValues }}
      formErrorTestId="visit-edit-error"
      title={t('service.visits.edit.title', { number: visit.number })}
      submitLabel={t('service.visits.edit.save')}
      submitTestId="visit-edit-submit"
      loading={updating.loading}
    >
      <VisitFields skills={choosable} firstField={firstField} testIdPrefix="visit-edit" />
    </FormModal>
  );
}
