import { theme } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { VISUALLY_HIDDEN } from '../components/visually-hidden';

/**
 * "Skip to content" (WCAG 2.4.1): the first stop of the Tab key on every signed-in page, hidden
 * until it has focus, so keyboard users need not tab through the menu and header on each page.
 * Moves focus itself instead of following the hash: a hash change would be a navigation for the
 * router and a history entry for the back button.
 */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [focused, setFocused] = useState(false);
  const shown: CSSProperties = {
    position: 'fixed',
    insetInlineStart: 8,
    top: 8,
    zIndex: 1100,
    padding: '8px 16px',
    borderRadius: token.borderRadius,
    background: token.colorBgElevated,
    color: token.colorPrimary,
    boxShadow: token.boxShadow,
    outline: `2px solid ${token.colorPrimary}`,
  };
  return (
    <a
      href={`#${target}`}
      data-testid="skip-link"
      style={focused ? shown : VISUALLY_HIDDEN}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={(e) => {
        e.preventDefault();
        // Focusing scrolls the main landmark into view as well.
        document.getElementById(target)?.focus();
      }}
    >
      {t('a11y.skipToContent')}
    </a>
  );
}
