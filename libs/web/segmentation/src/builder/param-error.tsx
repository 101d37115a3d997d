import { Typography } from 'antd';
import type { NodeError } from '../rule/rule-model';

/** The API's messages about one parameter (or a whole node), under it; referenced by the input's aria-describedby. */
export function ParamError({ id, errors }: { id: string; errors: readonly NodeError[] }) {
  if (!errors.length) return null;
  return (
    <div id={id} role="alert" data-testid="segment-node-error">
      {errors.map((e, i) => (
        <Typography.Text key={i} type="danger" style={{ display: 'block', fontSize: 12 }}>
          {e.message}
        </Typography.Text>
      ))}
    </div>
  );
}
