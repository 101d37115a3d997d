import type { BulkObject, CustomizableObject, MergeableObject, SavedViewFieldsFragment } from '@rapport/web-data-access';
import type { TableColumnsType, TableProps } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customFieldColumns } from '../custom-fields/custom-field-columns';
import { useCustomFieldDefinitions, useCustomFieldText } from '../custom-fields/use-custom-fields';
import { usePermissions } from '../session/permissions';
import { loadColumnChoice, storeColumnChoice, visibleColumns, withOptionalHidden, type ColumnChoice } from './column-choice';
import { customFilterFields } from './filter-builder/custom-filter-fields';
import { builderToFilter, countConditions, emptyGroup, type ApiFilter, type FilterFieldDef, type FilterGroup } from './filter-builder/filter-model';
import { parseViewDefinition, viewDefinition } from './saved-views/view-definition';
import type { ListSort } from './table-sort';

const OBJECT_OF = { accounts: 'account', contacts: 'contact', leads: 'lead', opportunities: 'opportunity', campaigns: 'campaign', cases: 'case' } as const;

export interface ListToolsConfig<Row, C extends string> {
  /** The list's name: saved views, CSV export and remembered columns are filed under it. */
  list: keyof typeof OBJECT_OF;
  customObject: CustomizableObject;
  /** What bulk assign changes; a list without it (campaigns, cases) has no row checkboxes. */
  bulkObject?: BulkObject;
  mergeObject?: MergeableObject;
  /** Built-in filterable fields (custom ones are added from their definitions). */
  fields: readonly FilterFieldDef[];
  /** Built-in columns, each with a `key` (custom columns are added as `cf:<key>`). */
  columns: TableColumnsType<Row>;
  lockedColumns: readonly string[];
  /** Columns offered in the chooser but hidden until the person shows them. */
  optionalColumns?: readonly string[];
  /** Enum fields whose values the CSV export sends lower-cased (see export-url). */
  exportEnumFields?: readonly string[];
  sort: ListSort<C>;
  setSort: (sort: ListSort<C>) => void;
  defaultSort: ListSort<C>;
  sortable: readonly C[];
  /** The current `orderBy`, stored with a view for other clients. */
  orderBy: unknown;
}

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage);

/**
 * The state behind a list's working tools: the filter builder, column choice, saved views and
 * row selection. Screens combine `builderFilter` with their quick filters and render the parts
 * with ListToolsBar and ListFilterPanel (here) and, on the sales lists, their ListBulkActions.
 */
export function useListTools<Row extends { id: string; customFields: unknown; viewerCan?: { update: boolean } }, C extends string>(config: ListToolsConfig<Row, C>) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const { definitions } = useCustomFieldDefinitions(config.customObject);
  const { label, option } = useCustomFieldText();
  const [builder, setBuilder] = useState<FilterGroup>(() => emptyGroup());
  const [filterOpen, setFilterOpen] = useState(false);
  const [storedChoice, setColumnChoiceState] = useState<ColumnChoice | undefined>(() => loadColumnChoice(storage(), config.list));
  const [activeView, setActiveView] = useState<SavedViewFieldsFragment>();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);

  const fields = useMemo(() => [...config.fields, ...customFilterFields(definitions, label, option)], [config.fields, definitions, label, option]);
  const allColumns = useMemo(() => [...config.columns, ...customFieldColumns<Row>(definitions, label, config.sort)], [config.columns, definitions, label, config.sort]);
  const builderFilter: ApiFilter | undefined = useMemo(() => builderToFilter(builder, fields), [builder, fields]);
  const columnChoice = withOptionalHidden(
    storedChoice,
    allColumns.map((c) => String(c.key)),
    config.optionalColumns ?? [],
  );

  const setColumnChoice = (choice: ColumnChoice | undefined) => {
    setColumnChoiceState(choice);
    // Outside a saved view the choice is the person's default for this list on this device.
    if (!activeView) storeColumnChoice(storage(), config.list, choice);
  };

  const { setSort, defaultSort, sortable, list } = config;
  const applyView = useCallback(
    (view: SavedViewFieldsFragment | undefined) => {
      setActiveView(view);
      if (!view) {
        setBuilder(emptyGroup());
        setColumnChoiceState(loadColumnChoice(storage(), list));
        setSort(defaultSort);
        return;
      }
      const state = parseViewDefinition(view.definition, sortable);
      setBuilder(state.builder);
      setColumnChoiceState(state.columns);
      setSort((state.sort as ListSort<C> | undefined) ?? defaultSort);
      if (state.builder.items.length) setFilterOpen(true);
    },
    [setSort, defaultSort, sortable, list],
  );

  const canWrite = permissions.can(OBJECT_OF[config.list], 'write');
  // Bulk assign and merge change records: no checkboxes for a viewer who may change none, and
  // none on the rows this viewer may not change (the row's `viewerCan`, from the API), and none
  // on a list that has no bulk actions.
  const rowSelection: TableProps<Row>['rowSelection'] = canWrite && config.bulkObject ? {
    selectedRowKeys: selectedIds,
    onChange: (keys) => setSelectedIds(keys.map(String)),
    // Picking across pages: the bulk action gets every picked row, not only this page's.
    preserveSelectedRowKeys: true,
    getCheckboxProps: (row) => ({ 'aria-label': t('bulk.selectRow'), disabled: row.viewerCan?.update === false }),
    // antd names the header checkbox "Select all" in every language.
    getTitleCheckboxProps: () => ({ 'aria-label': t('a11y.selectAllRows') }),
  } : undefined;

  return {
    config,
    fields,
    builder,
    setBuilder,
    builderFilter,
    conditionCount: countConditions(builder, fields),
    filterOpen,
    setFilterOpen,
    allColumns,
    columnChoice,
    setColumnChoice,
    tableColumns: visibleColumns(allColumns, columnChoice, config.lockedColumns),
    activeView,
    applyView,
    canShareViews: permissions.can('sharedView', 'write'),
    canWrite,
    definition: () => viewDefinition({ builder, columns: columnChoice, sort: config.sort }, builderFilter, config.orderBy),
    selectedIds,
    setSelectedIds,
    rowSelection,
  };
}

export type ListTools<Row extends { id: string; customFields: unknown; viewerCan?: { update: boolean } }, C extends string> = ReturnType<typeof useListTools<Row, C>>;
