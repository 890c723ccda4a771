import { Spin, Steps } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreviewPlanImport } from '../../api/plan-imports.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { lazyNamed } from '../../components/lazy-named.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { UploadStep } from './UploadStep.tsx';

// The review screen (editors, unit pickers) loads once a file has been read.
const ReviewStep = lazyNamed(() => import('./ReviewStep.tsx'), 'ReviewStep');

/** "Nhập kế hoạch từ tệp": read a .docx or .txt plan, review what was read beside the text, save a draft. */
export function PlanImportPage() {
  const { t } = useTranslation();
  const current = useCurrentUnit();
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewPlanImport();
  const step = preview.data ? 1 : 0;

  return (
    <>
      <PageHeader title={t('planImport.title')} subtitle={preview.data ? t('planImport.reviewSubtitle') : undefined} />
      <Steps current={step} items={[{ title: t('planImport.stepFile') }, { title: t('planImport.stepReview') }]} style={{ marginBottom: 16 }} responsive={false} size="small" />
      {step === 0 ? (
        <UploadStep
          file={file}
          onFile={(chosen) => {
            setFile(chosen);
            preview.reset();
          }}
          onRead={() => file && preview.mutate(file)}
          reading={preview.isPending}
          error={preview.error}
        />
      ) : null}
      <Suspense fallback={<Spin />}>
        {preview.data ? (
          <ReviewStep
            key={preview.data.fileName}
            preview={preview.data}
            issuerUnitId={current.may('document.draft') ? current.unitId : null}
            onBack={() => {
              setFile(null);
              preview.reset();
            }}
          />
        ) : null}
      </Suspense>
    </>
  );
}
