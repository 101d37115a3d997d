import antdLocale from 'antd/es/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { languageBundle } from '../messages';

/**
 * 简体中文: the core messages and every feature file (features/<area>.zh-CN.json, picked up by
 * the glob: a new feature file needs no registration). See ../language-bundles.ts for when it loads.
 */
export default languageBundle(import.meta.glob(['../zh-CN.json', '../features/*.zh-CN.json'], { eager: true, import: 'default' }), antdLocale);
