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
import { Col, Flex, Row, Statistic, theme, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@rapport/web-core';
import { usePermissions, useSessionUser, type Requirement } from '@rapport/web-core';
import { SALES_NEEDS } from './sales-access';

interface Tile {
  key: string;
  needs: Requirement[];
  to: string;
  icon: ReactNode;
  title: string;
  hint: string;
  count?: number;
}

/**
 * A tile drawn like a small hoverable antd Card. Not a Card: this is everyone's first screen, and
 * antd's Card brings its Tabs along (12 KB compressed) for a header this page does not use, which
 * took a Chinese reader's first screen over its 400 KB budget (docs/performance.md).
 */
function TileBox({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  const [hover, setHover] = useState(false);
  return (
    <div
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      style={{
        height: '100%',
        padding: token.paddingSM,
        color: token.colorText,
        background: token.colorBgContainer,
        border: `${token.lineWidth}px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        boxShadow: hover ? token.boxShadowTertiary : 'none',
        transition: `box-shadow ${token.motionDurationMid}`,
      }}
    >
      {children}
    </div>
  );
}

/**
 * The Sales start page: where each part of the module is and how much is in it. Only counts, no
 * rows: it is everyone's landing page and must be quick.
 */
export function SalesHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.sales'));
  const me = useSessionUser();
  const permissions = usePermissions();
  // Partial answers are fine here: a role without access to one object still sees the others.
  const { data, loading } = useQuery(SalesOverviewDocument, { variables: { me: me.id }, errorPolicy: 'all' });

  const tiles: Tile[] = [
    { key: 'accounts', needs: SALES_NEEDS.accounts, to: '/sales/accounts', icon: <ShopOutlined />, title: t('accounts.title'), hint: t('salesHome.accounts'), count: data?.accounts?.totalCount },
    { key: 'contacts', needs: SALES_NEEDS.contacts, to: '/sales/contacts', icon: <ContactsOutlined />, title: t('contacts.title'), hint: t('salesHome.contacts'), count: data?.contacts?.totalCount },
    { key: 'leads', needs: SALES_NEEDS.leads, to: '/leads', icon: <AimOutlined />, title: t('leads.title'), hint: t('salesHome.openLeads'), count: data?.openLeads?.totalCount },
    {
      key: 'opportunities',
      needs: SALES_NEEDS.opportunities,
      to: '/sales/opportunities',
      icon: <FundOutlined />,
      title: t('opportunities.title'),
      hint: t('salesHome.openOpportunities'),
      count: data?.openOpportunities?.totalCount,
    },
    { key: 'pipeline', needs: SALES_NEEDS.pipeline, to: '/sales/pipeline', icon: <ProjectOutlined />, title: t('pipeline.title'), hint: t('salesHome.pipeline') },
    {
      key: 'activities',
      needs: SALES_NEEDS.activities,
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
        {/* Only what this viewer may open: a tile is a promise that the page works. */}
        {tiles.filter((tile) => permissions.allows(tile.needs)).map((tile) => (
          <Col key={tile.key} xs={24} sm={12} xl={8}>
            <Link to={tile.to} data-testid={`sales-home-${tile.key}`}>
              <TileBox>
                <Flex justify="space-between" align="flex-start" gap="middle">
                  <Flex vertical gap={4}>
                    <Typography.Title level={5} style={{ margin: 0 }}>
                      {tile.icon} {tile.title}
                    </Typography.Title>
                    <Typography.Text type="secondary">{tile.hint}</Typography.Text>
                  </Flex>
                  {tile.key === 'pipeline' ? null : <Statistic value={tile.count ?? '—'} loading={loading && !data} />}
                </Flex>
              </TileBox>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}

export default SalesHomePage;
