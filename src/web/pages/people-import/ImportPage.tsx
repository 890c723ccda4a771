import { Spin, Steps } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommitImport, usePreviewImport } from '../../api/people.ts';
import type { ImportMode } from '../../api/types.ts';
import { lazyNamed } from '../../components/lazy-named.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ChooseFileStep } from './ChooseFileStep.tsx';

// The row tables of steps 2 and 3 load once a file has been checked.
const PreviewStep = lazyNamed(() => import('./PreviewStep.tsx'), 'PreviewStep');
const ResultStep = lazyNamed(() => import('./ResultStep.tsx'), 'ResultStep');

/** "Nhập danh sách": choose a file, check it row by row, import it. */
export function ImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewImport();
  const commit = useCommitImport();
  const step = commit.data ? 2 : preview.data ? 1 : 0;

  const restart = () => {
    setFile(null);
    preview.reset();
    commit.reset();
  };

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    preview.reset();
  };

  return (
    <>
      <PageHeader title={t('import.title')} />
      <Steps current={step} items={[{ title: t('import.stepFile') }, { title: t('import.stepPreview') }, { title: t('import.stepResult') }]} style={{ marginBottom: 16 }} responsive={false} size="small" />
      {step === 0 ? <ChooseFileStep file={file} onFile={chooseFile} onCheck={() => file && preview.mutate(file)} checking={preview.isPending} error={preview.error} /> : null}
      <Suspense fallback={<Spin />}>
        {step === 1 && preview.data ? (
          <PreviewStep
            preview={preview.data}
            onBack={restart}
            onImport={(mode: ImportMode) => file && commit.mutate({ file, mode })}
            importing={commit.isPending}
            error={commit.error}
          />
        ) : null}
        {step === 2 && commit.data ? <ResultStep result={commit.data} columns={preview.data?.columns ?? []} onAgain={restart} /> : null}
      </Suspense>
    </>
  );
}
