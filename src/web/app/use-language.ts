import { useTranslation } from 'react-i18next';
import { setDateLocale } from '../format/dates.ts';
import { type Language, isLanguage, storeLanguage } from '../i18n/language.ts';

/** The interface language and the way to change it (remembered on this device). */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const change = (next: Language) => {
    storeLanguage(next);
    setDateLocale(next);
    document.documentElement.lang = next;
    void i18n.changeLanguage(next);
  };
  return [language, change];
}
