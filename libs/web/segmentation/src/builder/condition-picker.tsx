import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { conditionLabel, GROUP_ORDER, groupLabel } from '../rule/condition-labels';
import type { ConditionType } from './builder-context';

/**
 * "Add a condition": the catalogue grouped by its `group` (contact, account, behaviour, orders,
 * metrics, other segments; a group a later domain adds after them), searchable by the translated
 * names. Picking one adds it; the select then clears for the next.
 */
export function ConditionPicker({ conditions, onPick, testId }: { conditions: readonly ConditionType[]; onPick: (key: string) => void; testId: string }) {
  const { t } = useTranslation();
  const groups = [...new Set(conditions.map((c) => c.group))].sort((a, b) => rank(a) - rank(b));
  const options = groups.map((group) => ({
    label: groupLabel(t, group),
    title: groupLabel(t, group),
    options: conditions.filter((c) => c.group === group).map((c) => ({ value: c.key, label: conditionLabel(t, c.key) })),
  }));
  return (
    <Select<string>
      aria-label={t('segments.builder.addCondition')}
      placeholder={t('segments.builder.addCondition')}
      data-testid={testId}
      value={null}
      onChange={onPick}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 220 }}
      popupMatchSelectWidth={false}
    />
  );
}

const rank = (group: string) => {
  const i = GROUP_ORDER.indexOf(group);
  return i < 0 ? GROUP_ORDER.length : i;
};
