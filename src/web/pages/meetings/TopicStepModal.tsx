import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TopicAction } from '../../../domain/thematic-workflow.ts';
import { type TopicDetail, type TopicStep, type TopicWithWarnings, useTopicStep } from '../../api/meetings.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { formatDate, todayInAppZone } from '../../format/dates.ts';
import { DayField } from './DayField.tsx';
import { PersonSelect } from './PersonSelect.tsx';
import { RichTextEditor } from './RichTextEditor.tsx';
import { sendingLate } from './topic-plan.ts';

interface StepValues {
  title?: string;
  plannedOn?: string;
  personIds?: string[];
  body?: string;
  files?: { originFileObj?: File }[];
  comment?: string;
  evaluation?: string;
  conclusion?: string;
}

/** The request each workflow button sends, from what its dialog asked. */
function stepOf(action: TopicAction, values: StepValues): TopicStep {
  switch (action) {
    case 'decide':
      return { action: 'decide', body: { title: values.title?.trim() || undefined, plannedOn: values.plannedOn } };
    case 'assign_drafters':
      return { action: 'drafters', body: { personIds: values.personIds ?? [] } };
    case 'submit_draft':
    case 'finalize':
      return { action: action === 'finalize' ? 'finalize' : 'draft', body: { body: values.body ?? '' }, file: values.files?.[0]?.originFileObj ?? null };
    case 'return_draft':
      return { action: 'return', body: { comment: values.comment ?? '' } };
    case 'approve_draft':
      return { action: 'approve', body: { comment: values.comment?.trim() || undefined } };
    case 'send_to_members':
      return { action: 'send', body: {} };
    case 'record_meeting':
      return { action: 'record', body: { evaluation: values.evaluation ?? '', conclusion: values.conclusion ?? '' } };
    case 'report':
      return { action: 'report' };
  }
}

/** The dialog of one workflow step: it asks only what the step records, then sends it. */
export function TopicStepModal({ topic, action, onClose, onDone }: { topic: TopicDetail; action: TopicAction; onClose: () => void; onDone: (result: TopicWithWarnings) => void }) {
  const { t } = useTranslation();
  const step = useTopicStep();
  const required = [{ required: true, whitespace: true, message: t('errors.required') }];
  const submit = async (values: StepValues) => onDone(await step.mutateAsync({ id: topic.id, step: stepOf(action, values) }));
  const late = sendingLate(topic.sendBy, todayInAppZone());

  return (
    <FormModal<StepValues>
      title={t(`meetings.topicAction.${action}`)}
      okText={t(`meetings.topicAction.${action}`)}
      onCancel={onClose}
      onSubmit={submit}
      danger={action === 'return_draft'}
      width={action === 'submit_draft' || action === 'finalize' ? 760 : undefined}
      initialValues={{ title: topic.title, plannedOn: topic.plannedOn ?? undefined, personIds: topic.drafters.map((person) => person.id), files: [] }}
    >
      <Typography.Paragraph type="secondary">{t(`meetings.topicStepHint.${action}`)}</Typography.Paragraph>
      {action === 'decide' ? (
        <>
          <Form.Item name="title" label={t('meetings.topics.decidedTitle')} rules={required}>
            <Input.TextArea autoSize maxLength={1000} />
          </Form.Item>
          <DayField name="plannedOn" label={t('meetings.topics.plannedOn')} rules={[{ required: true, message: t('errors.required') }]} />
        </>
      ) : null}
      {action === 'assign_drafters' ? (
        <Form.Item name="personIds" label={t('meetings.topics.drafters')} rules={[{ required: true, message: t('errors.required') }]}>
          <PersonSelect unitId={topic.unit.id} multiple known={topic.drafters} />
        </Form.Item>
      ) : null}
      {action === 'submit_draft' || action === 'finalize' ? (
        <>
          <Form.Item name="body" label={t('meetings.topics.paperText')}>
            <RichTextEditor label={t('meetings.topics.paperText')} />
          </Form.Item>
          <Form.Item name="files" label={t('meetings.topics.paperFile')} valuePropName="fileList" getValueFromEvent={(event: { fileList: unknown[] }) => event.fileList.slice(-1)} extra={t('meetings.topics.paperFileHint')}>
            <Upload beforeUpload={() => false} maxCount={1} accept=".docx,.pdf,.txt">
              <Button icon={<UploadOutlined />}>{t('meetings.topics.chooseFile')}</Button>
            </Upload>
          </Form.Item>
        </>
      ) : null}
      {action === 'return_draft' || action === 'approve_draft' ? (
        <Form.Item name="comment" label={t('meetings.topics.comment')} rules={action === 'return_draft' ? required : undefined}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10_000} />
        </Form.Item>
      ) : null}
      {action === 'send_to_members' ? (
        late ? (
          <Alert type="warning" showIcon title={t('meetings.topics.sendLateWarning', { date: formatDate(topic.sendBy) })} />
        ) : topic.sendBy ? (
          <Alert type="info" showIcon title={t('meetings.topics.sendBy', { date: formatDate(topic.sendBy) })} />
        ) : null
      ) : null}
      {action === 'record_meeting' ? (
        <>
          <Form.Item name="evaluation" label={t('meetings.topics.evaluation')} rules={required}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={50_000} />
          </Form.Item>
          <Form.Item name="conclusion" label={t('meetings.topics.conclusion')} rules={required}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={50_000} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
