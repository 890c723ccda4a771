import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/problem.ts';

/** Turns any failure into the sentence to show: the server's message in the chosen language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => messageOf(error, { network: t('errors.network'), unexpected: t('errors.unexpected') });
}
