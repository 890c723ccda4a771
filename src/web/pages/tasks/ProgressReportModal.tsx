import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Radio, Slider, Typography, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type ProgressStatus, progressStatuses } from '../../../domain/task-status.ts';
import { type AssignmentItem, useReportProgress } from '../../api/assignments.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { useErrorText } from '../../components/use-error-text.ts';
import './tasks.css';
import { dayjs, isoDateOf } from '../../format/dates.ts';
import { parseLinks, percentForStatus, statusForPercent } from './progress-form.ts';

interface ProgressValues {
  status: ProgressStatus;
  percent: number;
  note?: string;
  links?: string;
  files?: UploadFile[];
  reportedOn: Dayjs | null;
}

const evidenceTypes = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

/** "Báo cáo tiến độ": status and percent kept consistent, a note, evidence links and files, the date. */
export function ProgressReportModal({ assignment, onClose }: { assignment: AssignmentItem; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const errorText = useErrorText();
  const report = useReportProgress();
  // A first report starts "under way"; later ones start from where the last one left off.
  const startStatus: ProgressStatus = assignment.status === 'not_started' ? 'in_progress' : assignment.status;

  const submit = async ({ status, percent, note, links, files, reportedOn }: ProgressValues) => {
    const { failedFiles } = await report.mutateAsync({
      id: assignment.id,
      input: { status, percent, note: note?.trim() || undefined, evidenceLinks: parseLinks(links ?? '').links, reportedOn: reportedOn ? isoDateOf(reportedOn) : undefined },
      files: (files ?? []).flatMap((file) => (file.originFileObj ? [file.originFileObj] : [])),
    });
    if (failedFiles.length === 0) message.success(t('tasks.reported'));
    else message.warning(t('tasks.filesFailed', { files: failedFiles.map(({ file, error }) => `${file.name}: ${errorText(error)}`).join('; ') }), 8);
    onClose();
  };

  return (
    <FormModal<ProgressValues>
      title={t('tasks.reportTitle', { code: assignment.task.code })}
      okText={t('tasks.sendReport')}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{ status: startStatus, percent: percentForStatus(startStatus, assignment.percent, assignment.percent), reportedOn: dayjs() }}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {assignment.task.title}
      </Typography.Paragraph>
      <ProgressFields fallbackPercent={assignment.percent} />
      <Form.Item<ProgressValues> name="note" label={t('tasks.note')}>
        <Input.TextArea rows={3} maxLength={4000} placeholder={t('tasks.notePlaceholder')} />
      </Form.Item>
      <Form.Item<ProgressValues>
        name="links"
        label={t('tasks.links')}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              const { invalid } = parseLinks(value ?? '');
              if (invalid.length > 0) throw new Error(t('tasks.badLinks', { lines: invalid.join('; ') }));
            },
          },
        ]}
      >
        <Input.TextArea rows={2} inputMode="url" placeholder="https://…" />
      </Form.Item>
      <Form.Item<ProgressValues> name="files" label={t('tasks.files')} valuePropName="fileList" getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}>
        <Upload beforeUpload={() => false} multiple accept={evidenceTypes}>
          <Button icon={<UploadOutlined />} size="large">
            {t('tasks.chooseFiles')}
          </Button>
        </Upload>
      </Form.Item>
      <Form.Item<ProgressValues> name="reportedOn" label={t('tasks.reportedOn')} rules={[{ required: true, message: t('errors.required') }]}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}

/** Status as large choices and percent as a slider with a number box; each moves the other. */
function ProgressFields({ fallbackPercent }: { fallbackPercent: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ProgressValues>();
  return (
    <>
      <Form.Item<ProgressValues> name="status" label={t('tasks.statusLabel')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          className="progress-status-choices"
          options={progressStatuses.map((status) => ({ value: status, label: t(`tasks.status.${status}`) }))}
          onChange={(event) => form.setFieldValue('percent', percentForStatus(event.target.value as ProgressStatus, form.getFieldValue('percent') as number, fallbackPercent))}
        />
      </Form.Item>
      <Form.Item<ProgressValues> label={t('tasks.percent')} required>
        <Flex gap={12} align="center">
          <Form.Item<ProgressValues> name="percent" noStyle>
            <Slider min={0} max={100} step={5} style={{ flex: 1 }} onChange={(value) => form.setFieldValue('status', statusForPercent(form.getFieldValue('status') as ProgressStatus, value))} />
          </Form.Item>
          <Form.Item<ProgressValues> name="percent" noStyle rules={[{ required: true, message: t('errors.required') }]}>
            <InputNumber
              min={0}
              max={100}
              precision={0}
              suffix="%"
              aria-label={t('tasks.percent')}
              inputMode="numeric"
              style={{ width: 96 }}
              onChange={(value) => {
                if (typeof value === 'number') form.setFieldValue('status', statusForPercent(form.getFieldValue('status') as ProgressStatus, value));
              }}
            />
          </Form.Item>
        </Flex>
      </Form.Item>
    </>
  );
}
