import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { operatorLabel } from './filter-labels';
import {
  emptyGroup,
  newCondition,
  operatorsFor,
  takesValue,
  type FilterCondition,
  type FilterFieldDef,
  type FilterGroup,
  type FilterOp,
} from './filter-model';
import { addItem, removeItem, updateItem } from './filter-tree';
import { FilterValueInput } from './filter-value-input';

export interface FilterBuilderProps {
  fields: readonly FilterFieldDef[];
  value: FilterGroup;
  onChange: (value: FilterGroup) => void;
}

/**
 * Conditions on any field (custom ones included), combined with "all"/"any", plus groups of
 * their own "all"/"any" for the (A and (B or C)) cases. Test ids carry the position: `0`, `1.0`.
 */
export function FilterBuilder({ fields, value, onChange }: FilterBuilderProps) {
  const { t } = useTranslation();
  const first = fields[0];
  if (!first) return null;
  const add = (groupId: string, item: FilterCondition | FilterGroup) => onChange(addItem(value, groupId, item));

  return (
    <div data-testid="filter-builder">
      <GroupEditor group={value} path="" fields={fields} root onChange={onChange} onAdd={add} tree={value} />
      <Flex gap="small" wrap style={{ marginTop: 8 }}>
        <Button size="small" icon={<PlusOutlined />} onClick={() => add(value.id, newCondition(first))} data-testid="filter-add-condition">
          {t('filters.addCondition')}
        </Button>
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => add(value.id, { ...emptyGroup(value.match === 'and' ? 'or' : 'and'), items: [newCondition(first)] })}
          data-testid="filter-add-group"
        >
          {t('filters.addGroup')}
        </Button>
        {value.items.length > 0 ? (
          <Button size="small" type="link" onClick={() => onChange(emptyGroup())} data-testid="filter-clear">
            {t('filters.clear')}
          </Button>
        ) : null}
      </Flex>
    </div>
  );
}

interface GroupEditorProps {
  group: FilterGroup;
  /** Position of the group in the tree ('' for the root). */
  path: string;
  fields: readonly FilterFieldDef[];
  root?: boolean;
  tree: FilterGroup;
  onChange: (tree: FilterGroup) => void;
  onAdd: (groupId: string, item: FilterCondition | FilterGroup) => void;
}

function GroupEditor({ group, path, fields, root, tree, onChange, onAdd }: GroupEditorProps) {
  const { t } = useTranslation();
  const prefix = path ? `${path}.` : '';
  const matchSelect = (
    <Flex gap="small" align="center" wrap>
      <Typography.Text>{t('filters.matchPrefix')}</Typography.Text>
      <Select<'and' | 'or'>
        size="small"
        value={group.match}
        onChange={(match) => onChange(root ? { ...tree, match } : updateItem(tree, group.id, (g) => ({ ...(g as FilterGroup), match })))}
        options={[
          { value: 'and', label: t('filters.matchAll') },
          { value: 'or', label: t('filters.matchAny') },
        ]}
        aria-label={t('filters.matchLabel')}
        data-testid={root ? 'filter-match' : `filter-group-match-${path}`}
        style={{ width: 140 }}
      />
      <Typography.Text>{t('filters.matchSuffix')}</Typography.Text>
    </Flex>
  );
  const rows = (
    <Flex vertical gap={8}>
      {group.items.map((item, index) =>
        item.type === 'group' ? (
          <GroupEditor key={item.id} group={item} path={`${prefix}${index}`} fields={fields} tree={tree} onChange={onChange} onAdd={onAdd} />
        ) : (
          <ConditionRow
            key={item.id}
            condition={item}
            path={`${prefix}${index}`}
            fields={fields}
            onChange={(next) => onChange(updateItem(tree, item.id, () => next))}
            onRemove={() => onChange(removeItem(tree, item.id))}
          />
        ),
      )}
    </Flex>
  );

  if (root) {
    return (
      <Flex vertical gap={8}>
        {group.items.length > 1 ? matchSelect : null}
        {group.items.length === 0 ? <Typography.Text type="secondary">{t('filters.none')}</Typography.Text> : rows}
      </Flex>
    );
  }
  return (
    <Card
      size="small"
      data-testid={`filter-group-${path}`}
      title={matchSelect}
      extra={
        <Button
          size="small"
          type="text"
          icon={<DeleteOutlined />}
          onClick={() => onChange(removeItem(tree, group.id))}
          aria-label={t('filters.removeGroup')}
          data-testid={`filter-group-remove-${path}`}
        />
      }
    >
      {rows}
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        onClick={() => onAdd(group.id, newCondition(fields[0]!))}
        data-testid={`filter-group-add-${path}`}
      >
        {t('filters.addCondition')}
      </Button>
    </Card>
  );
}

interface ConditionRowProps {
  condition: FilterCondition;
  path: string;
  fields: readonly FilterFieldDef[];
  onChange: (condition: FilterCondition) => void;
  onRemove: () => void;
}

function ConditionRow({ condition, path, fields, onChange, onRemove }: ConditionRowProps) {
  const { t } = useTranslation();
  const field = fields.find((f) => f.id === condition.field);
  const ops = field ? operatorsFor(field) : [];
  return (
    <Flex gap="small" wrap align="center" data-testid={`filter-row-${path}`}>
      <Select<string>
        value={field ? condition.field : undefined}
        placeholder={t('filters.unknownField')}
        onChange={(id) => {
          const next = fields.find((f) => f.id === id)!;
          // A new field starts over: its operators and values differ.
          onChange({ ...condition, field: id, op: operatorsFor(next)[0]!, value: null });
        }}
        options={fieldOptions(fields, t)}
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('filters.fieldLabel')}
        data-testid={`filter-field-${path}`}
        style={{ width: 180 }}
      />
      <Select<FilterOp>
        value={ops.includes(condition.op) ? condition.op : undefined}
        onChange={(op) => onChange({ ...condition, op, value: takesValue(op) ? keepValue(condition, op) : null })}
        options={ops.map((op) => ({ value: op, label: operatorLabel(t, op) }))}
        aria-label={t('filters.operatorLabel')}
        data-testid={`filter-op-${path}`}
        style={{ width: 150 }}
        disabled={!field}
      />
      {field ? (
        <FilterValueInput
          field={field}
          op={condition.op}
          value={condition.value}
          onChange={(value) => onChange({ ...condition, value })}
          label={t('filters.valueLabel', { field: field.label })}
          testId={`filter-value-${path}`}
        />
      ) : null}
      <Button type="text" icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('filters.removeCondition')} data-testid={`filter-remove-${path}`} />
    </Flex>
  );
}

/**
 * The field picker's options: built-in fields, then the admin's custom fields in a group of their
 * own, so a custom field named like a built-in one ("Region") can be told apart.
 */
function fieldOptions(fields: readonly FilterFieldDef[], t: TFunction) {
  const option = (f: FilterFieldDef) => ({ value: f.id, label: f.label });
  const custom = fields.filter((f) => f.customKey);
  if (custom.length === 0) return fields.map(option);
  return [
    { label: t('filters.standardFields'), title: t('filters.standardFields'), options: fields.filter((f) => !f.customKey).map(option) },
    { label: t('filters.customFields'), title: t('filters.customFields'), options: custom.map(option) },
  ];
}

/** Switching between "is any of" and "is none of" keeps the picked values; other switches too when the shape fits. */
function keepValue(condition: FilterCondition, op: FilterOp) {
  const list = ['in', 'notIn', 'hasAny', 'hasAll'];
  const wasList = list.includes(condition.op);
  return wasList === list.includes(op) ? (condition.value ?? null) : null;
}
