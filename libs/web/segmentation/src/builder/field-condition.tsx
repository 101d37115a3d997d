import { UserSelect } from '@rapport/web-core';
import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { choiceLabel, paramLabel } from '../rule/condition-labels';
import { quoteOption, unquoteOption, valueForOp, type FieldRecordType, type SegmentField } from '../rule/field-options';
import { setParams, type ConditionNode, type NodeError } from '../rule/rule-model';
import { useBuilder } from './builder-context';
import { ParamError } from './param-error';

/**
 * A field condition (`contact.field`, `account.field`): the field from the record catalogue (custom
 * fields too), the operators the API's filter takes on it, and a value input fit for its type.
 */
export function FieldCondition({ node, type, errors, idPrefix }: { node: ConditionNode; type: FieldRecordType; errors: NodeError[]; idPrefix: string }) {
  const { t } = useTranslation();
  const { fields, edit, conditions } = useBuilder();
  const list = fields[type];
  const fieldName = typeof node.params['field'] === 'string' ? node.params['field'] : undefined;
  const field = list.find((f) => f.name === fieldName);
  const allowed = conditions.get(node.condition)?.params.find((p) => p.name === 'op')?.choices ?? [];
  const ops = field ? field.ops.filter((op) => !allowed.length || allowed.includes(op)) : [];
  const op = typeof node.params['op'] === 'string' ? node.params['op'] : undefined;
  const errorOf = (param: string) => errors.filter((e) => e.param === param);
  const ids = { field: `${idPrefix}-field`, op: `${idPrefix}-op`, value: `${idPrefix}-value` };

  const pickField = (name: string) => {
    const next = list.find((f) => f.name === name);
    const nextOp = next && op && next.ops.includes(op) ? op : next?.ops.find((o) => !allowed.length || allowed.includes(o));
    const keepValue = next?.kind === field?.kind && nextOp === op;
    edit((root) => setParams(root, node.id, { field: name, op: nextOp, value: keepValue ? node.params['value'] : valueForOp(nextOp ?? '', undefined) }));
  };
  const pickOp = (next: string) => edit((root) => setParams(root, node.id, { op: next, value: valueForOp(next, node.params['value']) }));
  const setValue = (value: unknown) => edit((root) => setParams(root, node.id, { value }));

  return (
    <>
      <div>
        <Select<string>
          id={ids.field}
          aria-label={paramLabel(t, 'field')}
          data-testid="segment-field"
          value={fieldName}
          onChange={pickField}
          options={list.map((f) => ({ value: f.name, label: f.label }))}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('segments.builder.pickField')}
          status={errorOf('field').length ? 'error' : undefined}
          aria-invalid={errorOf('field').length ? true : undefined}
          aria-describedby={errorOf('field').length ? `${ids.field}-error` : undefined}
          style={{ minWidth: 200 }}
        />
        <ParamError id={`${ids.field}-error`} errors={errorOf('field')} />
      </div>
      {field ? (
        <div>
          <Select<string>
            id={ids.op}
            aria-label={paramLabel(t, 'op')}
            data-testid="segment-field-op"
            value={op}
            onChange={pickOp}
            options={ops.map((o) => ({ value: o, label: choiceLabel(t, 'op', o) }))}
            style={{ minWidth: 150 }}
          />
          <ParamError id={`${ids.op}-error`} errors={errorOf('op')} />
        </div>
      ) : null}
      {field && op ? (
        <div>
          <FieldValueInput field={field} op={op} value={node.params['value']} onChange={setValue} id={ids.value} invalid={errorOf('value').length > 0} />
          <ParamError id={`${ids.value}-error`} errors={errorOf('value')} />
        </div>
      ) : null}
    </>
  );
}

function FieldValueInput({ field, op, value, onChange, id, invalid }: { field: SegmentField; op: string; value: unknown; onChange: (v: unknown) => void; id: string; invalid: boolean }) {
  const { t } = useTranslation();
  const common = { id, 'aria-label': paramLabel(t, 'value'), 'data-testid': 'segment-field-value', 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? `${id}-error` : undefined, status: invalid ? ('error' as const) : undefined };
  if (op === 'isNull') {
    return (
      <Select<string>
        {...common}
        value={value === false ? 'no' : 'yes'}
        onChange={(v) => onChange(v === 'yes')}
        options={[
          { value: 'yes', label: t('segments.builder.isEmpty') },
          { value: 'no', label: t('segments.builder.isNotEmpty') },
        ]}
        style={{ minWidth: 160 }}
      />
    );
  }
  const many = op === 'in';
  const list = Array.isArray(value) ? (value as unknown[]).map(String) : [];
  switch (field.kind) {
    case 'number':
      if (many) return <Select<string[]> {...common} mode="tags" open={false} value={list} onChange={(v) => onChange(v.map(Number).filter(Number.isFinite))} tokenSeparators={[',', ' ']} style={{ minWidth: 200 }} />;
      return <InputNumber<number> {...common} value={typeof value === 'number' ? value : null} onChange={(v) => onChange(typeof v === 'number' ? v : undefined)} style={{ width: 160 }} />;
    case 'date':
      return <DatePicker {...common} value={typeof value === 'string' && value ? dayjs(value) : null} onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)} style={{ width: 160 }} />;
    case 'boolean':
      return (
        <Select<string>
          {...common}
          value={value === true ? 'true' : value === false ? 'false' : undefined}
          onChange={(v) => onChange(v === 'true')}
          options={[
            { value: 'true', label: t('segments.words.yes') },
            { value: 'false', label: t('segments.words.no') },
          ]}
          style={{ minWidth: 120 }}
        />
      );
    case 'enum':
      return many ? (
        <Select<string[]> {...common} mode="multiple" value={list} onChange={onChange} options={field.options} showSearch={{ optionFilterProp: 'label' }} style={{ minWidth: 220 }} />
      ) : (
        <Select<string> {...common} value={typeof value === 'string' ? value : undefined} onChange={onChange} options={field.options} showSearch={{ optionFilterProp: 'label' }} style={{ minWidth: 180 }} />
      );
    case 'multi':
      return <Select<string> {...common} value={unquoteOption(value)} onChange={(v) => onChange(quoteOption(v))} options={field.options} showSearch={{ optionFilterProp: 'label' }} style={{ minWidth: 180 }} />;
    case 'user':
      return (
        <div style={{ minWidth: 220 }}>
          {many ? (
            <UserSelect multiple activeOnly={false} value={list} onChange={(v) => onChange(v)} aria-label={common['aria-label']} data-testid={common['data-testid']} />
          ) : (
            <UserSelect activeOnly={false} value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v ?? undefined)} aria-label={common['aria-label']} data-testid={common['data-testid']} />
          )}
        </div>
      );
    default:
      if (many) return <Select<string[]> {...common} mode="tags" open={false} value={list} onChange={onChange} tokenSeparators={[',']} placeholder={t('segments.builder.valuesPlaceholder')} style={{ minWidth: 220 }} />;
      return <Input {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} placeholder={t('segments.builder.valuePlaceholder')} style={{ width: 220, maxWidth: '100%' }} />;
  }
}
