import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus } from '../../../domain/attendance.ts';
import type { MeetingKind } from '../../../domain/meeting-kinds.ts';
import type { TopicState } from '../../../domain/thematic-workflow.ts';
import type { MeetingSummary } from '../../api/meetings.ts';

const statusColors: Record<MeetingSummary['status'], string> = { scheduled: 'blue', held: 'green', cancelled: 'default' };
export const attendanceColors: Record<AttendanceStatus, string> = { present: 'green', late: 'gold', absent_excused: 'blue', absent_unexcused: 'red' };
const topicColors: Partial<Record<TopicState, string>> = { returned: 'orange', submitted: 'gold', approved: 'cyan', sent: 'blue', discussed: 'geekblue', finalized: 'purple', reported: 'green' };

export function MeetingKindTag({ kind }: { kind: MeetingKind }) {
  const { t } = useTranslation();
  return <Tag variant="outlined" style={{ whiteSpace: 'normal' }}>{t(`meetings.kind.${kind}`)}</Tag>;
}

export function MeetingStatusTag({ status }: { status: MeetingSummary['status'] }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`meetings.status.${status}`)}</Tag>;
}

export function AttendanceTag({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation();
  return <Tag color={attendanceColors[status]}>{t(`meetings.attendance.status.${status}`)}</Tag>;
}

export function TopicStateTag({ state }: { state: TopicState }) {
  const { t } = useTranslation();
  return <Tag color={topicColors[state] ?? 'default'} style={{ whiteSpace: 'normal' }}>{t(`meetings.topicState.${state}`)}</Tag>;
}
