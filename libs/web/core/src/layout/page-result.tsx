import { Result, Typography, type ResultProps } from 'antd';

export type PageResultProps = Omit<ResultProps, 'title'> & { title: string; 'data-testid'?: string };

/**
 * A page that is only an outcome (not found, no access): antd's Result with its title as the
 * page's h1, which antd's own Result title (a plain div) is not.
 */
export function PageResult({ title, 'data-testid': testId, ...result }: PageResultProps) {
  const page = (
    <Result
      {...result}
      title={
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {title}
        </Typography.Title>
      }
    />
  );
  return testId ? <div data-testid={testId}>{page}</div> : page;
}
