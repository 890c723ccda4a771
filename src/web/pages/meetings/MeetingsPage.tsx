import { CalendarOutlined, LeftOutlined, MobileOutlined, PlusOutlined, RightOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { type MeetingKind, meetingKinds } from '../../../domain/meeting-kinds.ts';
import { type MeetingSummary, type MeetingWarning, useCancelMeeting, useMeetings } from '../../api/meetings.ts';
import { useCurrentUnit } from '../../app/current-unit.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { todayInAppZone } from '../../format/dates.ts';
import { CalendarFeedModal } from './CalendarFeedModal.tsx';
import { ClashWarningModal } from './ClashWarningModal.tsx';
import { MeetingAgendaList } from './MeetingAgendaList.tsx';
import { MeetingFormModal } from './MeetingFormModal.tsx';
import { monthLabel, monthOf, monthRange, shiftMonth } from './meeting-calendar.ts';
import { MonthGrid } from './MonthGrid.tsx';
import { SeriesFormModal } from './SeriesFormModal.tsx';
import './meetings.css';

const statuses = ['scheduled', 'held', 'cancelled'] as const;
type Dialog = 'create' | 'series' | 'calendar' | null;

/** The list shows three months from the chosen one; the grid shows the chosen month. */
const listMonths = 3;

/** "Lịch họp": the working unit's meetings by month, with scheduling, the monthly series and the phone calendar. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const current = useCurrentUnit();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : todayInAppZone().slice(0, 7);
  const kind = (meetingKinds as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as MeetingKind) : undefined;
  const status = (statuses as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as MeetingSummary['status']) : undefined;
  const view = !isPhone && params.get('view') === 'grid' ? 'grid' : 'list';
  const [dialog, setDialog] = useState<Dialog>(null);
  const [clash, setClash] = useState<{ warnings: MeetingWarning[]; meetingIds: string[]; open?: string } | null>(null);
  const cancel = useCancelMeeting();

  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  };
  const range = { from: monthRange(month).from, to: monthRange(view === 'grid' ? month : shiftMonth(month, listMonths - 1)).to };
  const list = useMeetings(current.unitId ? { unitId: current.unitId, ...range, kind, status } : null);
  const meetings = list.data?.items ?? [];
  const mayOrganize = current.may('meeting.organize');
  const monthTitle = view === 'grid' ? monthLabel(month) : `${monthLabel(month)} – ${monthLabel(shiftMonth(month, listMonths - 1))}`;

  const afterSave = (warnings: MeetingWarning[], meetingIds: string[], open?: string) => {
    setDialog(null);
    if (warnings.length > 0) setClash({ warnings, meetingIds, open });
    else if (open) navigate(`/meetings/${open}`);
  };
  const undo = async () => {
    for (const id of clash?.meetingIds ?? []) await cancel.mutateAsync({ id, reason: t('meetings.clash.undoReason') });
    message.success(t('meetings.clash.undone'));
    setClash(null);
  };

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        subtitle={current.unit?.name}
        extra={
          <>
            {mayOrganize ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
                {t('meetings.create')}
              </Button>
            ) : null}
            {mayOrganize ? (
              <Button icon={<SyncOutlined />} onClick={() => setDialog('series')}>
                {t('meetings.series.button')}
              </Button>
            ) : null}
            <Button icon={<MobileOutlined />} onClick={() => setDialog('calendar')}>
              {t('meetings.calendar.button')}
            </Button>
          </>
        }
      />
      <Card>
        <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 16 }}>
          <Flex gap={4} align="center">
            <Button icon={<LeftOutlined />} aria-label={t('meetings.list.previous')} onClick={() => update({ month: shiftMonth(month, -1) })} />
            <Typography.Text strong style={{ minWidth: 120, textAlign: 'center' }}>
              {t('meetings.list.monthShort', { month: monthTitle })}
            </Typography.Text>
            <Button icon={<RightOutlined />} aria-label={t('meetings.list.next')} onClick={() => update({ month: shiftMonth(month, 1) })} />
            {month !== monthOf(new Date().toISOString()) ? (
              <Button type="link" onClick={() => update({ month: undefined })}>
                {t('meetings.list.thisMonth')}
              </Button>
            ) : null}
          </Flex>
          <Flex wrap gap={8} style={isPhone ? { width: '100%' } : undefined}>
            <Select
              allowClear
              aria-label={t('meetings.form.kind')}
              placeholder={t('meetings.list.allKinds')}
              value={kind}
              onChange={(value) => update({ kind: value })}
              options={meetingKinds.map((value) => ({ value, label: t(`meetings.kind.${value}`) }))}
              style={{ width: isPhone ? '100%' : 260 }}
              popupMatchSelectWidth={false}
            />
            <Select
              allowClear
              aria-label={t('meetings.list.status')}
              placeholder={t('meetings.list.allStatuses')}
              value={status}
              onChange={(value) => update({ status: value })}
              options={statuses.map((value) => ({ value, label: t(`meetings.status.${value}`) }))}
              style={{ width: isPhone ? '100%' : 170 }}
            />
            {isPhone ? null : (
              <Segmented
                value={view}
                onChange={(value) => update({ view: value === 'grid' ? 'grid' : undefined })}
                options={[
                  { value: 'list', label: t('meetings.list.agenda') },
                  { value: 'grid', label: t('meetings.list.grid'), icon: <CalendarOutlined /> },
                ]}
              />
            )}
          </Flex>
        </Flex>
        <ErrorAlert error={list.error} />
        {view === 'grid' ? <MonthGrid month={month} meetings={meetings} /> : <MeetingAgendaList meetings={meetings} loading={list.isFetching} />}
      </Card>
      {dialog === 'create' && current.unitId ? (
        <MeetingFormModal unitId={current.unitId} onClose={() => setDialog(null)} onSaved={(result) => afterSave(result.warnings, [result.meeting.id], result.meeting.id)} />
      ) : null}
      {dialog === 'series' && current.unitId ? (
        <SeriesFormModal
          unitId={current.unitId}
          onClose={() => setDialog(null)}
          onSaved={(result) => {
            message.success(t('meetings.series.created', { count: result.meetings.length, rule: result.series.ruleText }));
            afterSave(result.warnings, []);
          }}
        />
      ) : null}
      {dialog === 'calendar' ? <CalendarFeedModal unitId={current.unitId} onClose={() => setDialog(null)} /> : null}
      {clash ? (
        <ClashWarningModal
          warnings={clash.warnings}
          onAccept={() => {
            const open = clash.open;
            setClash(null);
            if (open) navigate(`/meetings/${open}`);
          }}
          onUndo={clash.meetingIds.length > 0 ? undo : undefined}
          undoText={t('meetings.clash.undo')}
        />
      ) : null}
    </>
  );
}
