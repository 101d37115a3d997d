import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';

export interface SkillLevel {
  skillKey: string;
  level: number;
}

/**
 * Skills with a level (1–5) as one form control, so the API's errors about any of them (a skill
 * listed twice, one that does not exist) show under the list as a whole.
 */
export function SkillLevelsInput({
  id,
  value = [],
  onChange,
  skills,
  testId,
}: {
  id?: string;
  value?: SkillLevel[];
  onChange?: (v: SkillLevel[]) => void;
  skills: readonly { key: string; name: string }[];
  testId: string;
}) {
  const { t } = useTranslation();
  const set = (next: SkillLevel[]) => onChange?.(next);
  const unused = skills.filter((s) => !value.some((v) => v.skillKey === s.key));
  return (
    <Flex vertical gap={8} id={id} data-testid={testId}>
      {value.map((v, i) => (
        <Flex key={`${v.skillKey}-${i}`} gap={8} wrap align="center">
          <Select
            aria-label={t('routing.setup.skill')}
            style={{ minWidth: 180, flex: 1 }}
            value={v.skillKey}
            options={skills.filter((s) => s.key === v.skillKey || !value.some((x) => x.skillKey === s.key)).map((s) => ({ value: s.key, label: s.name }))}
            onChange={(key: string) => set(value.map((x, j) => (j === i ? { ...x, skillKey: key } : x)))}
            data-testid={`${testId}-key`}
          />
          <InputNumber
            aria-label={t('routing.setup.levelOf', { skill: skills.find((s) => s.key === v.skillKey)?.name ?? v.skillKey })}
            min={1}
            max={5}
            precision={0}
            value={v.level}
            onChange={(n) => set(value.map((x, j) => (j === i ? { ...x, level: n ?? 1 } : x)))}
            prefix={t('routing.setup.level')}
            style={{ width: 130 }}
            data-testid={`${testId}-level`}
          />
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('routing.setup.removeSkill', { skill: skills.find((s) => s.key === v.skillKey)?.name ?? v.skillKey })}
            onClick={() => set(value.filter((_, j) => j !== i))}
          />
        </Flex>
      ))}
      <div>
        <Button icon={<PlusOutlined />} disabled={!unused.length} onClick={() => unused[0] && set([...value, { skillKey: unused[0].key, level: 1 }])} data-testid={`${testId}-add`}>
          {t('routing.setup.addSkill')}
        </Button>
      </div>
    </Flex>
  );
}
