import { CheckCircleOutlined, DeleteOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Empty, Flex, Form, Input, Row, Spin, Typography } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FollowUp, type MeetingDetail, type Minutes, useApproveMinutes, useMinutes, useSaveMinutes } from '../../api/meetings.ts';
import { formFieldErrors } from '../../api/problem.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { useFeedback } from '../../components/feedback.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { DayField } from './DayField.tsx';
import { RichText, RichTextEditor } from './RichTextEditor.tsx';

interface MinutesValues {
  bodyHtml: string;
  conclusions: string;
  followUps: { text?: string; responsible?: string; dueOn?: string }[];
}

/** "Biên bản": written during or after the meeting, with conclusions and follow-up actions; locked once approved. */
export function MinutesPanel({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const minutes = useMinutes(meeting.id);
  if (minutes.isPending) return <Spin />;
  if (minutes.error || !minutes.data) return <ErrorAlert error={minutes.error} />;
  return minutes.data.allowed.edit ? <MinutesForm meeting={meeting} minutes={minutes.data} /> : <MinutesView minutes={minutes.data} empty={t('meetings.minutes.none')} />;
}

function MinutesView({ minutes, empty }: { minutes: Minutes; empty: string }) {
  const { t } = useTranslation();
  if (!minutes.exists) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <Flex vertical gap={16}>
      {minutes.status === 'approved' ? (
        <Alert type="success" showIcon icon={<LockOutlined />} title={t('meetings.minutes.approved', { by: minutes.approvedBy ?? '', at: formatDateTime(minutes.approvedAt) })} />
      ) : null}
      <RichText html={minutes.bodyHtml} />
      <FollowUpsView minutes={minutes} />
      {minutes.allowed.approve ? <ApproveBar minutes={minutes} /> : null}
    </Flex>
  );
}

function FollowUpsView({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  return (
    <>
      {minutes.conclusions ? (
        <section>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('meetings.minutes.conclusions')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{minutes.conclusions}</Typography.Paragraph>
        </section>
      ) : null}
      {minutes.followUps.length > 0 ? (
        <section>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('meetings.minutes.followUps')}
          </Typography.Title>
          <ol style={{ paddingInlineStart: 20 }}>
            {minutes.followUps.map((item: FollowUp, index) => (
              <li key={index}>
                {item.text}
                {item.responsible ? <Typography.Text type="secondary"> · {item.responsible}</Typography.Text> : null}
                {item.dueOn ? <Typography.Text type="secondary"> · {t('meetings.minutes.dueOn', { date: formatDate(item.dueOn) })}</Typography.Text> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

function MinutesForm({ meeting, minutes }: { meeting: MeetingDetail; minutes: Minutes }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<MinutesValues>();
  const save = useSaveMinutes();
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: MinutesValues) => {
    setError(null);
    try {
      await save.mutateAsync({
        id: meeting.id,
        input: {
          bodyHtml: values.bodyHtml ?? '',
          conclusions: values.conclusions ?? '',
          followUps: (values.followUps ?? []).filter((item) => item.text?.trim()).map((item) => ({ text: item.text!.trim(), responsible: item.responsible?.trim() || null, dueOn: item.dueOn ?? null })),
        },
      });
      message.success(t('meetings.minutes.saved'));
    } catch (failure) {
      setError(failure);
      form.setFields(formFieldErrors(failure).map((field) => ({ name: field.name as NamePath<MinutesValues>, errors: field.errors })));
    }
  };

  return (
    <Flex vertical gap={16}>
      <Form<MinutesValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ bodyHtml: minutes.bodyHtml, conclusions: minutes.conclusions, followUps: minutes.followUps.map((item) => ({ text: item.text, responsible: item.responsible ?? undefined, dueOn: item.dueOn ?? undefined })) }}
      >
        <ErrorAlert error={error} />
        {minutes.updatedAt ? <Typography.Paragraph type="secondary">{t('meetings.minutes.lastSaved', { at: formatDateTime(minutes.updatedAt), by: minutes.writtenBy ?? '' })}</Typography.Paragraph> : null}
        <Form.Item name="bodyHtml" label={t('meetings.minutes.body')}>
          <RichTextEditor label={t('meetings.minutes.body')} />
        </Form.Item>
        <Form.Item name="conclusions" label={t('meetings.minutes.conclusions')}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={50_000} />
        </Form.Item>
        <Form.List name="followUps">
          {(fields, { add, remove }) => (
            <fieldset className="meeting-guests">
              <legend>{t('meetings.minutes.followUps')}</legend>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col xs={24} md={11}>
                    <Form.Item name={[field.name, 'text']} label={t('meetings.minutes.followUpText', { index: index + 1 })} rules={[{ required: true, message: t('errors.required') }]}>
                      <Input.TextArea autoSize maxLength={2000} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12} md={6}>
                    <Form.Item name={[field.name, 'responsible']} label={t('meetings.minutes.responsible')}>
                      <Input maxLength={300} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={10} md={5}>
                    <DayField name={[field.name, 'dueOn']} label={t('meetings.minutes.due')} />
                  </Col>
                  <Col xs={4} sm={2} style={{ paddingTop: 30 }}>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('meetings.minutes.removeFollowUp', { index: index + 1 })} onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('meetings.minutes.addFollowUp')}
              </Button>
            </fieldset>
          )}
        </Form.List>
        <Flex wrap gap={8} style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} size="large">
            {t('meetings.minutes.save')}
          </Button>
        </Flex>
      </Form>
      {minutes.exists ? <ApproveBar minutes={minutes} /> : null}
    </Flex>
  );
}

/** Approval from the editing view (the presiding person often writes the last words and approves). */
function ApproveBar({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const approve = useApproveMinutes();
  const confirm = useConfirmedAction();
  if (!minutes.allowed.approve) return <Typography.Text type="secondary">{t('meetings.minutes.waitApproval')}</Typography.Text>;
  return (
    <Button
      icon={<CheckCircleOutlined />}
      style={{ alignSelf: 'start' }}
      onClick={() => confirm({ title: t('meetings.minutes.approveConfirm'), content: t('meetings.minutes.approveHint'), okText: t('meetings.minutes.approve'), action: () => approve.mutateAsync(minutes.meetingId), success: t('meetings.minutes.approvedDone') })}
    >
      {t('meetings.minutes.approve')}
    </Button>
  );
}
