import type { ThemeConfig } from 'antd';

/**
 * The app's antd theme. Every colour that carries text meets WCAG 2.2 AA contrast (4.5:1 for body
 * text) on white, on the grey page background (#f5f5f5) and on the light primary tint of a
 * selected menu item (issue 12): antd's defaults do not (#8c8c8c secondary text 3.36:1, #1677ff
 * links 4.1:1, #ff4d4f errors 3.26:1). The ratios are checked in app-theme.test.ts and in the
 * browser by the axe e2e test.
 */
export const BRAND_BLUE = '#1a5fd0';

/**
 * Coloured tags write in shade 7 of their palette on shade 1; these palettes' own shade 7 is too
 * light there (green 3.4:1, gold 2.8:1), so they write one or two shades darker (≥ 4.5:1). antd
 * keeps each shade under two names (`green7`, `green-7`) that become one CSS variable: both are set.
 */
const TAG_TEXT: Record<string, string> = {
  green: '#237804',
  cyan: '#006d75',
  orange: '#ad4e00',
  gold: '#874d00',
  yellow: '#876800',
  lime: '#3f6600',
  volcano: '#ad2102',
};
const DARKER_TAG_TEXT = Object.fromEntries(Object.entries(TAG_TEXT).flatMap(([name, hex]) => [[`${name}7`, hex], [`${name}-7`, hex]]));

export const APP_THEME: ThemeConfig = {
  token: {
    borderRadius: 8,
    colorPrimary: BRAND_BLUE,
    // antd would derive a lighter hover (3.9:1); the old, brighter brand blue still reaches 4.6:1.
    colorPrimaryHover: '#1f6feb',
    colorInfo: BRAND_BLUE,
    colorLink: BRAND_BLUE,
    colorLinkHover: '#1f6feb',
    colorError: '#cf1322',
    colorErrorHover: '#d9363e',
    // Success and warning write darker than antd's (green 2.3:1, gold 1.9:1 on white). antd would
    // derive muddy tints from dark seeds, so the tints and borders stay antd's default palettes.
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBgHover: '#d9f7be',
    colorSuccessBorder: '#b7eb8f',
    colorSuccessBorderHover: '#95de64',
    colorWarning: '#874d00',
    colorWarningBg: '#fffbe6',
    colorWarningBgHover: '#fff1b8',
    colorWarningBorder: '#ffe58f',
    colorWarningBorderHover: '#ffd666',
    // Secondary text (Typography type="secondary", descriptions, table sort icons, empty states).
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    // A select's placeholder is real text in the page; lighter than a value, still 4.5:1 on grey.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.57)',
    ...DARKER_TAG_TEXT,
  },
  components: {
    // A date picker draws the days of the months before and after in the "disabled" grey (1.8:1),
    // yet they are days one can pick; lighter than this month's days, still 4.5:1 on white.
    DatePicker: { colorTextDisabled: 'rgba(0, 0, 0, 0.57)' },
  },
};
