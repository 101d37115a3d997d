import { LanguageSwitch } from '@rapport/web-ui';
import { useLanguageControl } from '../session/use-language-control';

export function HeaderLanguageSwitch() {
  const { language, change } = useLanguageControl();
  return <LanguageSwitch value={language} onChange={change} />;
}
