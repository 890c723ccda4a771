import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/language.ts';
import { useLanguage } from './use-language.ts';

/** VI | EN, one tap away in the header. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <div role="group" aria-label={t('shell.language')}>
      <Segmented
        value={language}
        onChange={setLanguage}
        options={languages.map((code) => ({ value: code, label: <span title={t(`languages.${code}`)} lang={code}>{code.toUpperCase()}</span> }))}
      />
    </div>
  );
}
