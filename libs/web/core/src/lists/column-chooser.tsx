import { ArrowDownOutlined, ArrowUpOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moveColumn, orderedKeys, setColumnVisible, type ColumnChoice } from './column-choice';

export interface ColumnOption {
  key: string;
  title: ReactNode;
}

export interface ColumnChooserProps {
  columns: readonly ColumnOption[];
  choice: ColumnChoice | undefined;
  /** Columns that always show (the record's name, which opens it). */
  locked?: readonly string[];
  onChange: (choice: ColumnChoice | undefined) => void;
}

/**
 * Show, hide and reorder columns. Up/down buttons instead of drag and drop, so the list works
 * the same with a keyboard and a screen reader.
 */
export function ColumnChooser({ columns, choice, locked = [], onChange }: ColumnChooserProps) {
  const { t } = useTranslation();
  const keys = columns.map((c) => c.key);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const order = orderedKeys(keys, choice);

  const content = (
    <Flex vertical gap={4} style={{ minWidth: 260, maxHeight: 420, overflowY: 'auto' }} data-testid="column-chooser">
      {order.map((key, index) => {
        const column = byKey.get(key)!;
        const isLocked = locked.includes(key);
        return (
          <Flex key={key} align="center" justify="space-between" gap="small" data-testid={`column-option-${key}`}>
            <Checkbox
              checked={isLocked || !choice?.hidden.includes(key)}
              disabled={isLocked}
              onChange={(e) => onChange(setColumnVisible(choice, keys, key, e.target.checked))}
              data-testid={`column-toggle-${key}`}
            >
              {column.title}
            </Checkbox>
            <Flex gap={2}>
              <Button
                size="small"
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                onClick={() => onChange(moveColumn(choice, keys, key, -1))}
                aria-label={t('columns.moveUp', { name: typeof column.title === 'string' ? column.title : key })}
                data-testid={`column-up-${key}`}
              />
              <Button
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={index === order.length - 1}
                onClick={() => onChange(moveColumn(choice, keys, key, 1))}
                aria-label={t('columns.moveDown', { name: typeof column.title === 'string' ? column.title : key })}
                data-testid={`column-down-${key}`}
              />
            </Flex>
          </Flex>
        );
      })}
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">{t('columns.hint')}</Typography.Text>
        <Button size="small" type="link" onClick={() => onChange(undefined)} disabled={!choice} data-testid="column-reset">
          {t('columns.reset')}
        </Button>
      </Flex>
    </Flex>
  );

  return (
    // Rendered next to its button rather than at the end of the page, so Tab moves from the
    // button straight into the list.
    <Popover
      trigger="click"
      placement="bottomRight"
      content={content}
      title={t('columns.title')}
      getPopupContainer={(button) => button.parentElement ?? document.body}
    >
      <Button icon={<TableOutlined />} data-testid="list-columns">
        {t('columns.button')}
      </Button>
    </Popover>
  );
}
