import path from 'node:path';
import type { Plugin } from 'vite';

/** An icon module of @ant-design/icons, and its one import of the component that renders it. */
const ICON_MODULE = /[\\/]@ant-design[\\/]icons[\\/](es|lib)[\\/]icons[\\/][^\\/]+$/;
const RENDERER = /^\.\.\/components\/(AntdIcon|AntdIconLight)(\.js)?$/;
const VIRTUAL = '\0rapport-decorative-icon:';

/** The wrapper, where the repository keeps it. */
const wrapperIn = (repoRoot: string) => path.join(repoRoot, 'libs', 'web', 'ui', 'src', 'icons', 'decorative-icon.ts');

/** The two hooks, shared by the Vite plugin and the dependency optimizer's rolldown plugin. */
const hooks = (repoRoot: string) => ({
  resolveId(source: string, importer: string | undefined): string | null {
    if (source.startsWith(VIRTUAL)) return source;
    const renderer = RENDERER.exec(source)?.[1];
    return renderer && importer && ICON_MODULE.test(importer) ? VIRTUAL + renderer : null;
  },
  load(id: string): string | null {
    if (!id.startsWith(VIRTUAL)) return null;
    const renderer = id.slice(VIRTUAL.length);
    // The package's exports map sends `es` and `lib` alike to the ES build for an `import`.
    return [
      `import Original from '@ant-design/icons/es/components/${renderer}';`,
      `import { decorativeByDefault } from ${JSON.stringify(wrapperIn(repoRoot))};`,
      'export default decorativeByDefault(Original);',
    ].join('\n');
  },
});

/**
 * Icons decorative by default, everywhere (docs/adr/0012-decorative-icons.md). Every icon of
 * @ant-design/icons — ours and those antd draws in Select, Modal, pagination, pickers — renders as
 * `<span role="img" aria-label="plus">`, its English icon name, which a screen reader reads out
 * in a Chinese UI ("plus 新建线索"). Neither antd nor the icons package has a setting for it, so
 * the icon modules' one import of their renderer (`../components/AntdIcon[Light]`) is answered
 * with a module that wraps it (libs/web/ui/src/icons/decorative-icon.ts): `aria-hidden` unless the
 * caller names the icon. The build and the dev server's own modules use this plugin; the dev
 * server's pre-bundled dependencies (antd, the icons) use `decorativeIconsForOptimizer()`; vitest
 * loads antd as CommonJS through Node and gets the same wrapper from its setup file.
 */
export function decorativeIcons(repoRoot: string): Plugin {
  return { name: 'rapport:decorative-icons', enforce: 'pre', ...hooks(repoRoot) };
}

/** The same swap for `optimizeDeps.rolldownOptions.plugins` (the dev server's pre-bundling). */
export function decorativeIconsForOptimizer(repoRoot: string) {
  return { name: 'rapport:decorative-icons-optimizer', ...hooks(repoRoot) };
}
