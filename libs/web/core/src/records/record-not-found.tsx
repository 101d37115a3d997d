import { Result, Typography } from 'antd';
import { Link } from 'react-router';

export interface RecordNotFoundProps {
  title: string;
  backTo: string;
  backLabel: string;
}

/** A record query answered null: missing or not visible. The API does not say which; neither do we. */
export function RecordNotFound({ title, backTo, backLabel }: RecordNotFoundProps) {
  return (
    <div data-testid="record-not-found">
      <Result
        status="404"
        // The page's h1 (antd's Result title is a plain div).
        title={
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
            {title}
          </Typography.Title>
        }
        extra={<Link to={backTo}>{backLabel}</Link>}
      />
    </div>
  );
}
