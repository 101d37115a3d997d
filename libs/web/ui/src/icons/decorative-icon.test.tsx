import { PlusOutlined, SearchOutlined, StarTwoTone } from '@ant-design/icons';
import { render, screen } from '@testing-library/react';
import { Button, Modal, Select } from 'antd';
import { describe, expect, it } from 'vitest';
import { decorativeIconProps } from './decorative-icon';

/**
 * Icons are decorative unless named (docs/adr/0012-decorative-icons.md). These render the real @ant-design/icons and
 * antd components, so they check the wiring too (apps/web/src/test-setup.ts here, the Vite plugin
 * in the build): without it every icon below would be `role="img"` named in English.
 */
describe('decorative icons', () => {
  it('an icon without a name is hidden from assistive technology, with no English name left on it', () => {
    const { container } = render(
      <>
        <PlusOutlined data-testid="plus" />
        <StarTwoTone data-testid="star" />
      </>,
    );
    for (const id of ['plus', 'star']) {
      const icon = screen.getByTestId(id);
      expect(icon.getAttribute('aria-hidden')).toBe('true');
      expect(icon.hasAttribute('aria-label')).toBe(false);
      expect(icon.hasAttribute('role')).toBe(false);
    }
    expect(container.querySelectorAll('[role="img"]')).toHaveLength(0);
  });

  it('an icon given a name is an image with that name', () => {
    render(<SearchOutlined aria-label="搜索" />);
    const icon = screen.getByRole('img', { name: '搜索' });
    expect(icon.hasAttribute('aria-hidden')).toBe(false);
  });

  it('an icon named by another element keeps role and reference; an explicit aria-hidden wins', () => {
    render(
      <>
        <span id="caption">新建</span>
        <PlusOutlined aria-labelledby="caption" data-testid="labelled" />
        <PlusOutlined aria-hidden={false} data-testid="shown" />
      </>,
    );
    expect(screen.getByRole('img', { name: '新建' })).toBe(screen.getByTestId('labelled'));
    expect(screen.getByTestId('shown').getAttribute('aria-hidden')).toBe('false');
  });

  it("a button's name is its text alone, not the icon's name before it", () => {
    render(<Button icon={<PlusOutlined />}>新建线索</Button>);
    expect(screen.getByRole('button').textContent).toBe('新建线索');
    expect(screen.getByRole('button', { name: '新建线索' })).toBeTruthy();
  });

  it("antd's own icons are decorative too (a Select's arrow, a Modal's close ×) and its close button keeps its locale name", () => {
    render(
      <>
        <Select aria-label="阶段" options={[{ value: 1, label: '一' }]} />
        <Modal open title="新建">正文</Modal>
      </>,
    );
    const icons = document.body.querySelectorAll('.anticon');
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of icons) expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(document.body.querySelectorAll('[role="img"]')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('decorativeIconProps: hidden by default; props with a name pass unchanged', () => {
    expect(decorativeIconProps({ className: 'x' })).toEqual({ role: undefined, 'aria-label': undefined, 'aria-hidden': true, className: 'x' });
    const named = { 'aria-label': '删除', className: 'x' };
    expect(decorativeIconProps(named)).toBe(named);
  });
});
