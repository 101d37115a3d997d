import antdLocale from 'antd/es/locale/en_US';
import 'dayjs/locale/en';
import { languageBundle } from '../messages';

/**
 * English: the core messages and every feature file (features/<area>.en.json, picked up by
 * the glob: a new feature file needs no registration). See ../language-bundles.ts for when it loads.
 */
export default languageBundle(import.meta.glob(['../en.json', '../features/*.en.json'], { eager: true, import: 'default' }), antdLocale);
