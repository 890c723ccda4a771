import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../domain/documents.ts';

const colors: Record<DocumentStatus, string> = { draft: 'gold', issued: 'green', superseded: 'default' };

/** "Dự thảo", "Đã ban hành" or "Đã thay thế". */
export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`documents.statuses.${status}`)}</Tag>;
}
