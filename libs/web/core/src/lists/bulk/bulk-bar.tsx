import { MergeCellsOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface BulkBarProps {
  count: number;
  onAssign: () => void;
  /** Offered when the kind can be merged; enabled with exactly two rows picked. */
  onMerge?: () => void;
  /** More actions right after Assign (e.g. "Add to campaign", which the app offers only to campaign writers). */
  extra?: ReactNode;
  onClear: () => void;
}

export interface SelectionBarProps {
  count: number;
  onClear: () => void;
  'data-testid': string;
  /** The actions on the picked rows, between the count and "Clear". */
  children: ReactNode;
}

/**
 * The frame of every bar over picked rows (the lists' bulk bar, a campaign's members): how many
 * are picked, the actions, and "Clear"; nothing while none is picked.
 */
export function SelectionBar({ count, onClear, 'data-testid': testId, children }: SelectionBarProps) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Alert
      type="info"
      style={{ marginBottom: 12 }}
      data-testid={testId}
      title={
        <Flex gap="small" align="center" wrap>
          <Typography.Text strong data-testid="bulk-count">
            {t('bulk.selected', { count })}
          </Typography.Text>
          {children}
          <Button size="small" type="link" onClick={onClear} data-testid="bulk-clear">
            {t('bulk.clear')}
          </Button>
        </Flex>
      }
    />
  );
}

/** What can be done with the picked rows; appears above the table once something is picked. */
export function BulkBar({ count, onAssign, onMerge, extra, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  return (
    <SelectionBar count={count} onClear={onClear} data-testid="bulk-bar">
      <Button size="small" icon={<UserSwitchOutlined />} onClick={onAssign} data-testid="bulk-assign">
        {t('bulk.assign')}
      </Button>
      {extra}
      {onMerge ? (
        <Button
          size="small"
          icon={<MergeCellsOutlined />}
          onClick={onMerge}
          disabled={count !== 2}
          title={count !== 2 ? t('merge.pickTwo') : undefined}
          data-testid="bulk-merge"
        >
          {t('merge.open')}
        </Button>
      ) : null}
    </SelectionBar>
  );
}
