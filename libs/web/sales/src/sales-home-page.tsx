import {
  AimOutlined,
  CheckSquareOutlined,
  ContactsOutlined,
  FundOutlined,
  ProjectOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { SalesOverviewDocument } from '@rapport/web-data-access';
import { PageHeader } from '@rapport/web-ui';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { useSessionUser } from '@rapport/web-core';

interface Tile {
  key: string;
  to: string;
  icon: ReactNode;
  title: string;
  hint: string;
  count?: number;
}

/**
 * The Sales start page: where each part of the module is and how much is in it. Only counts, no
 * rows: it is everyone's landing page and must be quick.
 */
export function SalesHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.sales'));
  const me = useSessionUser();
  // Partial answers are fine here: a role without access to one object still sees the others.
  const { data, loading } = useQuery(SalesOverviewDocument, { variables: { me: me.id }, errorPolicy: 'all' });

  const tiles: Tile[] = [
    { key: 'accounts', to: '/sales/accounts', icon: <ShopOutlined />, title: t('accounts.title'), hint: t('salesHome.accounts'), count: data?.accounts?.totalCount },
    { key: 'contacts', to: '/sales/contacts', icon: <ContactsOutlined />, title: t('contacts.title'), hint: t('salesHome.contacts'), count: data?.contacts?.totalCount },
    { key: 'leads', to: '/leads', icon: <AimOutlined />, title: t('leads.title'), hint: t('salesHome.openLeads'), count: data?.openLeads?.totalCount },
    {
      key: 'opportunities',
      to: '/sales/opportunities',
      icon: <FundOutlined />,
      title: t('opportunities.title'),
      hint: t('salesHome.openOpportunities'),
      count: data?.openOpportunities?.totalCount,
    },
    { key: 'pipeline', to: '/sales/pipeline', icon: <ProjectOutlined />, title: t('pipeline.title'), hint: t('salesHome.pipeline') },
    {
      key: 'activities',
      to: '/sales/activities',
      icon: <CheckSquareOutlined />,
      title: t('activities.title'),
      hint: t('salesHome.myOpenActivities'),
      count: data?.myOpenActivities?.totalCount,
    },
  ];

  return (
    <>
      <PageHeader title={t('nav.sales')} subtitle={t('salesHome.subtitle')} />
      <Row gutter={[16, 16]}>
        {tiles.map((tile) => (
          <Col key={tile.key} xs={24} sm={12} xl={8}>
            <Link to={tile.to} data-testid={`sales-home-${tile.key}`}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Flex justify="space-between" align="flex-start" gap="middle">
                  <Flex vertical gap={4}>
                    <Typography.Title level={5} style={{ margin: 0 }}>
                      {tile.icon} {tile.title}
                    </Typography.Title>
                    <Typography.Text type="secondary">{tile.hint}</Typography.Text>
                  </Flex>
                  {tile.key === 'pipeline' ? null : <Statistic value={tile.count ?? '—'} loading={loading && !data} />}
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}

export default SalesHomePage;
