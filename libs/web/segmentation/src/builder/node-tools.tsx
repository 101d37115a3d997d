import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { moveNode, removeNode, toggleNot, type RuleNode } from '../rule/rule-model';
import { useBuilder } from './builder-context';

/**
 * The tools every node has: NOT, move up and down among its siblings, remove. Native buttons and a
 * checkbox, so the keyboard reaches each; the icon buttons are named with what they act on. After
 * a move the focus follows the node, after a removal it goes to the group.
 */
export function NodeTools({ node, name, index, siblings, parentId }: { node: RuleNode; name: string; index: number; siblings: number; parentId: string | null }) {
  const { t } = useTranslation();
  const { edit, focus } = useBuilder();
  const move = (delta: -1 | 1) => {
    edit((root) => moveNode(root, node.id, delta));
    focus(node.id);
  };
  return (
    <Flex gap={4} align="center" wrap>
      <Checkbox checked={node.negated} onChange={() => edit((root) => toggleNot(root, node.id))} data-testid="segment-node-not">
        {t('segments.builder.not')}
      </Checkbox>
      {parentId ? (
        <>
          <Tooltip title={t('segments.builder.moveUp')}>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('segments.builder.moveUpNamed', { name })} disabled={index === 0} onClick={() => move(-1)} data-testid="segment-node-up" />
          </Tooltip>
          <Tooltip title={t('segments.builder.moveDown')}>
            <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('segments.builder.moveDownNamed', { name })} disabled={index === siblings - 1} onClick={() => move(1)} data-testid="segment-node-down" />
          </Tooltip>
          <Tooltip title={t('segments.builder.remove')}>
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('segments.builder.removeNamed', { name })}
              onClick={() => {
                edit((root) => removeNode(root, node.id));
                focus(parentId);
              }}
              data-testid="segment-node-remove"
            />
          </Tooltip>
        </>
      ) : null}
    </Flex>
  );
}
