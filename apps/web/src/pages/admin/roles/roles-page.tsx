import { useQuery } from '@apollo/client/react';
import { errorMessageOf, RolesDocument, type RecordScope, type Role } from '@rapport/web-data-access';
import { ErrorState, LoadingState, PageHeader, ScrollRegion, useLazyMessages } from '@rapport/web-ui';
import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, type TableHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@rapport/web-core';
import { roleLabel, scopeLabel } from '@rapport/web-core';
import { roleObjectLabel } from './role-object-labels';
import { buildRoleMatrix, type MatrixRow } from './role-matrix';

const SCOPE_COLORS: Record<RecordScope, string | undefined> = {
  NONE: undefined,
  OWN: 'blue',
  TEAM: 'geekblue',
  ALL: 'green',
};

/** The matrix at its natural width (no cell squeezed into wrapping); the region around it scrolls. */
const WideTable = (props: TableHTMLAttributes<HTMLTableElement>) => <table {...props} style={{ ...props.style, width: 'max-content', minWidth: '100%' }} />;

export function RolesPage() {
  const { t } = useTranslation();
  usePageTitle(t('rolesPage.title'));
  const { data, loading, error, refetch } = useQuery(RolesDocument);
  const matrix = useMemo(() => buildRoleMatrix(data?.roles ?? []), [data]);

  const columns: TableColumnsType<MatrixRow> = [
    {
      key: 'object',
      title: t('rolesPage.object'),
      fixed: 'start',
      render: (_: unknown, row) => <Typography.Text strong>{roleObjectLabel(t, row.object)}</Typography.Text>,
    },
    ...matrix.roles.map((role: Role) => ({
      key: role,
      title: roleLabel(t, role),
      render: (_: unknown, row: MatrixRow) => {
        const cell = row.cells[role];
        if (!cell) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Flex vertical gap={4} align="flex-start">
            <Tag color={SCOPE_COLORS[cell.read]}>
              {t('rolesPage.read')}: {scopeLabel(t, cell.read)}
            </Tag>
            <Tag color={SCOPE_COLORS[cell.write]}>
              {t('rolesPage.write')}: {scopeLabel(t, cell.write)}
            </Tag>
          </Flex>
        );
      },
    })),
  ];

  let body;
  if (!data && loading) body = <LoadingState />;
  else if (!data && error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else
    body = (
      <ScrollRegion label={t('rolesPage.title')}>
        <Table<MatrixRow>
          data-testid="roles-matrix"
          rowKey="object"
          size="small"
          bordered
          dataSource={matrix.rows}
          columns={columns}
          pagination={false}
          components={{ table: WideTable }}
        />
      </ScrollRegion>
    );

  return (
    <>
      <PageHeader title={t('rolesPage.title')} subtitle={t('rolesPage.subtitle')} />
      <Card>
        <Typography.Paragraph type="secondary">{t('rolesPage.legend')}</Typography.Paragraph>
        {body}
      </Card>
    </>
  );
}

// Default export for the router's lazy route.
/** The object names beyond the first screen's come with the page (lazy/roles.*.json). */
export default function RolesRoute() {
  return useLazyMessages('roles') ? <RolesPage /> : <LoadingState />;
}
