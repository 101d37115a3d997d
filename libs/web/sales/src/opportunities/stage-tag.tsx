import type { StageFieldsFragment } from '@rapport/web-data-access';
import { Tag } from 'antd';

export function stageColor(stage: Pick<StageFieldsFragment, 'isWon' | 'isLost'>): string {
  if (stage.isWon) return 'green';
  if (stage.isLost) return 'red';
  return 'blue';
}

/** A stage with its win probability, coloured by outcome. */
export function StageTag({ stage }: { stage: Pick<StageFieldsFragment, 'name' | 'probability' | 'isWon' | 'isLost'> }) {
  return (
    <Tag color={stageColor(stage)}>
      {stage.name} · {stage.probability}%
    </Tag>
  );
}
