import { TableOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Empty, Flex, List, Row, Spin, Tag, Tree, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type Cascade, type CascadeNode, type PendingUnit, useCascade } from '../../api/assignments.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate } from '../../format/dates.ts';
import { UnitAssignments } from '../board/AssignmentChips.tsx';
import { periodText } from '../tasks/period-text.ts';
import { FigureText, HiddenPlans } from '../tasks/TaskBadges.tsx';
import { assignmentsByUnit, cascadeSummary, flattenCascade } from './cascade-tree.ts';
import './cascade.css';

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}

/** "Cây cụ thể hóa": where a task comes from, how it is carried out below, and who is behind. */
export function CascadePage() {
  const { t } = useTranslation();
  const { taskId } = useParams();
  const cascade = useCascade(taskId);
  const data = cascade.data;

  return (
    <>
      {cascade.isPending ? <Spin /> : null}
      <ErrorAlert error={cascade.error} />
      {data ? (
        <>
          <PageHeader
            title={t('tasks.cascade.title')}
            subtitle={t('tasks.cascade.summary', cascadeSummary(data.tree))}
            extra={
              <Link to={`/documents/${data.tree.documentId}/board`}>
                <Button icon={<TableOutlined />}>{t('tasks.board.title')}</Button>
              </Link>
            }
          />
          <Flex vertical gap={16}>
            <Lineage lineage={data.lineage} />
            <Card title={t('tasks.cascade.tree')}>
              <Tree<TreeItem>
                className="cascade-tree"
                blockNode
                showLine
                selectable={false}
                defaultExpandedKeys={flattenCascade(data.tree).map((node) => node.taskId)}
                treeData={[treeData(data.tree)]}
              />
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24} md={12}>
                <PendingList title={t('tasks.cascade.notAcknowledged')} units={data.pending.notAcknowledged} />
              </Col>
              <Col xs={24} md={12}>
                <PendingList title={t('tasks.cascade.notReported')} units={data.pending.notReported} />
              </Col>
            </Row>
          </Flex>
        </>
      ) : null}
    </>
  );
}

function treeData(node: CascadeNode): TreeItem {
  return { key: node.taskId, title: <NodeTitle node={node} />, children: node.children.map(treeData) };
}

/** From the top task down to this one; each step opens its own cascade. */
function Lineage({ lineage }: { lineage: Cascade['lineage'] }) {
  const { t } = useTranslation();
  const current = lineage.at(-1);
  return (
    <Card size="small" title={t('tasks.cascade.lineage')}>
      <Breadcrumb
        items={lineage.map((step, index) => ({
          key: step.taskId,
          title:
            index === lineage.length - 1 ? (
              <span>
                {step.numberLine ?? step.documentTitle} · {step.code}
              </span>
            ) : (
              <Link to={`/cascade/${step.taskId}`} title={step.title}>
                {step.numberLine ?? step.documentTitle} · {step.code}
              </Link>
            ),
        }))}
      />
      {current ? (
        <Typography.Paragraph style={{ margin: '8px 0 0' }}>
          <Typography.Text strong>{current.code}</Typography.Text> {current.title}
          <br />
          <Typography.Text type="secondary">
            {current.documentTitle} · {current.issuerName}
          </Typography.Text>
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

function NodeTitle({ node }: { node: CascadeNode }) {
  const { t } = useTranslation();
  return (
    <div className="cascade-node">
      <div>
        {node.edge === 'implements' ? <Tag color="geekblue">{t('tasks.cascade.implements')}</Tag> : null}
        <Link to={`/cascade/${node.taskId}`}>
          <Typography.Text strong>{node.code}</Typography.Text> {node.title}
        </Link>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {node.documentStatus === 'draft' ? <Tag>{t('tasks.draft')}</Tag> : null}
        <Link to={`/documents/${node.documentId}/board`}>{node.numberLine ?? t('tasks.draft')}</Link> · {node.issuerName}
      </Typography.Text>
      <div>
        <FigureText figure={node.figure} />
      </div>
      {assignmentsByUnit(node.assignments).map((unit) => (
        <div key={unit.unitId} className="cascade-unit">
          <Typography.Text>{unit.unitName}</Typography.Text>
          <UnitAssignments assignments={unit.assignments} />
        </div>
      ))}
      <HiddenPlans count={node.implementedByHidden} />
    </div>
  );
}

function PendingList({ title, units }: { title: string; units: readonly PendingUnit[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={`${title} (${units.length})`}>
      {units.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.cascade.none')} />
      ) : (
        <List
          size="small"
          dataSource={units as PendingUnit[]}
          renderItem={(unit) => (
            <List.Item key={unit.assignmentId}>
              <div>
                <Link to={`/tasks/${unit.assignmentId}`}>{unit.unitName}</Link>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {[unit.taskCode, unit.period ? periodText(t, unit.period) : null, unit.dueOn ? t('tasks.dueOn', { date: formatDate(unit.dueOn) }) : null].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
