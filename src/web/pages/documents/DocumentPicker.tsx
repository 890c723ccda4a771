import { Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../../api/documents.ts';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';

interface DocumentPickerProps {
  id?: string;
  value?: string | null;
  onChange?: (documentId: string | null) => void;
  /** Labels of documents already chosen, shown before any search. */
  known?: ReadonlyMap<string, string>;
  'aria-label'?: string;
}

/** "Số 59-KH/TU – Kế hoạch …" */
export const documentLabel = (doc: { numberLine: string | null; title: string }) => (doc.numberLine ? `${doc.numberLine} – ${doc.title}` : doc.title);

/** Picks an issued document by typing part of its subject, searched on the server. */
export function DocumentPicker({ id, value, onChange, known, ...rest }: DocumentPickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(typed.trim());
  const found = useDocuments({ status: 'issued', search: search || undefined, limit: 20, offset: 0 }, open);

  const options = useMemo(() => {
    const listed = (found.data?.items ?? []).map((doc) => ({ value: doc.id, label: documentLabel(doc) }));
    const knownLabel = value ? known?.get(value) : undefined;
    return knownLabel && !listed.some((option) => option.value === value) ? [{ value: value!, label: knownLabel }, ...listed] : listed;
  }, [found.data, known, value]);

  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      onChange={(documentId) => onChange?.(documentId ?? null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={setOpen}
      allowClear
      placeholder={t('documents.form.searchDocument')}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t('documents.form.noDocumentFound')}
      optionRender={({ label }) => <div style={{ whiteSpace: 'normal', lineHeight: 1.3 }}>{label}</div>}
      style={{ width: '100%' }}
    />
  );
}
