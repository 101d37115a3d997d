import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { APP_THEME } from './app-theme';

type Rgb = [number, number, number];

/** `#rrggbb` or `rgba(r, g, b, a)`, the latter laid over `under` (tokens like colorTextTertiary are translucent). */
function parse(color: string, under: Rgb = [255, 255, 255]): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb;
  const rgba = /^rgba?\(([^)]+)\)$/.exec(color);
  if (!rgba) throw new Error(`cannot read the colour ${color}`);
  const [r, g, b, a = 1] = rgba[1]!.split(',').map((p) => Number(p.trim()));
  return [r!, g!, b!].map((c, i) => Math.round(c * a + under[i]! * (1 - a))) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of a text colour on a background. */
function contrast(text: string, background: string): number {
  const bg = parse(background);
  const [a, b] = [luminance(parse(text, bg)), luminance(bg)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

// The final tokens antd computes from our seed, as the components read them.
const token = theme.getDesignToken(APP_THEME) as unknown as Record<string, string>;
const AA = 4.5;

describe('the app theme meets WCAG 2.2 AA contrast for text', () => {
  it('reads the theme the app uses (guards against a theme that did not apply)', () => {
    expect(token['colorPrimary']).toBe('#1a5fd0');
    expect(contrast('#8c8c8c', '#ffffff')).toBeCloseTo(3.36, 2);
  });

  const backgrounds = ['colorBgContainer', 'colorBgLayout', 'colorPrimaryBg'];
  const texts = ['colorText', 'colorTextSecondary', 'colorTextTertiary', 'colorTextDescription', 'colorTextPlaceholder', 'colorPrimary', 'colorLink', 'colorError', 'colorSuccess', 'colorWarning'];
  for (const text of texts) {
    it(`${text} on white, the page grey and a selected item's tint`, () => {
      const low = backgrounds.filter((bg) => contrast(token[text]!, token[bg]!) < AA).map((bg) => `${bg} ${contrast(token[text]!, token[bg]!).toFixed(2)}`);
      expect(low).toEqual([]);
    });
  }

  it('white text on primary and danger buttons, and on a hovered primary button', () => {
    for (const bg of ['colorPrimary', 'colorPrimaryHover', 'colorError']) {
      expect({ bg, ratio: contrast('#ffffff', token[bg]!) >= AA }).toEqual({ bg, ratio: true });
    }
  });

  it('the text of every coloured tag on its tint (shade 7 on shade 1)', () => {
    const presets = ['blue', 'purple', 'cyan', 'green', 'magenta', 'pink', 'red', 'orange', 'yellow', 'volcano', 'geekblue', 'gold', 'lime'];
    const low = presets.filter((c) => contrast(token[`${c}7`]!, token[`${c}1`]!) < AA || contrast(token[`${c}-7`]!, token[`${c}-1`]!) < AA);
    expect(low).toEqual([]);
  });

  it("a date picker's days of the months before and after (pickable, drawn lighter) on the popup's white", () => {
    const days = APP_THEME.components?.DatePicker?.colorTextDisabled;
    expect(days).toBeDefined();
    expect(contrast(days!, token['colorBgElevated']!)).toBeGreaterThanOrEqual(AA);
    // Still told apart from this month's days.
    expect(contrast(token['colorText']!, token['colorBgElevated']!)).toBeGreaterThan(contrast(days!, token['colorBgElevated']!) + 3);
  });

  it('status tags and alerts: success, warning, error and info text on their tints', () => {
    const low = ['Success', 'Warning', 'Error', 'Info'].filter((s) => contrast(token[`color${s}`]!, token[`color${s}Bg`]!) < AA);
    expect(low).toEqual([]);
  });
});
