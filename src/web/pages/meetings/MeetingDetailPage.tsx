import { QrcodeOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Modal, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { type MeetingWarning, useMeeting } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { StatusPage } from '../../components/StatusPage.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { ApiError } from '../../api/problem.ts';
import { AgendaEditor } from './AgendaEditor.tsx';
import { AttendancePanel } from './AttendancePanel.tsx';
import { CheckInCodePanel } from './CheckInCodePanel.tsx';
import { ClashWarningModal } from './ClashWarningModal.tsx';
import { MeetingDocuments } from './MeetingDocuments.tsx';
import { MeetingFormModal } from './MeetingFormModal.tsx';
import { MeetingInfo } from './MeetingInfo.tsx';
import { MeetingKindTag, MeetingStatusTag } from './MeetingTags.tsx';
import { MinutesPanel } from './MinutesPanel.tsx';
import './meetings.css';

const tabs = ['info', 'attendance', 'minutes'] as const;
type Tab = (typeof tabs)[number];

/** One meeting: details and script, attendance in the room (with the check-in code), the minutes. */
export function MeetingDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const meeting = useMeeting(id);
  const [editing, setEditing] = useState(false);
  const [warnings, setWarnings] = useState<MeetingWarning[]>([]);
  const [showCode, setShowCode] = useState(false);
  const tab: Tab = (tabs as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'info';

  if (meeting.error instanceof ApiError && (meeting.error.status === 404 || meeting.error.status === 403)) return <StatusPage status={meeting.error.status} />;
  if (!meeting.data) return meeting.error ? <ErrorAlert error={meeting.error} /> : <Spin size="large" className="page-spinner" />;
  const data = meeting.data;

  return (
    <>
      <PageHeader
        title={data.title}
        subtitle={
          <Flex wrap gap={4} component="span">
            <MeetingKindTag kind={data.kind} />
            <MeetingStatusTag status={data.status} />
          </Flex>
        }
        extra={
          <>
            {data.checkInCode && data.status !== 'cancelled' ? (
              <Button icon={<QrcodeOutlined />} onClick={() => setShowCode(true)}>
                {t('meetings.checkIn.showCode')}
              </Button>
            ) : null}
            <Button onClick={() => navigate('/meetings')}>{t('meetings.detail.back')}</Button>
          </>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          // Three tabs fit a phone's width only with narrower gaps.
          tabBarGutter={isPhone ? 14 : undefined}
          onChange={(key) => setParams(key === 'info' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'info',
              label: t('meetings.detail.tabInfo'),
              children: (
                <Flex vertical gap={24}>
                  <MeetingInfo meeting={data} onEdit={() => setEditing(true)} />
                  <MeetingDocuments meetingId={data.id} />
                  <section aria-label={t('meetings.agenda.title')}>
                    <h2 className="meeting-section-title">{t('meetings.agenda.title')}</h2>
                    <AgendaEditor meeting={data} />
                  </section>
                </Flex>
              ),
            },
            { key: 'attendance', label: t('meetings.detail.tabAttendance', { attended: data.summary.present + data.summary.late, invited: data.summary.invited }), children: <AttendancePanel meeting={data} /> },
            { key: 'minutes', label: data.minutesStatus === 'approved' ? t('meetings.detail.tabMinutesApproved') : t('meetings.detail.tabMinutes'), children: <MinutesPanel meeting={data} /> },
          ]}
        />
      </Card>
      {editing ? (
        <MeetingFormModal
          unitId={data.unit.id}
          meeting={data}
          onClose={() => setEditing(false)}
          onSaved={(result) => {
            setEditing(false);
            setWarnings(result.warnings);
          }}
        />
      ) : null}
      {warnings.length > 0 ? <ClashWarningModal warnings={warnings} onAccept={() => setWarnings([])} /> : null}
      {showCode && data.checkInCode ? (
        <Modal open title={t('meetings.checkIn.codeTitle')} onCancel={() => setShowCode(false)} footer={<Button onClick={() => setShowCode(false)}>{t('common.close')}</Button>}>
          <CheckInCodePanel meetingId={data.id} code={data.checkInCode} />
        </Modal>
      ) : null}
    </>
  );
}
