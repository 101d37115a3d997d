import { checkWindow, type SegmentConditionDefinition, WINDOW_PARAMS, windowedCount } from '@rapport/shared-database';

/**
 * Lead intake's behaviour for segment rules (issue 17 item 2, docs/adr/0020): web form submissions,
 * counted for the contact the submitting lead became (submissions of leads not yet converted belong
 * to no contact, and segments are sets of contacts).
 */
export const LEADS_SEGMENT_CONDITIONS: SegmentConditionDefinition[] = [
  {
    key: 'forms.submitted',
    group: 'behaviour',
    params: [{ name: 'formIds', type: 'ids', lookup: 'webForm' }, ...WINDOW_PARAMS],
    check: checkWindow,
    sql: (params, q) =>
      windowedCount(
        q,
        {
          from: 'lead_submission x JOIN lead l ON l.id = x.lead_id',
          contact: 'l.converted_contact_id',
          at: 'x.received_at',
          where: Array.isArray(params['formIds']) ? [`x.form_id IN ${q.bindList(params['formIds'])}`] : [],
        },
        params,
      ),
  },
];
