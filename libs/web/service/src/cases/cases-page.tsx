import { PhoneOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CasesDocument, TeamsDocument, type CaseRowFragment } from '@rapport/web-data-access';
import {
  allOf,
  ConnectionTable,
  customizableOrderByOf,
  ListFilterPanel,
  ListToolbar,
  ListToolsBar,
  pickedValues,
  sortFromTable,
  useCursorStack,
  useListState,
  useListTools,
  usePageTitle,
  usePermissions,
  useSessionUser,
  type ConnectionTableProps,
} from '@rapport/web-core';
import { PageHeader } from '@rapport/web-ui';
import { Button, Card, Flex, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SERVICE_NEEDS } from '../service-access';
import { caseColumns } from './case-columns';
import { CaseFormModal } from './case-form-modal';
import { useCaseStatuses } from './case-labels';
import {
  buildCaseFilter,
  CASE_EXPORT_ENUMS,
  CASE_LOCKED_COLUMNS,
  CASE_OPTIONAL_COLUMNS,
  CASE_ORDER_FIELDS,
  CASE_SORT_COLUMNS,
  caseFilterFields,
  DEFAULT_CASE_SORT,
  type CaseSortColumn,
} from './case-model';
import { casePath } from './case-paths';
import type { CaseFilter, CasePriority } from './case-types';
import { CasesEmpty } from './cases-empty';
import { CALL_DESK_PATH } from '../calls/call-model';

export const CASES_PAGE_SIZE = 20;

/** A labelled switch of the toolbar (the label is the switch's name, for screen readers too). */
function FilterSwitch({ checked, onChange, label, testId }: { checked: boolean; onChange: (v: boolean) => void; label: string; testId: string }) {
  return (
    <Flex gap="small" align="center">
      <Switch size="small" checked={checked} onChange={onChange} aria-label={label} data-testid={testId} />
      <Typography.Text>{label}</Typography.Text>
    </Flex>
  );
}

/**
 * Service → Cases (issue 18): every case the viewer may see (a rep: their customers'), with the
 * working tools of the other big lists (web-core's `useListTools` and `ListToolsBar`): saved views
 * filed under `cases` (save, apply, and share for whoever may share views), column choice (the
 * number stays: it opens the case), the filter builder over the case's fields (from its record
 * definition, the team — the queue a case is worked in — among them) and custom fields, and the
 * API's CSV export of exactly what is shown. Its own: search by subject or number, "only mine",
 * "open only", "breached", the status and priority column filters, server sorting (SLA due first
 * by default) and paging, "Take a call" and "New case" for those who may write cases. No row
 * checkboxes: cases have no bulk actions.
 */
export function CasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('service.list.title'));
  const navigate = useNavigate();
  const me = useSessionUser();
  const canCreate = usePermissions().allows(SERVICE_NEEDS.caseWrite);
  const list = useListState<CaseSortColumn>(DEFAULT_CASE_SORT);
  const statuses = useCaseStatuses();
  // The teams the viewer may see name the team column and the team filter's choices.
  const teamsQuery = useQuery(TeamsDocument);
  const [pickedStatuses, setPickedStatuses] = useState<string[]>([]);
  const [priorities, setPriorities] = useState<CasePriority[]>([]);
  const [openOnly, setOpenOnly] = useState(false);
  const [breachedOnly, setBreachedOnly] = useState(false);
  const [creating, setCreating] = useState(false);

  const teams = useMemo(() => (teamsQuery.data?.teams.edges ?? []).map((e) => e.node), [teamsQuery.data]);
  const teamNames = useMemo(() => new Map(teams.map((team) => [team.id, team.name])), [teams]);
  const fields = useMemo(() => caseFilterFields(t, statuses.statuses, teams), [t, statuses.statuses, teams]);
  const orderBy = customizableOrderByOf(list.sort, CASE_ORDER_FIELDS);
  const tools = useListTools<CaseRowFragment, CaseSortColumn>({
    list: 'cases',
    customObject: 'CASE',
    fields,
    columns: caseColumns(t, list.sort, { options: statuses.statuses, picked: pickedStatuses, nameOf: statuses.nameOf }, priorities, (id) => teamNames.get(id)),
    lockedColumns: CASE_LOCKED_COLUMNS,
    optionalColumns: CASE_OPTIONAL_COLUMNS,
    exportEnumFields: CASE_EXPORT_ENUMS,
    sort: list.sort,
    setSort: list.setSort,
    defaultSort: DEFAULT_CASE_SORT,
    sortable: CASE_SORT_COLUMNS,
    orderBy,
  });

  const filter = allOf<CaseFilter>([
    buildCaseFilter({ search: list.search, statuses: pickedStatuses, priorities, ownerId: list.mine ? me.id : undefined, openOnly, breachedOnly }),
    tools.builderFilter as CaseFilter | undefined,
  ]);
  const cursors = useCursorStack(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error, refetch } = useQuery(CasesDocument, {
    variables: { first: CASES_PAGE_SIZE, after: cursors.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const shown = (data ?? previousData)?.cases;
  const onChange: ConnectionTableProps<CaseRowFragment>['onChange'] = (_p, filters, sorter) => {
    setPickedStatuses(pickedValues<string>(filters, 'status'));
    setPriorities(pickedValues<CasePriority>(filters, 'priority'));
    list.setSort(sortFromTable(sorter, CASE_SORT_COLUMNS, DEFAULT_CASE_SORT));
  };
  const create = canCreate ? () => setCreating(true) : undefined;

  return (
    <>
      <PageHeader
        title={t('service.list.title')}
        subtitle={t('service.list.subtitle')}
        extra={
          create ? (
            <Flex gap="small" wrap>
              <Button icon={<PhoneOutlined />} onClick={() => void navigate(CALL_DESK_PATH)} data-testid="case-take-call">
                {t('service.callDesk.title')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={create} data-testid="case-create">
                {t('service.list.create')}
              </Button>
            </Flex>
          ) : undefined
        }
      />
      <Card>
        <ListToolsBar tools={tools} filter={filter} />
        <ListFilterPanel tools={tools} />
        <ListToolbar prefix="cases" searchText={list.searchText} onSearchText={list.setSearchText} placeholder={t('service.list.searchPlaceholder')} mine={list.mine} onMine={list.setMine}>
          <FilterSwitch checked={openOnly} onChange={setOpenOnly} label={t('service.list.openOnly')} testId="cases-open-only" />
          <FilterSwitch checked={breachedOnly} onChange={setBreachedOnly} label={t('service.list.breachedOnly')} testId="cases-breached" />
        </ListToolbar>
        <ConnectionTable<CaseRowFragment>
          testId="cases-table"
          connection={shown}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={tools.tableColumns}
          cursors={cursors}
          empty={<CasesEmpty filtered={!!filter} onCreate={create} />}
          rowPath={(c) => casePath(c.id)}
          onChange={onChange}
        />
      </Card>
      {canCreate ? (
        <CaseFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void navigate(casePath(id));
          }}
        />
      ) : null}
    </>
  );
}

export default CasesPage;
