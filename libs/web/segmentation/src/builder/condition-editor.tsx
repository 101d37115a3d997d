import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { conditionLabel, paramLabel } from '../rule/condition-labels';
import { fieldConditionType } from '../rule/field-options';
import { setParam, type ConditionNode } from '../rule/rule-model';
import { useBuilder } from './builder-context';
import { FieldCondition } from './field-condition';
import { NodeTools } from './node-tools';
import { ParamError } from './param-error';
import { ParamInput } from './param-input';

/**
 * One condition: its name, NOT / move / remove, and an input per parameter of the catalogue's
 * (field conditions: field, operator, value). The API's messages show under the parameter they are
 * about, the rest under the condition's name. A condition the catalogue no longer has says so.
 */
export function ConditionEditor({ node, index, siblings, parentId }: { node: ConditionNode; index: number; siblings: number; parentId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { conditions, edit, errors } = useBuilder();
  const type = conditions.get(node.condition);
  const name = conditionLabel(t, node.condition);
  const nodeErrors = errors.get(node.id) ?? [];
  const fieldType = fieldConditionType(node.condition);
  const idPrefix = `segment-node-${node.id}`;
  // Messages about a parameter that has an input show under it; the rest under the condition.
  const shown = fieldType ? ['field', 'op', 'value'] : (type?.params.map((s) => s.name) ?? []);
  const general = nodeErrors.filter((e) => !e.param || !shown.includes(e.param));

  return (
    <section
      aria-label={name}
      data-testid="segment-condition"
      data-condition={node.condition}
      data-node-id={node.id}
      tabIndex={-1}
      style={{
        border: `1px solid ${nodeErrors.length ? token.colorError : token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        padding: 8,
        background: token.colorBgContainer,
      }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong>
          {node.negated ? <Typography.Text type="danger">{t('segments.words.not')} </Typography.Text> : null}
          {name}
        </Typography.Text>
        <NodeTools node={node} name={name} index={index} siblings={siblings} parentId={parentId} />
      </Flex>
      {!type ? (
        <Typography.Text type="warning" data-testid="segment-condition-unknown">
          {t('segments.builder.unknownCondition')}
        </Typography.Text>
      ) : null}
      <Flex gap={8} wrap align="flex-start" style={{ marginTop: 8 }}>
        {fieldType ? (
          <FieldCondition node={node} type={fieldType} errors={nodeErrors} idPrefix={idPrefix} />
        ) : (
          type?.params.map((spec) => {
            const id = `${idPrefix}-${spec.name}`;
            const mine = nodeErrors.filter((e) => e.param === spec.name);
            const label = paramLabel(t, spec.name);
            return (
              <Flex key={spec.name} vertical gap={2}>
                <label htmlFor={id} style={{ fontSize: 12, color: token.colorTextSecondary }}>
                  {label}
                  {spec.required ? ' *' : ''}
                </label>
                <ParamInput
                  spec={spec}
                  value={node.params[spec.name]}
                  onChange={(v) => edit((root) => setParam(root, node.id, spec.name, v))}
                  label={label}
                  id={id}
                  testId={`segment-param-${spec.name}`}
                  invalid={mine.length > 0}
                  describedBy={mine.length ? `${id}-error` : undefined}
                />
                <ParamError id={`${id}-error`} errors={mine} />
              </Flex>
            );
          })
        )}
      </Flex>
      <ParamError id={`${idPrefix}-error`} errors={general} />
    </section>
  );
}
