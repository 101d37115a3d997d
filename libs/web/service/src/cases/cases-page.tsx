import { DownloadOutlined, PhoneOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CasesDocument, type CaseRowFragment } from '@rapport/web-data-access';
import { ConnectionTable, exportUrl, ListToolbar, pickedValues, sortFromTable, useCursorStack, useListState, usePageTitle, usePermissions, useSessionUser, type ConnectionTableProps } from '@rapport/web-core';
import { PageHeader } from '@rapport/web-ui';
import { Button, Card, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SERVICE_NEEDS } from '../service-access';
import { caseColumns } from './case-columns';
import { CaseFormModal } from './case-form-modal';
import { useCaseStatuses } from './case-labels';
import { buildCaseFilter, CASE_ORDER_FIELDS, CASE_SORT_COLUMNS, DEFAULT_CASE_SORT, type CaseSortColumn } from './case-model';
import { casePath } from './case-paths';
import type { CasePriority } from './case-types';
import { CasesEmpty } from './cases-empty';
import { CALL_DESK_PATH } from '../calls/call-model';

export const CASES_PAGE_SIZE = 20;
/** The case fields the CSV export compares by their stored (lower-case) values. */
const CASE_EXPORT_ENUMS = ['priority', 'channel', 'type'] as const;

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
 * Service → Cases (issue 18): every case the viewer may see (a rep: their customers'), with
 * search by subject or number, status and priority filters, "only mine", "open only" and
 * "breached", sorted by SLA due (soonest first), priority or creation, 20 a page. "New case" for
 * those who may write cases.
 */
export function CasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('service.list.title'));
  const navigate = useNavigate();
  const me = useSessionUser();
  const canCreate = usePermissions().allows(SERVICE_NEEDS.caseWrite);
  const list = useListState<CaseSortColumn>(DEFAULT_CASE_SORT);
  const statuses = useCaseStatuses();
  const [pickedStatuses, setPickedStatuses] = useState<string[]>([]);
  const [priorities, setPriorities] = useState<CasePriority[]>([]);
  const [openOnly, setOpenOnly] = useState(false);
  const [breachedOnly, setBreachedOnly] = useState(false);
  const [creating, setCreating] = useState(false);

  const filter = buildCaseFilter({ search: list.search, statuses: pickedStatuses, priorities, ownerId: list.mine ? me.id : undefined, openOnly, breachedOnly });
  const orderBy = [{ field: CASE_ORDER_FIELDS[list.sort.column], direction: list.sort.descending ? ('DESC' as const) : ('ASC' as const) }];
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
  const columns = caseColumns(t, list.sort, { options: statuses.statuses, picked: pickedStatuses, nameOf: statuses.nameOf }, priorities);

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
        <ListToolbar prefix="cases" searchText={list.searchText} onSearchText={list.setSearchText} placeholder={t('service.list.searchPlaceholder')} mine={list.mine} onMine={list.setMine}>
          <FilterSwitch checked={openOnly} onChange={setOpenOnly} label={t('service.list.openOnly')} testId="cases-open-only" />
          <FilterSwitch checked={breachedOnly} onChange={setBreachedOnly} label={t('service.list.breachedOnly')} testId="cases-breached" />
          {/* A plain link: the browser streams the file, however long the list, with the session cookie. */}
          <Button icon={<DownloadOutlined />} href={exportUrl('cases', filter, CASE_EXPORT_ENUMS)} download="cases.csv" data-testid="cases-export">
            {t('lists.exportCsv')}
          </Button>
        </ListToolbar>
        <ConnectionTable<CaseRowFragment>
          testId="cases-table"
          connection={shown}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          columns={columns}
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
