import { checkWindow, type SegmentConditionDefinition, WINDOW_PARAMS, windowedCount } from '@rapport/shared-database';
import { ActivityType } from '@rapport/sales-domain';

/**
 * Sales' behaviours for segment rules (issue 17 item 2, docs/adr/0020): activities with the person
 * (calls, meetings, emails, …) in a time window. Registered with `SegmentConditions` by SalesModule.
 */
export const SALES_SEGMENT_CONDITIONS: SegmentConditionDefinition[] = [
  {
    key: 'activities.count',
    group: 'behaviour',
    params: [{ name: 'types', type: 'choices', choices: Object.values(ActivityType) }, ...WINDOW_PARAMS],
    check: checkWindow,
    sql: (params, q) =>
      windowedCount(
        q,
        {
          from: 'activity x',
          contact: 'x.contact_id',
          at: 'x.occurred_at',
          where: ['x.deleted_at IS NULL', ...(Array.isArray(params['types']) ? [`x.type IN ${q.bindList(params['types'])}`] : [])],
        },
        params,
      ),
  },
];
