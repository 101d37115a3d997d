import { LanguageSwitch, useIsMobile } from '@rapport/web-ui';
import { useLanguageControl } from '../session/use-language-control';

export function HeaderLanguageSwitch() {
  const { language, change } = useLanguageControl();
  const isMobile = useIsMobile();
  return <LanguageSwitch value={language} onChange={change} compact={isMobile} />;
}
