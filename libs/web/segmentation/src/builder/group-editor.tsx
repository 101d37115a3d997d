import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { addNode, emptyGroup, newCondition, toggleMatch, type GroupNode } from '../rule/rule-model';
import { defaultParams, useBuilder } from './builder-context';
import { ConditionEditor } from './condition-editor';
import { ConditionPicker } from './condition-picker';
import { NodeTools } from './node-tools';
import { ParamError } from './param-error';

/**
 * A group of the rule: ALL of (AND) or ANY of (OR) its conditions and groups, with NOT, and at its
 * foot "add a condition" (the catalogue's picker) and "add a group". Nested groups are indented
 * with a line, so the tree reads on a phone too. The top group cannot be moved or removed.
 */
export function GroupEditor({ node, index = 0, siblings = 1, parentId = null, depth = 0 }: { node: GroupNode; index?: number; siblings?: number; parentId?: string | null; depth?: number }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { conditions, edit, errors, focus } = useBuilder();
  const name = depth === 0 ? t('segments.builder.topGroup') : t('segments.builder.group');
  const nodeErrors = errors.get(node.id) ?? [];
  const matchLabel = t('segments.builder.matchLabel', { name });

  const addCondition = (key: string) => {
    const condition = newCondition(key, defaultParams(conditions.get(key)));
    edit((root) => addNode(root, node.id, condition));
    focus(condition.id);
  };
  const addGroup = () => {
    const group = emptyGroup(node.match === 'and' ? 'or' : 'and');
    edit((root) => addNode(root, node.id, group));
    focus(group.id);
  };

  return (
    <section
      aria-label={name}
      data-testid="segment-group"
      data-node-id={node.id}
      data-match={node.match}
      tabIndex={-1}
      style={{
        borderInlineStart: depth ? `3px solid ${node.match === 'and' ? token.colorPrimaryBorder : token.colorWarningBorder}` : undefined,
        paddingInlineStart: depth ? 10 : 0,
        paddingBlock: depth ? 4 : 0,
      }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Flex align="center" gap={8} wrap>
          {node.negated ? <Typography.Text type="danger" strong>{t('segments.words.not')}</Typography.Text> : null}
          <Segmented<'and' | 'or'>
            size="small"
            value={node.match}
            onChange={(v) => v !== node.match && edit((root) => toggleMatch(root, node.id))}
            aria-label={matchLabel}
            data-testid="segment-group-match"
            options={[
              { value: 'and', label: t('segments.builder.all') },
              { value: 'or', label: t('segments.builder.any') },
            ]}
          />
        </Flex>
        <NodeTools node={node} name={name} index={index} siblings={siblings} parentId={parentId} />
      </Flex>
      <ParamError id={`segment-node-${node.id}-error`} errors={nodeErrors} />
      <Flex vertical gap={8}>
        {node.children.length === 0 ? (
          <Typography.Text type="secondary" data-testid="segment-group-empty">
            {node.match === 'and' ? t('segments.builder.emptyAnd') : t('segments.builder.emptyOr')}
          </Typography.Text>
        ) : null}
        {node.children.map((child, i) => (
          <div key={child.id}>
            {i > 0 ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 4 }} aria-hidden>
                {node.match === 'and' ? t('segments.words.and') : t('segments.words.or')}
              </Typography.Text>
            ) : null}
            {child.kind === 'group' ? (
              <GroupEditor node={child} index={i} siblings={node.children.length} parentId={node.id} depth={depth + 1} />
            ) : (
              <ConditionEditor node={child} index={i} siblings={node.children.length} parentId={node.id} />
            )}
          </div>
        ))}
        <Flex gap={8} wrap>
          <ConditionPicker conditions={[...conditions.values()]} onPick={addCondition} testId="segment-add-condition" />
          <Button icon={<PlusOutlined />} onClick={addGroup} data-testid="segment-add-group">
            {t('segments.builder.addGroup')}
          </Button>
        </Flex>
      </Flex>
    </section>
  );
}
