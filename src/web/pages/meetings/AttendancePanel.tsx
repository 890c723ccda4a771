import { CheckOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AttendanceStatus, attendanceStatuses, type AttendanceSummary } from '../../../domain/attendance.ts';
import { type Invitee, type MeetingDetail, useTakeAttendance } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { type FormMarks, initialMarks, markRestPresent, marksToSave, setMark, tallyMarks } from './attendance-form.ts';
import { AttendanceTag } from './MeetingTags.tsx';

/** The counts and rate at the top: what the secretary announces at the opening ("số có mặt, vắng mặt"). */
export function AttendanceCounts({ summary }: { summary: AttendanceSummary }) {
  const { t } = useTranslation();
  const counts: [string, number | string][] = [
    [t('meetings.attendance.invited'), summary.invited],
    [t('meetings.attendance.status.present'), summary.present],
    [t('meetings.attendance.status.late'), summary.late],
    [t('meetings.attendance.status.absent_excused'), summary.absentExcused],
    [t('meetings.attendance.status.absent_unexcused'), summary.absentUnexcused],
    [t('meetings.attendance.unmarked'), summary.unmarked],
    [t('meetings.attendance.rate'), summary.rate === null ? '—' : `${summary.rate}%`],
  ];
  return (
    <div className="attendance-counts" role="group" aria-label={t('meetings.attendance.counts')}>
      {counts.map(([label, value]) => (
        <div key={label} className="attendance-count">
          <strong>{value}</strong>
          <span>{label}</span>
        </div>
      ))}
    </div>
  );
}

const inviteeLine = (invitee: Invitee) => [invitee.guestTitle, invitee.guestOrganization].filter(Boolean).join(', ');

/**
 * Attendance taken in the room: one row per invitee with four large buttons, an excused
 * absence asks its reason, the counts follow the taps and one request saves them all.
 */
export function AttendancePanel({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const take = useTakeAttendance();
  const [marks, setMarks] = useState<FormMarks>(() => initialMarks(meeting.invitees));
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState<{ invitee: Invitee; reason: string } | null>(null);
  const invitees = meeting.invitees;

  // Check-ins arriving while the form is untouched show up at once.
  useEffect(() => {
    if (!dirty) setMarks(initialMarks(meeting.invitees));
  }, [meeting.invitees, dirty]);

  if (!meeting.allowed.takeAttendance) return <ReadOnlyAttendance meeting={meeting} />;

  const change = (next: FormMarks) => {
    setMarks(next);
    setDirty(true);
  };
  const tap = (invitee: Invitee, status: AttendanceStatus) => {
    if (status === 'absent_excused') setAsking({ invitee, reason: marks[invitee.id]?.reason ?? '' });
    else change(setMark(marks, invitee.id, status));
  };
  const { marks: toSave, missingReason } = marksToSave(invitees, marks);
  const save = async () => {
    await take.mutateAsync({ id: meeting.id, marks: toSave });
    setDirty(false);
    message.success(t('meetings.attendance.saved'));
  };

  return (
    <Flex vertical gap={12}>
      <AttendanceCounts summary={tallyMarks(invitees, marks)} />
      {invitees.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.attendance.nobody')} />
      ) : (
        <Button icon={<CheckOutlined />} onClick={() => change(markRestPresent(invitees, marks))} style={{ alignSelf: 'start', minHeight: 40 }}>
          {t('meetings.attendance.restPresent')}
        </Button>
      )}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('meetings.attendance.list')}>
        {invitees.map((invitee) => {
          const mark = marks[invitee.id];
          return (
            <li key={invitee.id} className="attendance-row" aria-label={invitee.name}>
              <Flex vertical gap={6}>
                <div>
                  <Typography.Text strong>{invitee.name}</Typography.Text>
                  {invitee.isGuest ? <Typography.Text type="secondary"> · {t('meetings.attendance.guest')}{inviteeLine(invitee) ? `: ${inviteeLine(invitee)}` : ''}</Typography.Text> : null}
                  {invitee.attendance?.checkedInAt ? <Typography.Text type="secondary"> · {t('meetings.attendance.checkedIn')}</Typography.Text> : null}
                </div>
                <div className="attendance-choices" role="group" aria-label={t('meetings.attendance.markOf', { name: invitee.name })}>
                  {attendanceStatuses.map((status) => (
                    <Button key={status} type={mark?.status === status ? 'primary' : 'default'} aria-pressed={mark?.status === status} onClick={() => tap(invitee, status)}>
                      {t(`meetings.attendance.status.${status}`)}
                    </Button>
                  ))}
                </div>
                {mark?.status === 'absent_excused' ? (
                  <Typography.Text type={mark.reason ? 'secondary' : 'danger'}>
                    {mark.reason ? t('meetings.attendance.reasonIs', { reason: mark.reason }) : t('meetings.attendance.reasonMissing')}
                  </Typography.Text>
                ) : null}
              </Flex>
            </li>
          );
        })}
      </ul>
      <div className="attendance-save-bar">
        <ErrorAlert error={take.error} />
        <Button type="primary" size="large" block loading={take.isPending} disabled={!dirty || toSave.length === 0 || missingReason.length > 0} onClick={() => void save().catch(() => undefined)}>
          {t('meetings.attendance.save', { count: toSave.length })}
        </Button>
      </div>
      {asking ? (
        <Modal
          open
          title={t('meetings.attendance.reasonTitle', { name: asking.invitee.name })}
          okText={t('common.save')}
          cancelText={t('common.cancel')}
          okButtonProps={{ disabled: !asking.reason.trim() }}
          onCancel={() => setAsking(null)}
          onOk={() => {
            change(setMark(marks, asking.invitee.id, 'absent_excused', asking.reason));
            setAsking(null);
          }}
        >
          <Input.TextArea
            autoFocus
            aria-label={t('meetings.attendance.reason')}
            placeholder={t('meetings.attendance.reasonPlaceholder')}
            value={asking.reason}
            maxLength={500}
            autoSize={{ minRows: 2 }}
            onChange={(event) => setAsking({ ...asking, reason: event.target.value })}
          />
        </Modal>
      ) : null}
    </Flex>
  );
}

function ReadOnlyAttendance({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <AttendanceCounts summary={meeting.summary} />
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('meetings.attendance.list')}>
        {meeting.invitees.map((invitee) => (
          <li key={invitee.id} className="attendance-row">
            <Flex wrap gap={8} justify="space-between" align="center">
              <Typography.Text>{invitee.name}</Typography.Text>
              {invitee.attendance ? <AttendanceTag status={invitee.attendance.status} /> : <Typography.Text type="secondary">{t('meetings.attendance.unmarked')}</Typography.Text>}
            </Flex>
            {invitee.attendance?.reason ? <Typography.Text type="secondary">{invitee.attendance.reason}</Typography.Text> : null}
          </li>
        ))}
      </ul>
    </Flex>
  );
}
