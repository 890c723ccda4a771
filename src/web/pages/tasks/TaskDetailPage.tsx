import { ApartmentOutlined, ArrowLeftOutlined, BranchesOutlined, FileAddOutlined, LinkOutlined, PaperClipOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, List, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { type AssignmentDetail, type ProgressReport, useAssignment, useImplementTask } from '../../api/assignments.ts';
import { useMe } from '../../api/auth.ts';
import { useUnitDetail } from '../../api/units.ts';
import { mayAt, unitChain } from '../../app/permissions.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { AssignmentActions } from './AssignmentActions.tsx';
import { periodText } from './period-text.ts';
import { ProgressReportModal } from './ProgressReportModal.tsx';
import { statusColors } from './task-colors.ts';
import { DueDate, HiddenPlans, PercentBar, StatusTag } from './TaskBadges.tsx';

/** One assignment: the task, when it is due, what was reported, and the plans that carry it out. */
export function TaskDetailPage() {
  const { t } = useTranslation();
  const { assignmentId } = useParams();
  const assignment = useAssignment(assignmentId);
  const [reporting, setReporting] = useState(false);
  const isPhone = useIsPhone();
  const data = assignment.data;

  return (
    <>
      <Link to="/tasks">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('tasks.backToList')}
        </Button>
      </Link>
      {assignment.isPending ? <Spin style={{ display: 'block' }} /> : null}
      <ErrorAlert error={assignment.error} />
      {data ? (
        <>
          <PageHeader
            title={`${data.task.code} ${data.task.title}`}
            subtitle={
              <Link to={`/documents/${data.document.id}`}>
                {data.document.numberLine ?? data.document.title} · {data.document.issuerName}
              </Link>
            }
            extra={<AssignmentActions assignment={data} onReport={() => setReporting(true)} size={isPhone ? 'large' : 'middle'} />}
          />
          <Flex vertical gap={16}>
            <Card title={t('tasks.detail.assignment')}>
              <AssignmentFacts data={data} />
              {data.task.description ? (
                <Typography.Paragraph style={{ marginTop: 16, whiteSpace: 'pre-wrap' }}>{data.task.description}</Typography.Paragraph>
              ) : null}
              <Flex wrap gap={8} style={{ marginTop: 16 }}>
                <Link to={`/documents/${data.document.id}/board`}>
                  <Button icon={<TableOutlined />}>{t('tasks.board.title')}</Button>
                </Link>
                <Link to={`/cascade/${data.task.id}`}>
                  <Button icon={<ApartmentOutlined />}>{t('tasks.cascade.open')}</Button>
                </Link>
              </Flex>
            </Card>
            <Card title={t('tasks.detail.history')}>
              <ReportHistory reports={data.reports} />
            </Card>
            <ImplementingPlans data={data} />
          </Flex>
          {reporting ? <ProgressReportModal assignment={data} onClose={() => setReporting(false)} /> : null}
        </>
      ) : null}
    </>
  );
}

function AssignmentFacts({ data }: { data: AssignmentDetail }) {
  const { t } = useTranslation();
  const { timeframe } = data.task;
  const notSet = t('common.notSet');
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'unit', label: t('tasks.detail.unit'), children: `${data.unit.name} (${t(`tasks.role.${data.role}`)})` },
        { key: 'timeframe', label: t('tasks.detail.timeframe'), children: timeframe.text ?? data.task.timeframeText ?? notSet },
        ...(data.period ? [{ key: 'period', label: t('tasks.periodFilter'), children: periodText(t, data.period) }] : []),
        { key: 'start', label: t('tasks.detail.start'), children: formatDate(data.startOn) || notSet },
        { key: 'due', label: t('tasks.due'), children: <DueDate dueOn={data.dueOn} dueState={data.dueState} /> },
        { key: 'status', label: t('tasks.statusLabel'), children: <StatusTag status={data.status} /> },
        { key: 'percent', label: t('tasks.progress'), children: <PercentBar percent={data.percent} status={data.status} /> },
        { key: 'acknowledged', label: t('tasks.detail.acknowledgedAt'), children: data.acknowledgedAt ? formatDateTime(data.acknowledgedAt) : t('tasks.notAcknowledged') },
        { key: 'reported', label: t('tasks.detail.lastReported'), children: data.lastReportedAt ? formatDateTime(data.lastReportedAt) : notSet },
      ]}
    />
  );
}

