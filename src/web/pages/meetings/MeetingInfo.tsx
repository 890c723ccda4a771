import { CheckOutlined, CloseCircleOutlined, EditOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type MeetingDetail, useCancelMeeting, useMarkHeld } from '../../api/meetings.ts';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { meetingTimeText } from './meeting-calendar.ts';
import { AttendanceTag } from './MeetingTags.tsx';

/** What, when, where and who of a meeting, with the organizer's actions and the member's own check-in. */
export function MeetingInfo({ meeting, onEdit }: { meeting: MeetingDetail; onEdit: () => void }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const confirm = useConfirmedAction();
  const cancel = useCancelMeeting();
  const held = useMarkHeld();
  const [reason, setReason] = useState('');
  const guests = meeting.invitees.filter((invitee) => invitee.isGuest);
  const mine = meeting.myInvitation;

  return (
    <Flex vertical gap={16}>
      <Descriptions
        column={isPhone ? 1 : 2}
        size="small"
        items={[
          { key: 'time', label: t('meetings.detail.time'), children: meetingTimeText(meeting.startsAt, meeting.endsAt) },
          { key: 'unit', label: t('meetings.detail.unit'), children: meeting.unit.name },
          { key: 'place', label: t('meetings.form.place'), children: meeting.place ?? t('common.notSet') },
          {
            key: 'online',
            label: t('meetings.detail.online'),
            children: meeting.onlineLink ? (
              <Typography.Link href={meeting.onlineLink} target="_blank" rel="noreferrer" style={{ overflowWrap: 'anywhere' }}>
                {meeting.onlineLink}
              </Typography.Link>
            ) : (
              t('common.notSet')
            ),
          },
          { key: 'presiding', label: t('meetings.form.presiding'), children: meeting.presiding?.fullName ?? t('common.notSet') },
          { key: 'minuteTaker', label: t('meetings.form.minuteTaker'), children: meeting.minuteTaker?.fullName ?? t('common.notSet') },
          { key: 'invited', label: t('meetings.detail.invited'), children: t('meetings.detail.invitedCount', { members: meeting.invitees.length - guests.length, guests: guests.length }) },
          ...(guests.length > 0
            ? [{ key: 'guests', label: t('meetings.form.guests'), children: guests.map((guest) => [guest.name, guest.guestTitle, guest.guestOrganization].filter(Boolean).join(', ')).join('; ') }]
            : []),
          ...(meeting.topicId ? [{ key: 'topic', label: t('meetings.detail.topic'), children: <Link to={`/meetings/topics/${meeting.topicId}`}>{t('meetings.detail.openTopic')}</Link> }] : []),
          ...(meeting.cancelReason ? [{ key: 'cancel', label: t('meetings.detail.cancelReason'), children: meeting.cancelReason }] : []),
        ]}
      />
      {mine ? (
        <Flex wrap gap={8} align="center">
          <Typography.Text>{t('meetings.detail.myAttendance')}</Typography.Text>
          {mine.attendance ? <AttendanceTag status={mine.attendance.status} /> : <Typography.Text type="secondary">{t('meetings.attendance.unmarked')}</Typography.Text>}
          {meeting.allowed.checkIn && !mine.attendance ? (
            <Link to={`/meetings/${meeting.id}/check-in`}>
              <Button type="primary" icon={<QrcodeOutlined />} size="large">
                {t('meetings.checkIn.button')}
              </Button>
            </Link>
          ) : null}
        </Flex>
      ) : null}
      <Flex wrap gap={8}>
        {meeting.allowed.edit ? (
          <Button icon={<EditOutlined />} onClick={onEdit}>
            {t('meetings.detail.edit')}
          </Button>
        ) : null}
        {meeting.allowed.markHeld ? (
          <Button icon={<CheckOutlined />} onClick={() => confirm({ title: t('meetings.detail.markHeldConfirm'), okText: t('meetings.detail.markHeld'), action: () => held.mutateAsync(meeting.id), success: t('meetings.detail.markedHeld') })}>
            {t('meetings.detail.markHeld')}
          </Button>
        ) : null}
        {meeting.allowed.cancel ? (
          <Button
            danger
            icon={<CloseCircleOutlined />}
            onClick={() =>
              confirm({
                title: t('meetings.detail.cancelConfirm'),
                content: <Input.TextArea aria-label={t('meetings.detail.cancelReason')} placeholder={t('meetings.detail.cancelReason')} maxLength={1000} onChange={(event) => setReason(event.target.value)} />,
                okText: t('meetings.detail.cancel'),
                danger: true,
                action: () => cancel.mutateAsync({ id: meeting.id, reason: reason.trim() || null }),
                success: t('meetings.detail.cancelled'),
              })
            }
          >
            {t('meetings.detail.cancel')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
