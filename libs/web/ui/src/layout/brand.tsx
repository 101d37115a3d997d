import { theme } from 'antd';

/**
 * The product name stays "Rapport" in every language. Plain elements: it is on the login page,
 * which loads as little of antd as it can (issue 12).
 */
export function Brand({ compact }: { compact?: boolean }) {
  const { token } = theme.useToken();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
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
        <strong style={{ fontSize: 18, fontWeight: token.fontWeightStrong, color: token.colorText, lineHeight: token.lineHeight }}>
          Rapport
        </strong>
      )}
    </div>
  );
}
