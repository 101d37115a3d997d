import Markdown, { defaultUrlTransform } from 'react-markdown';
import type { Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

export interface MarkdownViewProps {
  /** Markdown as authors write it (knowledge articles, replies). */
  source: string;
  /** The outline level the text's own `#` heading maps to, so an article inside a page keeps the page's heading order. */
  headingBase?: 2 | 3;
  className?: string;
}

/**
 * Renders Markdown written by staff or customers as React elements, never as HTML strings:
 * raw HTML in the text stays text, and links keep only safe schemes (the library's transform
 * drops `javascript:` and the like). Links leave the page in a new tab without an opener.
 */
export function MarkdownView({ source, headingBase = 2, className }: MarkdownViewProps) {
  const components = headingBase === 2 ? COMPONENTS_2 : COMPONENTS_3;
  return (
    <div className={className ?? 'markdown-view'}>
      <Markdown remarkPlugins={[remarkGfm]} urlTransform={defaultUrlTransform} components={components}>
        {source}
      </Markdown>
    </div>
  );
}

type Level = 1 | 2 | 3 | 4 | 5 | 6;
const HEADINGS: readonly ('h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6')[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function componentsFor(base: 2 | 3): Components {
  const shifted = (level: Level) => {
    const Tag = HEADINGS[Math.min(6, level + base - 1) - 1] ?? 'h6';
    return ({ children }: { children?: React.ReactNode }) => <Tag>{children}</Tag>;
  };
  return {
    h1: shifted(1),
    h2: shifted(2),
    h3: shifted(3),
    h4: shifted(4),
    h5: shifted(5),
    h6: shifted(6),
    // Images only from this site (an article's attachments): a picture from elsewhere would tell a
    // third party who read the article, from where; its description stays.
    img: ({ src, alt }) => (typeof src === 'string' && isSameOrigin(src) ? <img src={src} alt={alt ?? ''} style={{ maxWidth: '100%' }} /> : <span>{alt}</span>),
    a: ({ href, children }) => (
      <a href={href} target={href?.startsWith('#') ? undefined : '_blank'} rel="noopener noreferrer">
        {children}
      </a>
    ),
  };
}

// Built once per level: components made on every render would remount every heading.
const COMPONENTS_2 = componentsFor(2);
const COMPONENTS_3 = componentsFor(3);

function isSameOrigin(src: string): boolean {
  try {
    return new URL(src, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}
