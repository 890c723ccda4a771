import { CheckOutlined, RollbackOutlined, SaveOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Input, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTemplate } from '../../../domain/reports/template.ts';
import { type ReportDetail, useApproveReport, useReopenReport, useReturnReport, useSaveReport, useSubmitReport } from '../../api/reports.ts';
import { useFeedback } from '../../components/feedback.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { useErrorText } from '../../components/use-error-text.ts';
import { valuesFromForm } from './report-form.ts';

interface ReportActionsProps {
  report: ReportDetail;
  template: ReportTemplate;
  form: FormInstance;
  /** Called after a save or a submission attempt, so the form shows the problems left. */
  onChecked: () => void;
}

type Dialog = 'return' | 'approve' | 'reopen' | null;

/** The buttons the server allows on this report (`actions`), each with its dialog where it needs one. */
export function ReportActions({ report, template, form, onChecked }: ReportActionsProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<Dialog>(null);
  // Sending saves first: the button pressed is the one that shows it is working.
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const save = useSaveReport(report.id);
  const submit = useSubmitReport(report.id);
  const returnReport = useReturnReport(report.id);
  const approve = useApproveReport(report.id);
  const reopen = useReopenReport(report.id);
  const may = (action: ReportDetail['actions'][number]) => report.actions.includes(action);

  const saveDraft = () => save.mutateAsync(valuesFromForm(template, form.getFieldsValue(true)));

  const onSave = async () => {
    setBusy('save');
    try {
      const saved = await saveDraft();
      onChecked();
      message.success(saved.errors.length ? t('reports.form.savedWithErrors', { count: saved.errors.length }) : t('reports.form.saved'));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  // The draft is saved first (so nothing typed is lost); it is sent only when nothing is left to fix.
  const onSubmit = async () => {
    setBusy('submit');
    try {
      const saved = await saveDraft();
      onChecked();
      if (saved.errors.length) {
        message.error(t('reports.form.notSubmitted', { count: saved.errors.length }));
        return;
      }
      await submit.mutateAsync(undefined);
      message.success(t('reports.form.submitted'));
    } catch (error) {
      onChecked();
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  const done = (text: string) => {
    setDialog(null);
    message.success(text);
  };

  return (
    <Flex wrap gap={8} className="report-actions">
      {may('save_draft') ? (
        <Button icon={<SaveOutlined />} loading={busy === 'save'} disabled={busy === 'submit'} onClick={() => void onSave()}>
          {t('reports.actions.save')}
        </Button>
      ) : null}
      {may('submit') ? (
        <Button type="primary" icon={<SendOutlined />} loading={busy === 'submit'} disabled={busy === 'save'} onClick={() => void onSubmit()}>
          {t('reports.actions.submit')}
        </Button>
      ) : null}
      {may('return') ? (
        <Button danger icon={<RollbackOutlined />} onClick={() => setDialog('return')}>
          {t('reports.actions.return')}
        </Button>
      ) : null}
      {may('approve') ? (
        <Button type="primary" icon={<CheckOutlined />} onClick={() => setDialog('approve')}>
          {t('reports.actions.approve')}
        </Button>
      ) : null}
      {may('reopen') ? (
        <Button icon={<UnlockOutlined />} onClick={() => setDialog('reopen')}>
          {t('reports.actions.reopen')}
        </Button>
      ) : null}

      {dialog === 'return' ? (
        <CommentDialog
          title={t('reports.actions.returnTitle')}
          okText={t('reports.actions.return')}
          label={t('reports.actions.comment')}
          required={t('reports.actions.commentRequired')}
          danger
          onCancel={() => setDialog(null)}
          send={async (comment) => {
            await returnReport.mutateAsync(comment);
            done(t('reports.actions.returned'));
          }}
        />
      ) : null}
      {dialog === 'approve' ? (
        <FormModal<{ acceptGap?: boolean }>
          title={t('reports.actions.approveTitle')}
          okText={t('reports.actions.approve')}
          onCancel={() => setDialog(null)}
          onSubmit={async ({ acceptGap }) => {
            await approve.mutateAsync(Boolean(acceptGap));
            done(t('reports.actions.approved'));
          }}
        >
          <p>{t('reports.actions.approveLocks')}</p>
          {report.missingBelow > 0 ? (
            <>
              <Alert type="warning" showIcon title={t('reports.actions.missingBelow', { count: report.missingBelow })} style={{ marginBottom: 12 }} />
              <Form.Item
                name="acceptGap"
                valuePropName="checked"
                rules={[{ validator: (_, value) => (value ? Promise.resolve() : Promise.reject(new Error(t('reports.actions.acceptGapRequired')))) }]}
              >
                <Checkbox>{t('reports.actions.acceptGap')}</Checkbox>
              </Form.Item>
            </>
          ) : null}
        </FormModal>
      ) : null}
      {dialog === 'reopen' ? (
        <CommentDialog
          title={t('reports.actions.reopenTitle')}
          okText={t('reports.actions.reopen')}
          label={t('reports.actions.reason')}
          required={t('reports.actions.reasonRequired')}
          onCancel={() => setDialog(null)}
          send={async (reason) => {
            await reopen.mutateAsync(reason);
            done(t('reports.actions.reopened'));
          }}
        />
      ) : null}
    </Flex>
  );
}

interface CommentDialogProps {
  title: string;
  okText: string;
  label: string;
  required: string;
  danger?: boolean;
  onCancel: () => void;
  send: (text: string) => Promise<void>;
}

/** A decision that needs words: the comment of a return, the reason of a reopening. */
function CommentDialog({ title, okText, label, required, danger, onCancel, send }: CommentDialogProps) {
  return (
    <FormModal<{ text: string }> title={title} okText={okText} danger={danger} onCancel={onCancel} onSubmit={({ text }) => send(text)}>
      <Form.Item name="text" label={label} rules={[{ required: true, whitespace: true, message: required }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
