import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type AuditValue, auditLabelKey } from './audit-format.ts';

/** Labels of the log's codes (actions, objects, fields) and values in the interface language; unknown codes as they are. */
export function useAuditLabels() {
  const { t } = useTranslation();
  const label = (group: 'actions' | 'entities' | 'fields', code: string) => {
    const key = auditLabelKey(group, code);
    return key ? t(key as ParseKeys) : code;
  };
  const value = (shown: AuditValue) => {
    if (shown.type === 'empty') return '—';
    if (shown.type === 'boolean') return shown.value ? t('common.yes') : t('common.no');
    if (shown.type === 'enum') return t(`enums.${shown.group}.${shown.value}` as ParseKeys);
    return shown.text;
  };
  return { label, value };
}
