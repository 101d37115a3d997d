import { Link } from 'react-router';
import { PageResult } from '../layout/page-result';

export interface RecordNotFoundProps {
  title: string;
  backTo: string;
  backLabel: string;
}

/** A record query answered null: missing or not visible. The API does not say which; neither do we. */
export function RecordNotFound({ title, backTo, backLabel }: RecordNotFoundProps) {
  return <PageResult status="404" title={title} extra={<Link to={backTo}>{backLabel}</Link>} data-testid="record-not-found" />;
}
