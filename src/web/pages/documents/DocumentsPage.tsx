import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Spin } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { DocumentKind, DocumentStatus } from '../../../domain/documents.ts';
import { useDocuments } from '../../api/documents.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { lazyNamed } from '../../components/lazy-named.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { todayInAppZone } from '../../format/dates.ts';
import { kindOptions, statusOptions, yearOptions } from './options.ts';

// A phone loads the cards, a desktop the table; the form loads when opened.
const DocumentCards = lazyNamed(() => import('./DocumentCards.tsx'), 'DocumentCards');
const DocumentsTable = lazyNamed(() => import('./DocumentsTable.tsx'), 'DocumentsTable');
const DocumentForm = lazyNamed(() => import('./DocumentForm.tsx'), 'DocumentForm');

const pageSize = 20;

/** "Văn bản, kế hoạch": the registry of the working unit and the units under it. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const current = useCurrentUnit();
  const [typed, setTyped] = useState('');
  const [year, setYear] = useState<number | undefined>();
  const [status, setStatus] = useState<DocumentStatus | undefined>();
  const [kind, setKind] = useState<DocumentKind | undefined>();
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const search = useDebouncedValue(typed.trim());
  // Another working unit has other documents: back to their first page.
  useEffect(() => setPage(0), [current.unitId]);
  const thisYear = Number(todayInAppZone().slice(0, 4));
  const documents = useDocuments(
    { unitId: current.unitId ?? undefined, year, status, kind, search: search || undefined, limit: pageSize, offset: page * pageSize },
    Boolean(current.unitId),
  );
  const List = isPhone ? DocumentCards : DocumentsTable;
  // Every filter change starts again from the first page.
  const filtered =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(0);
    };
  const filterStyle = { flex: '1 1 160px', maxWidth: isPhone ? undefined : 220 };

  return (
    <>
      <PageHeader
        title={t('documents.title')}
        subtitle={current.unit ? t('documents.inUnit', { unit: current.unit.name }) : undefined}
        extra={
          current.may('document.draft') ? (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('documents.create')}
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => navigate('/documents/import')}>
                {t('nav.planImport')}
              </Button>
            </>
          ) : null
        }
      />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search" aria-label={t('documents.filters')}>
          <Input.Search
            aria-label={t('documents.searchPlaceholder')}
            placeholder={t('documents.searchPlaceholder')}
            allowClear
            value={typed}
            onChange={(event) => filtered(setTyped)(event.target.value)}
            style={{ flex: '2 1 260px' }}
          />
          <Select<number | 'all'>
            aria-label={t('documents.year')}
            value={year ?? 'all'}
            onChange={(value) => filtered(setYear)(value === 'all' ? undefined : value)}
            options={[{ value: 'all', label: t('documents.allYears') }, ...yearOptions(thisYear).map((value) => ({ value, label: String(value) }))]}
            style={filterStyle}
          />
          <Select<DocumentStatus | 'all'>
            aria-label={t('documents.columns.status')}
            value={status ?? 'all'}
            onChange={(value) => filtered(setStatus)(value === 'all' ? undefined : value)}
            options={[{ value: 'all', label: t('documents.allStatuses') }, ...statusOptions(t)]}
            style={filterStyle}
          />
          <Select<DocumentKind | 'all'>
            aria-label={t('documents.form.typeCode')}
            value={kind ?? 'all'}
            onChange={(value) => filtered(setKind)(value === 'all' ? undefined : value)}
            options={[{ value: 'all', label: t('documents.allKinds') }, ...kindOptions(t)]}
            style={filterStyle}
          />
        </Flex>
        <ErrorAlert error={documents.error} />
        <Suspense fallback={<Spin />}>
          <List documents={documents.data?.items ?? []} loading={documents.isFetching} />
        </Suspense>
        <Pager page={page} hasMore={Boolean(documents.data?.hasMore)} onChange={setPage} />
      </Card>
      <Suspense fallback={null}>
        {creating ? (
          <DocumentForm
            issuerUnitId={current.unitId}
            onClose={() => setCreating(false)}
            onSaved={(doc) => {
              setCreating(false);
              navigate(`/documents/${doc.id}`);
            }}
          />
        ) : null}
      </Suspense>
    </>
  );
}
