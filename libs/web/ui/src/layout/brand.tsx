import { Flex, Typography, theme } from 'antd';

/** The product name stays "Rapport" in every language. */
export function Brand({ compact }: { compact?: boolean }) {
  const { token } = theme.useToken();
  return (
    <Flex align="center" gap={8}>
      <span
        aria-hidden
        style={{
          display: 'inline-grid',
          placeItems: 'center',
          width: 28,
          height: 28,
          borderRadius: 8,
          background: token.colorPrimary,
          color: token.colorWhite,
          fontWeight: 700,
        }}
      >
        R
      </span>
      {compact ? null : (
        <Typography.Text strong style={{ fontSize: 18 }}>
          Rapport
        </Typography.Text>
      )}
    </Flex>
  );
}
