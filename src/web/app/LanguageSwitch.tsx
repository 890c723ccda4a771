import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/language.ts';
import { useLanguage } from './use-language.ts';

/** VI | EN, one tap away in the header. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <Space.Compact role="group" aria-label={t('shell.language')}>
      {languages.map((code) => (
        <Button
          key={code}
          type={code === language ? 'primary' : 'default'}
          aria-pressed={code === language}
          title={t(`languages.${code}`)}
          lang={code}
          onClick={() => setLanguage(code)}
          style={{ minWidth: 40 }}
        >
          {code.toUpperCase()}
        </Button>
      ))}
    </Space.Compact>
  );
}
