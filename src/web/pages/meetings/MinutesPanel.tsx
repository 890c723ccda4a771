import { CheckCircleOutlined, DeleteOutlined, FileWordOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Empty, Flex, Form, type FormInstance, Input, Row, Spin, Typography } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type FollowUp, type MeetingDetail, type Minutes, minutesDocxUrl, useApproveMinutes, useMinutes, useSaveMinutes } from '../../api/meetings.ts';
import { formFieldErrors } from '../../api/problem.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { useFeedback } from '../../components/feedback.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { DueDate, StatusTag } from '../tasks/TaskBadges.tsx';
import { DayField } from './DayField.tsx';
import { PersonSelect } from './PersonSelect.tsx';
import { RichText, RichTextEditor } from './RichTextEditor.tsx';

interface FollowUpValues {
  text?: string;
  unitId?: string;
  personId?: string | null;
  dueOn?: string;
}

interface MinutesValues {
  bodyHtml: string;
  conclusions: string;
  followUps: FollowUpValues[];
}

/** "Biên bản": written during or after the meeting, with conclusions and follow-up actions; locked once approved. */
export function MinutesPanel({ meeting }: { meeting: MeetingDetail }) {
  const minutes = useMinutes(meeting.id);
  if (minutes.isPending) return <Spin />;
  if (minutes.error || !minutes.data) return <ErrorAlert error={minutes.error} />;
  return minutes.data.allowed.edit ? <MinutesForm meeting={meeting} minutes={minutes.data} /> : <MinutesView minutes={minutes.data} />;
}

