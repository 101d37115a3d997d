import { LeftOutlined } from '@ant-design/icons';
import { Col, Flex, Row } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** "← Leads" above a record's header. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} style={{ display: 'inline-block', marginBottom: 8 }}>
      <LeftOutlined /> {label}
    </Link>
  );
}

/** Record pages: details and related lists on the left, the timeline on the right (stacked on phones). */
export function RecordColumns({ main, side }: { main: ReactNode; side: ReactNode }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Flex vertical gap={16}>
          {main}
        </Flex>
      </Col>
      <Col xs={24} xl={9}>
        {side}
      </Col>
    </Row>
  );
}