/** Newest report first, each with its note, links and files. */
function ReportHistory({ reports }: { reports: readonly ProgressReport[] }) {
  const { t } = useTranslation();
  if (reports.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.detail.noReports')} />;
  return (
    <Timeline
      items={reports.map((report) => ({
        key: report.id,
        color: statusColors[report.status],
        content: (
          <div>
            <Flex wrap gap={8} align="center">
              <Typography.Text strong>{formatDate(report.reportedOn)}</Typography.Text>
              <StatusTag status={report.status} />
              <Typography.Text>{report.percent}%</Typography.Text>
            </Flex>
            {report.note ? <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{report.note}</Typography.Paragraph> : null}
            {report.evidenceLinks.map((link) => (
              <div key={link}>
                <a href={link} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
                  <LinkOutlined /> {link}
                </a>
              </div>
            ))}
            {report.files.map((file) => (
              <div key={file.id}>
                <a href={`/api/v1/files/${file.id}`} style={{ overflowWrap: 'anywhere' }}>
                  <PaperClipOutlined /> {file.filename}
                </a>
              </div>
            ))}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {report.reportedBy ? t('tasks.detail.reportedBy', { name: report.reportedBy, time: formatDateTime(report.createdAt) }) : formatDateTime(report.createdAt)}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}

/** The lower plans carrying this task out, and for a unit that may draft, a new one. */
function ImplementingPlans({ data }: { data: AssignmentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const unit = useUnitDetail(data.unit.id);
  const implement = useImplementTask();
  const confirm = useConfirmedAction();
  const isPhone = useIsPhone();
  const mayDraft = Boolean(me.data && unit.data && mayAt(me.data.grants, unitChain(unit.data), 'document.draft'));
  return (
    <Card title={t('tasks.detail.implementedBy')}>
      {data.implementedBy.length === 0 && data.implementedByHidden === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.detail.noImplementing')} />
      ) : (
        <List
          dataSource={data.implementedBy}
          renderItem={(plan) => (
            <List.Item key={plan.taskId}>
              <List.Item.Meta
                avatar={<BranchesOutlined />}
                title={
                  <Flex wrap gap={8} align="center">
                    {/* A draft has no progress yet: it opens as a document, an issued plan on its board. */}
                    <Link to={plan.documentStatus === 'draft' ? `/documents/${plan.documentId}` : `/documents/${plan.documentId}/board`}>{plan.numberLine ?? plan.title}</Link>
                    {plan.documentStatus === 'draft' ? <Tag style={{ marginInlineEnd: 0 }}>{t('tasks.draft')}</Tag> : null}
                  </Flex>
                }
                description={`${plan.taskCode} · ${plan.title} · ${plan.unitName}`}
              />
            </List.Item>
          )}
          footer={data.implementedByHidden > 0 ? <HiddenPlans count={data.implementedByHidden} /> : undefined}
        />
      )}
      {mayDraft ? (
        <Button
          icon={<FileAddOutlined />}
          loading={implement.isPending}
          size={isPhone ? 'large' : 'middle'}
          block={isPhone}
          style={{ marginTop: 12 }}
          onClick={() =>
            confirm({
              title: t('tasks.detail.implement'),
              content: t('tasks.detail.implementConfirm', { unit: data.unit.name }),
              okText: t('tasks.detail.implement'),
              success: t('tasks.detail.implemented'),
              action: async () => {
                const plan = await implement.mutateAsync({ taskId: data.task.id, unitId: data.unit.id });
                navigate(`/documents/${plan.id}`);
              },
            })
          }
        >
          {t('tasks.detail.implement')}
        </Button>
      ) : null}
    </Card>
  );
}