function MinutesView({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  if (!minutes.exists) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.minutes.none')} />;
  return (
    <Flex vertical gap={16}>
      {minutes.status === 'approved' ? (
        <Alert type="success" showIcon icon={<LockOutlined />} title={t('meetings.minutes.approved', { by: minutes.approvedBy ?? '', at: formatDateTime(minutes.approvedAt) })} />
      ) : null}
      <RichText html={minutes.bodyHtml} />
      <FollowUpsView minutes={minutes} />
      <Flex wrap gap={8}>
        <DownloadButton minutes={minutes} />
        {minutes.allowed.approve ? <ApproveBar minutes={minutes} /> : null}
      </Flex>
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
          {minutes.notice ? (
            <Typography.Paragraph type="secondary">
              {t('meetings.minutes.notice')}{' '}
              <Link to={`/documents/${minutes.notice.id}`}>{[minutes.notice.numberLine, minutes.notice.title].filter(Boolean).join(' · ')}</Link>
            </Typography.Paragraph>
          ) : null}
          <ol className="minutes-follow-ups">
            {minutes.followUps.map((item) => (
              <FollowUpItem key={item.id} item={item} />
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

/** One action: what, who, by when; once approved, its task with the unit's status. */
function FollowUpItem({ item }: { item: FollowUp }) {
  const { t } = useTranslation();
  const assignment = item.task?.assignment;
  return (
    <li>
      <div className="minutes-follow-up-text">{item.text}</div>
      <Typography.Text type="secondary" className="minutes-follow-up-meta">
        {[item.unit.name, item.person?.fullName, assignment ? null : item.dueOn ? t('meetings.minutes.dueOn', { date: formatDate(item.dueOn) }) : t('meetings.minutes.noDueDate')].filter(Boolean).join(' · ')}
      </Typography.Text>
      {item.task ? (
        <Flex wrap gap={8} align="center" className="minutes-follow-up-task">
          {assignment ? <Link to={`/tasks/${assignment.id}`}>{t('meetings.minutes.taskLink', { code: item.task.code })}</Link> : <span>{t('meetings.minutes.taskLink', { code: item.task.code })}</span>}
          {assignment ? <StatusTag status={assignment.status} /> : null}
          {assignment ? <DueDate dueOn={assignment.dueOn} dueState={assignment.dueState} /> : null}
        </Flex>
      ) : null}
    </li>
  );
}

function DownloadButton({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  if (!minutes.exists) return null;
  return (
    <Button icon={<FileWordOutlined />} href={minutesDocxUrl(minutes.meetingId)}>
      {t('meetings.minutes.download')}
    </Button>
  );
}

const toInput = (item: FollowUpValues) => ({ text: item.text ?? '', unitId: item.unitId ?? '', personId: item.personId ?? null, dueOn: item.dueOn ?? '' });

function MinutesForm({ meeting, minutes }: { meeting: MeetingDetail; minutes: Minutes }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<MinutesValues>();
  const save = useSaveMinutes();
  const people = minutes.followUps.flatMap((item) => (item.person ? [item.person] : []));

  const submit = async (values: MinutesValues) => {
    try {
      await save.mutateAsync({ id: meeting.id, input: { bodyHtml: values.bodyHtml ?? '', conclusions: values.conclusions ?? '', followUps: (values.followUps ?? []).map(toInput) } });
      message.success(t('meetings.minutes.saved'));
    } catch (failure) {
      // The alert shows save.error; the fields the server named are marked too.
      form.setFields(formFieldErrors(failure).map((field) => ({ name: field.name as NamePath<MinutesValues>, errors: field.errors })));
    }
  };

  // A person belongs to the unit chosen beside them: choosing another unit clears the person.
  const clearPersonOnUnitChange = (changed: Partial<MinutesValues>) => {
    changed.followUps?.forEach((item, index) => {
      if (item && 'unitId' in item) form.setFieldValue(['followUps', index, 'personId'], null);
    });
  };

  return (
    <Flex vertical gap={16}>
      <Form<MinutesValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={clearPersonOnUnitChange}
        initialValues={{
          bodyHtml: minutes.bodyHtml,
          conclusions: minutes.conclusions,
          followUps: minutes.followUps.map((item) => ({ text: item.text, unitId: item.unit.id, personId: item.person?.id ?? null, dueOn: item.dueOn ?? undefined })),
        }}
      >
        <ErrorAlert error={save.error} />
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
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                {t('meetings.minutes.followUpsHint', { unit: minutes.unit.name })}
              </Typography.Paragraph>
              {fields.map((field, index) => (
                <FollowUpRow key={field.key} form={form} name={field.name} index={index} minutes={minutes} people={people} onRemove={() => remove(field.name)} />
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ unitId: minutes.unit.id, personId: null })}>
                {t('meetings.minutes.addFollowUp')}
              </Button>
            </fieldset>
          )}
        </Form.List>
        <Flex wrap gap={8} style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} size="large">
            {t('meetings.minutes.save')}
          </Button>
          <DownloadButton minutes={minutes} />
        </Flex>
      </Form>
      {minutes.exists ? <ApproveBar minutes={minutes} /> : null}
    </Flex>
  );
}

interface FollowUpRowProps {
  form: FormInstance<MinutesValues>;
  name: number;
  index: number;
  minutes: Minutes;
  people: readonly { id: string; fullName: string }[];
  onRemove: () => void;
}

/** The editor of one action: its text, the unit (the meeting's or one under it), a person of that unit, the due date. */
function FollowUpRow({ form, name, index, minutes, people, onRemove }: FollowUpRowProps) {
  const { t } = useTranslation();
  const unitId = Form.useWatch(['followUps', name, 'unitId'], form);
  const required = [{ required: true, message: t('errors.required') }];
  const notBeforeMeeting = {
    validator: (_: unknown, value: string | undefined) => (!value || value >= minutes.meetingDay ? Promise.resolve() : Promise.reject(new Error(t('meetings.minutes.dueBeforeMeeting', { date: formatDate(minutes.meetingDay) })))),
  };
  return (
    <div className="minutes-follow-up-row">
      <Flex gap={8} align="start">
        <Form.Item name={[name, 'text']} label={t('meetings.minutes.followUpText', { index: index + 1 })} rules={[{ required: true, whitespace: true, message: t('errors.required') }]} style={{ flex: 1 }}>
          <Input.TextArea autoSize maxLength={2000} />
        </Form.Item>
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('meetings.minutes.removeFollowUp', { index: index + 1 })} onClick={onRemove} style={{ marginTop: 30 }} />
      </Flex>
      <Row gutter={8}>
        <Col xs={24} md={10}>
          <Form.Item name={[name, 'unitId']} label={t('meetings.minutes.responsibleUnit')} rules={required}>
            <UnitPicker underId={minutes.unit.id} pinned={[minutes.unit]} pinnedLabel={minutes.unit.name} aria-label={t('meetings.minutes.responsibleUnit')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14} md={8}>
          <Form.Item name={[name, 'personId']} label={t('meetings.minutes.responsiblePerson')}>
            {unitId ? <PersonSelect unitId={unitId} known={people} /> : <Input disabled />}
          </Form.Item>
        </Col>
        <Col xs={24} sm={10} md={6}>
          <DayField name={[name, 'dueOn']} label={t('meetings.minutes.due')} rules={[...required, notBeforeMeeting]} min={minutes.meetingDay} />
        </Col>
      </Row>
    </div>
  );
}

/** Approval from the editing view (the presiding person often writes the last words and approves). */
function ApproveBar({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const approve = useApproveMinutes();
  const confirm = useConfirmedAction();
  if (!minutes.allowed.approve) return <Typography.Text type="secondary">{t('meetings.minutes.waitApproval')}</Typography.Text>;
  const count = minutes.followUps.length;
  return (
    <Button
      icon={<CheckCircleOutlined />}
      style={{ alignSelf: 'start' }}
      onClick={() =>
        confirm({
          title: t('meetings.minutes.approveConfirm'),
          content: count > 0 ? t('meetings.minutes.approveHintTasks', { count }) : t('meetings.minutes.approveHint'),
          okText: t('meetings.minutes.approve'),
          action: () => approve.mutateAsync(minutes.meetingId),
          success: t('meetings.minutes.approvedDone'),
        })
      }
    >
      {t('meetings.minutes.approve')}
    </Button>
  );
}
