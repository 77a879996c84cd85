import { useLanguageSwitch, useMessages } from '../../i18n/i18n.ts';

export function LanguageSwitch() {
  const t = useMessages();
  const { toggle } = useLanguageSwitch();
  return (
    <button type="button" className="button button--quiet" lang={t.switchLanguageLang} onClick={toggle}>
      {t.switchLanguage}
    </button>
  );
}
