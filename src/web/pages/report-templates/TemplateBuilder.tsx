import { Drawer, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportTemplate } from '../../../domain/reports/template.ts';
import { useAddTemplateVersion, useCreateReportTemplate, useReportTemplate } from '../../api/report-templates.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { TemplateForm } from './TemplateForm.tsx';
import { emptyTemplate, fromDefinition } from './template-form.ts';

/** A new template for the unit: saved as version 1. */
function NewTemplate({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const create = useCreateReportTemplate();
  return (
    <TemplateForm
      initial={emptyTemplate()}
      submitText={t('reportTemplates.builder.saveNew')}
      saving={create.isPending}
      onSave={async (definition) => {
        await create.mutateAsync({ unitId, definition });
        message.success(t('reportTemplates.builder.created'));
        onDone();
      }}
      onCancel={onDone}
    />
  );
}

/** An existing template, edited from its latest version: saving adds a version. */
function NewVersion({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const detail = useReportTemplate(id);
  const addVersion = useAddTemplateVersion(id);
  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!detail.data) return <Spin />;
  const version = detail.data.latestVersion;
  return (
    <TemplateForm
      initial={fromDefinition(detail.data.definition as ReportTemplate)}
      note={t('reportTemplates.builder.versionNote', { version, next: version + 1 })}
      submitText={t('reportTemplates.builder.saveVersion')}
      saving={addVersion.isPending}
      onSave={async (definition) => {
        const saved = await addVersion.mutateAsync(definition);
        message.success(t('reportTemplates.builder.versionSaved', { version: saved.latestVersion }));
        onDone();
      }}
      onCancel={onDone}
    />
  );
}

export type BuilderTarget = { mode: 'new'; unitId: string } | { mode: 'edit'; id: string };

/** The template builder in a drawer: full width on a phone. */
export function TemplateBuilder({ target, onClose }: { target: BuilderTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 960}
      destroyOnHidden
      title={target?.mode === 'edit' ? t('reportTemplates.builder.editTitle') : t('reportTemplates.builder.createTitle')}
    >
      {target?.mode === 'new' ? <NewTemplate unitId={target.unitId} onDone={onClose} /> : null}
      {target?.mode === 'edit' ? <NewVersion id={target.id} onDone={onClose} /> : null}
    </Drawer>
  );
}
