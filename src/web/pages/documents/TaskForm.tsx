import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Task, useAddTask, useUpdateTask } from '../../api/plans.ts';
import { DateField } from '../../components/DateField.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { recurrenceOptions } from './options.ts';
import { taskBody, taskFormValues, type TaskFormValues } from './task-form.ts';
import { UnitListField } from './UnitListField.tsx';

const third = { xs: 24, sm: 8 };
const half = { xs: 24, sm: 12 };

interface TaskFormProps {
  documentId: string;
  /** The plan's issuers, offered first as lead and partners. */
  issuers: readonly { id: string; name: string }[];
  /** The task to edit; a new task without it. */
  task?: Task;
  /** The task a new sub-task goes under. */
  parent?: Task;
  /** The code offered to a new task. */
  code: string;
  onClose: () => void;
}

/** A task of a draft plan: code, title, lead and partner units, timeframe, weight. */
export function TaskForm({ documentId, issuers, task, parent, code, onClose }: TaskFormProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const add = useAddTask();
  const update = useUpdateTask();
  const initialValues = useMemo(() => taskFormValues(task, code), [task, code]);

  const submit = async (values: TaskFormValues) => {
    const body = taskBody(values, task);
    const saved = task ? await update.mutateAsync({ id: task.id, ...body }) : await add.mutateAsync({ documentId, ...body, parentId: parent?.id ?? null });
    message.success(task ? t('documents.plan.saved', { code: saved.code }) : t('documents.plan.added', { code: saved.code }));
    onClose();
  };

  const title = task ? t('documents.task.editTitle', { code: task.code }) : parent ? t('documents.task.addSubtaskTitle', { code: parent.code }) : t('documents.task.addTitle');
  return (
    <FormModal<TaskFormValues> title={title} width={720} onCancel={onClose} onSubmit={submit} initialValues={initialValues}>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="code" label={t('documents.task.code')} extra={t('documents.task.codeHint')} rules={[{ required: true, whitespace: true, message: t('errors.required') }]}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item name="weight" label={t('documents.task.weight')} extra={t('documents.task.weightHint')}>
            <InputNumber min={0.1} max={1000} step={1} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('documents.task.title')} rules={[{ required: true, whitespace: true, message: t('errors.required') }]}>
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="description" label={t('documents.task.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} />
      </Form.Item>
      <Form.Item name="leadUnitId" label={t('documents.task.lead')}>
        <UnitPicker pinned={issuers} pinnedLabel={t('documents.form.issuers')} allowClear />
      </Form.Item>
      <UnitListField
        name="partnerUnitIds"
        label={t('documents.task.partners')}
        addText={t('documents.task.addPartner')}
        itemLabel={(index) => t('documents.task.partnerLabel', { index })}
        removeLabel={(index) => t('documents.task.removePartner', { index })}
        pinned={issuers}
        pinnedLabel={t('documents.form.issuers')}
      />
      <Form.Item name={['timeframe', 'text']} label={t('documents.task.timeframeText')}>
        <Input maxLength={500} placeholder={t('documents.task.timeframeHint')} />
      </Form.Item>
      <Row gutter={12}>
        <Col {...third}>
          <Form.Item name={['timeframe', 'start']} label={t('documents.task.start')}>
            <DateField />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name={['timeframe', 'end']} label={t('documents.task.end')}>
            <DateField />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name={['timeframe', 'deadline']} label={t('documents.task.deadline')}>
            <DateField />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={['timeframe', 'recurrence']} label={t('documents.task.recurrence')}>
            <Select allowClear placeholder={t('documents.task.noRecurrence')} options={recurrenceOptions(t)} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
