import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decorativeIcons, decorativeIconsForOptimizer } from '../vite-decorative-icons';

/** The build's half of "icons decorative by default" (docs/adr/0012-decorative-icons.md); the rendering is in decorative-icon.test.tsx. */
type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (hook: unknown, ...args: unknown[]) => (hook as Hook).call({}, ...args);

const ICONS = '/repo/node_modules/@ant-design/icons';
// Vitest runs from the repository's root (vitest.config.ts).
const REPO = path.resolve('.');

describe.each([
  ['the Vite plugin', decorativeIcons(REPO)],
  ["the dependency optimizer's plugin", decorativeIconsForOptimizer(REPO)],
])('%s', (_name, plugin) => {
  it("answers an icon module's import of its renderer with the wrapping module (ES and CommonJS builds)", () => {
    expect(call(plugin.resolveId, '../components/AntdIconLight', `${ICONS}/es/icons/PlusOutlined.js`)).toBe('\0rapport-decorative-icon:AntdIconLight');
    expect(call(plugin.resolveId, '../components/AntdIcon', `${ICONS}/es/icons/StarTwoTone.js`)).toBe('\0rapport-decorative-icon:AntdIcon');
    expect(call(plugin.resolveId, '../components/AntdIconLight.js', `${ICONS}/lib/icons/DownOutlined.js`)).toBe('\0rapport-decorative-icon:AntdIconLight');
  });

  it('leaves every other import alone, the wrapper’s own import of the original included', () => {
    expect(call(plugin.resolveId, '../components/AntdIconLight', '/repo/libs/web/ui/src/x.ts')).toBeNull();
    expect(call(plugin.resolveId, '@ant-design/icons/es/components/AntdIconLight', '\0rapport-decorative-icon:AntdIconLight')).toBeNull();
    expect(call(plugin.resolveId, '../components/Context', `${ICONS}/es/icons/PlusOutlined.js`)).toBeNull();
    expect(call(plugin.resolveId, 'antd', '/repo/apps/web/src/main.tsx')).toBeNull();
  });

  it('the wrapping module renders the original through decorativeByDefault', () => {
    const code = String(call(plugin.load, '\0rapport-decorative-icon:AntdIconLight'));
    expect(code).toContain("import Original from '@ant-design/icons/es/components/AntdIconLight';");
    expect(code).toContain('export default decorativeByDefault(Original);');
    const wrapper = /from "([^"]+decorative-icon\.ts)"/.exec(code)?.[1];
    expect(wrapper && fs.existsSync(wrapper)).toBe(true);
    expect(call(plugin.load, '/repo/apps/web/src/main.tsx')).toBeNull();
  });
});
