import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useCheckIn, useMeeting } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { codeFromSearch } from './check-in-link.ts';
import { meetingTimeText } from './meeting-calendar.ts';
import { AttendanceTag } from './MeetingTags.tsx';
import './meetings.css';

/** "Điểm danh": a member enters the code shown in the room (or arrives here from its QR code). */
export function CheckInPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const meeting = useMeeting(id);
  const checkIn = useCheckIn();
  const [code, setCode] = useState(() => codeFromSearch(location.search));

  if (!meeting.data) return meeting.error ? <ErrorAlert error={meeting.error} /> : <Spin size="large" className="page-spinner" />;
  const data = meeting.data;
  const mine = data.myInvitation;

  return (
    <>
      <PageHeader title={t('meetings.checkIn.title')} subtitle={data.title} />
      <Card style={{ maxWidth: 480 }}>
        <Typography.Paragraph type="secondary">{meetingTimeText(data.startsAt, data.endsAt)}{data.place ? ` · ${data.place}` : ''}</Typography.Paragraph>
        {mine?.attendance ? (
          <Result
            status="success"
            icon={<CheckCircleFilled />}
            title={t('meetings.checkIn.done')}
            subTitle={<AttendanceTag status={mine.attendance.status} />}
            extra={<Link to={`/meetings/${data.id}`}>{t('meetings.checkIn.openMeeting')}</Link>}
          />
        ) : !mine ? (
          <Result status="warning" title={t('meetings.checkIn.notInvited')} />
        ) : (
          <Form layout="vertical" onFinish={() => void checkIn.mutateAsync({ id: data.id, code }).catch(() => undefined)}>
            <ErrorAlert error={checkIn.error} />
            {!data.allowed.checkIn ? <Typography.Paragraph type="warning">{t('meetings.checkIn.closed')}</Typography.Paragraph> : null}
            <Form.Item label={t('meetings.checkIn.codeLabel')} htmlFor="check-in-code">
              <Input
                id="check-in-code"
                className="check-in-input"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={20}
                value={code}
                onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
                size="large"
              />
            </Form.Item>
            <Flex vertical gap={8}>
              <Button type="primary" htmlType="submit" size="large" block loading={checkIn.isPending} disabled={!code}>
                {t('meetings.checkIn.submit')}
              </Button>
            </Flex>
          </Form>
        )}
      </Card>
    </>
  );
}
