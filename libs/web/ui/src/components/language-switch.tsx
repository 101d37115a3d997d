import { DownOutlined, GlobalOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NATIVE_NAMES, SUPPORTED_LANGUAGES, type Language } from '../i18n/languages';
import { VISUALLY_HIDDEN } from './visually-hidden';

export interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
  disabled?: boolean;
  /** Phone headers: show a short tag (EN / 简 / 繁) instead of the full name. */
  compact?: boolean;
}

const SHORT_NAMES: Record<Language, string> = { en: 'EN', 'zh-CN': '简', 'zh-TW': '繁' };

/**
 * A menu button (WAI-ARIA APG "menu button" with `menuitemradio`s), drawn like the borderless antd
 * Select it replaces: antd's Select (~19 KB compressed with its virtual list and popup) was the
 * largest single part of the login page (issue 12). Keyboard: Enter, Space or the arrows open it
 * on the current language; arrows, Home and End move; Enter or Space picks; Escape closes and
 * returns to the button; Tab closes and moves on.
 *
 * Presentational: the caller decides what a change means (store it, save it to the profile).
 * Options carry `lang-<code>` test ids; the button shows the current one without a test id so a
 * test id never matches two elements. Each language's name is marked with its `lang`.
 */
export function LanguageSwitch({ value, onChange, disabled, compact }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const id = useId();
  const menuId = `${id}-menu`;
  const labelId = `${id}-label`;
  const nameId = `${id}-name`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Drawn with a primary border while focused or open, as antd draws a focused Select.
  const [focused, setFocused] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLLIElement | null)[]>([]);

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  const openAt = (index: number) => {
    setActive((index + SUPPORTED_LANGUAGES.length) % SUPPORTED_LANGUAGES.length);
    setOpen(true);
  };
  const current = Math.max(0, SUPPORTED_LANGUAGES.indexOf(value));
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const pick = (language: Language) => {
    close(true);
    if (language !== value) onChange(language);
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(current);
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: SUPPORTED_LANGUAGES.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      openAt(moves[event.key]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pick(SUPPORTED_LANGUAGES[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div
      style={{ position: 'relative', display: 'inline-block' }}
      // A click elsewhere, or focus moving out: the menu closes.
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={button}
        type="button"
        data-testid="language-switch"
        // Read as "Language English" (the APG's label-and-value naming); the visible name or short
        // tag is part of it (WCAG 2.5.3).
        aria-labelledby={compact ? `${labelId} ${nameId}-short ${nameId}` : `${labelId} ${nameId}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? close(false) : openAt(current))}
        onKeyDown={onButtonKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        style={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 4,
          minWidth: compact ? 0 : 130,
          height: token.controlHeight,
          padding: `0 ${token.paddingSM - token.lineWidth}px`,
          border: `${token.lineWidth}px ${token.lineType} ${focused || open ? token.colorPrimary : 'transparent'}`,
          borderRadius: token.borderRadius,
          background: 'transparent',
          color: disabled ? token.colorTextDisabled : token.colorText,
          font: 'inherit',
          fontFamily: token.fontFamily,
          fontSize: token.fontSize,
          cursor: disabled ? 'not-allowed' : 'pointer',
        }}
      >
        <GlobalOutlined aria-hidden />
        <span id={labelId} style={VISUALLY_HIDDEN}>
          {t('language.label')}
        </span>
        {compact ? (
          <>
            {/* Part of the name too: what is seen must be what is said (WCAG 2.5.3; axe: label-content-name-mismatch). */}
            <span id={`${nameId}-short`}>{SHORT_NAMES[value]}</span>
            <span id={nameId} style={VISUALLY_HIDDEN} lang={value}>
              {LANGUAGE_NATIVE_NAMES[value]}
            </span>
          </>
        ) : (
          <span id={nameId} lang={value}>
            {LANGUAGE_NATIVE_NAMES[value]}
          </span>
        )}
        <DownOutlined aria-hidden style={{ marginInlineStart: 'auto', paddingInlineStart: 8, fontSize: 12, color: token.colorTextQuaternary }} />
      </button>
      {open ? (
        <ul
          id={menuId}
          role="menu"
          aria-label={t('language.label')}
          onKeyDown={onMenuKeyDown}
          style={{
            position: 'absolute',
            insetInlineEnd: 0,
            top: `calc(100% + ${token.sizeXXS}px)`,
            zIndex: token.zIndexPopupBase + 50,
            minWidth: '100%',
            boxSizing: 'border-box',
            margin: 0,
            padding: token.paddingXXS,
            listStyle: 'none',
            background: token.colorBgElevated,
            borderRadius: token.borderRadiusLG,
            boxShadow: token.boxShadowSecondary,
            fontFamily: token.fontFamily,
            fontSize: token.fontSize,
            lineHeight: token.lineHeight,
          }}
        >
          {SUPPORTED_LANGUAGES.map((lng, index) => {
            const checked = lng === value;
            return (
              <li
                key={lng}
                ref={(el) => {
                  items.current[index] = el;
                }}
                role="menuitemradio"
                aria-checked={checked}
                tabIndex={-1}
                lang={lng}
                data-testid={`lang-${lng}`}
                onClick={() => pick(lng)}
                onMouseEnter={() => setActive(index)}
                style={{
                  padding: `${(token.controlHeight - token.fontSize * token.lineHeight) / 2}px ${token.paddingSM}px`,
                  borderRadius: token.borderRadiusSM,
                  whiteSpace: 'nowrap',
                  cursor: 'pointer',
                  color: token.colorText,
                  fontWeight: checked ? token.fontWeightStrong : undefined,
                  background: checked
                    ? index === active ? token.controlItemBgActiveHover : token.controlItemBgActive
                    : index === active ? token.controlItemBgHover : undefined,
                  outlineOffset: -2,
                }}
              >
                {LANGUAGE_NATIVE_NAMES[lng]}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
