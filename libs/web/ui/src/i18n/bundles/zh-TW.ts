import antdLocale from 'antd/es/locale/zh_TW';
import 'dayjs/locale/zh-tw';
import { languageBundle } from '../messages';

/**
 * 繁體中文: the core messages and every feature file (features/<area>.zh-TW.json, picked up by
 * the glob: a new feature file needs no registration). See ../language-bundles.ts for when it loads.
 */
export default languageBundle(import.meta.glob(['../zh-TW.json', '../features/*.zh-TW.json'], { eager: true, import: 'default' }), antdLocale);
