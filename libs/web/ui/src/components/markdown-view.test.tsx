import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownView } from './markdown-view';

describe('MarkdownView', () => {
  it('renders headings shifted under the page, lists, emphasis and tables', () => {
    const { container } = render(<MarkdownView source={'# 更換濾網\n\n1. **關機**\n2. 取出濾網\n\n| a | b |\n|---|---|\n| 1 | 2 |'} />);
    expect(screen.getByRole('heading', { level: 2, name: '更換濾網' })).toBeTruthy();
    expect(container.querySelectorAll('ol li')).toHaveLength(2);
    expect(container.querySelector('strong')?.textContent).toBe('關機');
    expect(container.querySelector('table td')?.textContent).toBe('1');
  });

  it('keeps raw HTML as text and drops unsafe link schemes', () => {
    const { container } = render(<MarkdownView source={'<img src=x onerror="alert(1)"> [click](javascript:alert(1)) [site](https://example.com)'} />);
    expect(container.querySelector('img')).toBeNull();
    const links = Array.from(container.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['', 'https://example.com']);
    expect(links[1]?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('starts at a deeper level when the page asks', () => {
    render(<MarkdownView headingBase={3} source={'# Title\n## Step'} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Title' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Step' })).toBeTruthy();
  });

  it('shows images from this site only; another site’s picture becomes its description', () => {
    const { container } = render(<MarkdownView source={'![filter](/api/v1/knowledge/a/files/1) ![tracker](https://elsewhere.example/p.png)'} />);
    const images = Array.from(container.querySelectorAll('img'));
    expect(images.map((i) => i.getAttribute('src'))).toEqual(['/api/v1/knowledge/a/files/1']);
    expect(container.textContent).toContain('tracker');
  });
});
