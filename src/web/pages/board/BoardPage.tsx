import { CalculatorOutlined, FieldTimeOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Progress, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { progressStatuses } from '../../../domain/task-status.ts';
import { fetchTasksWorkbook, type Board, useBoard } from '../../api/assignments.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { saveFile } from '../../components/download.ts';
import { useFeedback } from '../../components/feedback.tsx';
import { useErrorText } from '../../components/use-error-text.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { type BoardStatusFilter, boardUnits, filterBoard } from './board-filter.ts';
import { BoardRows } from './BoardRows.tsx';

/** "Theo dõi thực hiện kế hoạch": the plan's task tree, each unit's status, the rolled-up figures. */
export function BoardPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const board = useBoard(id);
  const [unitId, setUnitId] = useState<string | undefined>();
  const [status, setStatus] = useState<BoardStatusFilter | undefined>();
  const data = board.data;

  return (
    <>
      {board.isPending ? <Spin /> : null}
      <ErrorAlert error={board.error} />
      {data ? (
        <>
          <PageHeader title={t('tasks.board.title')} subtitle={`${data.document.numberLine ?? ''} ${data.document.title}`.trim()} extra={<BoardLinks data={data} />} />
          <Flex vertical gap={16}>
            <PlanFigure data={data} />
            <Card>
              <Flex wrap gap={8} style={{ marginBottom: 12 }}>
                <Select<string>
                  aria-label={t('tasks.board.unitFilter')}
                  value={unitId ?? 'all'}
                  onChange={(value) => setUnitId(value === 'all' ? undefined : value)}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={[{ value: 'all', label: t('tasks.board.allUnits') }, ...boardUnits(data.tasks).map((unit) => ({ value: unit.unitId, label: unit.name }))]}
                  style={{ flex: '1 1 260px', minWidth: 0 }}
                />
                <Select<BoardStatusFilter | 'all'>
                  aria-label={t('tasks.statusLabel')}
                  value={status ?? 'all'}
                  onChange={(value) => setStatus(value === 'all' ? undefined : value)}
                  options={[
                    { value: 'all', label: t('tasks.anyStatus') },
                    ...progressStatuses.map((value) => ({ value, label: t(`tasks.status.${value}`) })),
                    { value: 'overdue', label: t('tasks.dueState.overdue') },
                  ]}
                  style={{ flex: '1 1 200px', minWidth: 0 }}
                />
              </Flex>
              <BoardRows rows={filterBoard(data.tasks, { unitId, status })} filtered={Boolean(unitId || status)} />
            </Card>
          </Flex>
        </>
      ) : null}
    </>
  );
}

function BoardLinks({ data }: { data: Board }) {
  const { t, i18n } = useTranslation();
  const { message } = useFeedback();
  const errorText = useErrorText();
  const [exporting, setExporting] = useState(false);
  const exportWorkbook = async () => {
    setExporting(true);
    try {
      const workbook = await fetchTasksWorkbook(data.document.id, i18n.language);
      saveFile(`${t('tasks.board.fileName')} ${data.document.numberLine ?? data.document.title}.xlsx`.replace(/[\\/:*?"<>|]+/g, '-'), workbook);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setExporting(false);
    }
  };
  return (
    <>
      <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportWorkbook()}>
        {t('tasks.board.export')}
      </Button>
      <Link to={`/documents/${data.document.id}/timeline`}>
        <Button icon={<FieldTimeOutlined />}>{t('tasks.timeline.title')}</Button>
      </Link>
      <Link to={`/documents/${data.document.id}`}>
        <Button icon={<FileTextOutlined />}>{t('tasks.board.document')}</Button>
      </Link>
    </>
  );
}

/** The plan's own figure, with how it was combined. */
function PlanFigure({ data }: { data: Board }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { figure, document } = data;
  return (
    <Card size="small" role="region" aria-label={t('tasks.board.planFigure')}>
      <Flex align="center" gap={16}>
        <Progress type="circle" size={isPhone ? 64 : 80} percent={figure.percent ?? 0} format={() => (figure.percent === null ? '–' : `${figure.percent}%`)} />
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary">{t('tasks.board.planFigure')}</Typography.Text>
          <div>
            <Typography.Text strong>{t('tasks.doneOf', { done: figure.done, total: figure.total })}</Typography.Text>
          </div>
          <Typography.Text>
            <CalculatorOutlined /> {t('tasks.board.method', { method: t(`tasks.rollup.${document.rollupMethod}`) })}
          </Typography.Text>
        </div>
      </Flex>
    </Card>
  );
}
