import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../i18n/languages';
import { LanguageSwitch } from './language-switch';

function Harness({ onChange, compact }: { onChange: (lng: Language) => void; compact?: boolean }) {
  const [value, setValue] = useState<Language>('en');
  return (
    <>
      <LanguageSwitch
        value={value}
        compact={compact}
        onChange={(lng) => {
          setValue(lng);
          onChange(lng);
        }}
      />
      <button type="button">after</button>
    </>
  );
}

const items = () => screen.getAllByRole('menuitemradio');

describe('LanguageSwitch (menu button)', () => {
  it('is a button named by its label and the current language, closed until used', () => {
    render(<Harness onChange={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Language English' });
    expect(button).toBe(screen.getByTestId('language-switch'));
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens on click on the current language, each option in its own language; a click picks one', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByTestId('language-switch'));
    expect(screen.getByTestId('language-switch').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('menu', { name: 'Language' })).toBeTruthy();
    expect(items().map((i) => [i.textContent, i.getAttribute('lang'), i.getAttribute('aria-checked')])).toEqual([
      ['English', 'en', 'true'],
      ['简体中文', 'zh-CN', 'false'],
      ['繁體中文', 'zh-TW', 'false'],
    ]);
    expect(document.activeElement).toBe(items()[0]);
    fireEvent.click(screen.getByTestId('lang-zh-TW'));
    expect(onChange).toHaveBeenCalledWith('zh-TW');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('language-switch'));
    expect(screen.getByTestId('language-switch').textContent).toContain('繁體中文');
  });

  it('works from the keyboard: arrows open and move (wrapping), Enter picks, Escape closes back on the button', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const button = screen.getByTestId('language-switch');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items()[2]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.keyDown(button, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('zh-CN');
    expect(document.activeElement).toBe(button);
    expect(screen.getByRole('button', { name: 'Language 简体中文' })).toBe(button);
  });

  it('closes when focus leaves it, without picking', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByTestId('language-switch'));
    fireEvent.blur(items()[0]!, { relatedTarget: screen.getByText('after') });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows a short tag when compact, named by it and the full language name', () => {
    render(<Harness onChange={vi.fn()} compact />);
    const button = screen.getByRole('button', { name: 'Language EN English' });
    expect(button.textContent).toContain('EN');
  });
});
