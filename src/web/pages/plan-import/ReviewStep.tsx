import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { emptyTimeframe } from '../../../domain/timeframe.ts';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../api/plan-imports.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { DocumentFields } from './DocumentFields.tsx';
import { type Trace, TraceContext } from './review-parts.tsx';
import { candidatesByName, initialReview, namesInUse, recodeTask, removeTask, type Review, type ReviewTask, taskDepths, unmatchedNames } from './review-state.ts';
import { SavePanel } from './SavePanel.tsx';
import { SectionsCard, TargetsCard } from './SectionsCard.tsx';
import { SourcePane } from './SourcePane.tsx';
import { type TaskActions, TaskItem } from './TaskItem.tsx';
import './plan-import.css';

interface ReviewStepProps {
  preview: ImportPreview;
  issuerUnitId: string | null;
  onBack: () => void;
}

/** The task codes as an array that stays the same while no code changes, so memoized tasks skip edits of other fields. */
function useStableCodes(tasks: readonly ReviewTask[]): readonly string[] {
  const joined = tasks.map((task) => task.code).join('\u0000');
  return useMemo(() => (joined ? joined.split('\u0000') : []), [joined]);
}

/** Step 2: the source text beside what was read from it; every field editable and traced to its lines. */
export function ReviewStep({ preview, issuerUnitId, onBack }: ReviewStepProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [review, setReview] = useState<Review>(() => initialReview(preview, issuerUnitId));
  const [trace, setTrace] = useState<Trace | null>(null);
  const [tab, setTab] = useState('structure');
  const lines = useMemo(() => preview.sourceText.split('\n'), [preview.sourceText]);
  const candidates = useMemo(() => candidatesByName(preview.unitMatches), [preview.unitMatches]);
  const codes = useStableCodes(review.tasks);
  const depths = useMemo(() => taskDepths(review.tasks), [review.tasks]);
  const unmatched = unmatchedNames(review);
  const update = useCallback((patch: Partial<Review> | ((current: Review) => Partial<Review>)) => setReview((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) })), []);

  const actions = useMemo<TaskActions>(() => {
    const setTask = (key: string, change: (task: ReviewTask) => ReviewTask) => update((current) => ({ tasks: current.tasks.map((task) => (task.key === key ? change(task) : task)) }));
    return {
      change: (key, patch) => setTask(key, (task) => ({ ...task, ...patch })),
      recode: (key, code) => update((current) => ({ tasks: recodeTask(current.tasks, key, code) })),
      remove: (key) => update((current) => ({ tasks: removeTask(current.tasks, key) })),
      map: (name, unitId) => update((current) => ({ mapping: { ...current.mapping, [name]: unitId } })),
      addUnit: (key, role, name, unitId) => {
        update((current) => ({ mapping: { ...current.mapping, [name]: unitId } }));
        setTask(key, (task) => (task[role].includes(name) ? task : { ...task, [role]: [...task[role], name] }));
      },
      dropName: (key, role, name) => setTask(key, (task) => ({ ...task, [role]: task[role].filter((other) => other !== name) })),
    };
  }, [update]);

  const added = useRef(0);
  const addTask = () => {
    added.current += 1;
    const task: ReviewTask = { key: `new-${added.current}`, code: '', parentCode: null, title: '', description: '', lead: [], partners: [], timeframe: emptyTimeframe() };
    update((current) => ({ tasks: [...current.tasks, task] }));
  };

  const traceValue = useMemo(() => ({ active: trace?.id ?? null, trace: setTrace }), [trace]);
  const highlight = trace?.span ?? null;
  const indent = isPhone ? 10 : 20;

  const structure = (
    <>
      {isPhone && highlight ? (
        <div className="plan-excerpt" role="note" aria-label={t('planImport.excerpt', { from: highlight.line, to: highlight.endLine })}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('planImport.excerpt', { from: highlight.line, to: highlight.endLine })}
          </Typography.Text>
          <div className="plan-excerpt-text">{lines.slice(highlight.line - 1, highlight.endLine).join(' ')}</div>
          <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={() => setTab('source')}>
            {t('planImport.showInSource')}
          </Button>
        </div>
      ) : null}
      {unmatched.length > 0 ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('planImport.unmatchedSummary', { count: unmatched.length })} description={t('planImport.unmatchedHint', { names: unmatched.map((name) => `“${name}”`).join(', ') })} />
      ) : namesInUse(review.tasks).length > 0 ? (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('planImport.allMatched')} />
      ) : null}
      <DocumentFields document={review.document} sources={preview.sources.document} onChange={(patch) => update((current) => ({ document: { ...current.document, ...patch } }))} />
      <SectionsCard sections={review.sections} sources={preview.sources.sections} onChange={(sections) => update({ sections })} />
      <Card title={<h2 className="plan-card-title">{t('planImport.tasks', { count: review.tasks.length })}</h2>} size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('planImport.tasksHint')}</Typography.Paragraph>
        {review.tasks.map((task, index) => (
          <TaskItem key={task.key} task={task} index={index} codes={codes} depth={depths.get(task.key) ?? 0} sources={preview.sources} mapping={review.mapping} candidates={candidates} indent={indent} actions={actions} />
        ))}
        <Button type="dashed" icon={<PlusOutlined />} onClick={addTask}>
          {t('planImport.addTask')}
        </Button>
      </Card>
      <TargetsCard targets={review.targets} sources={preview.sources.targets} onChange={(targets) => update({ targets })} />
      <SavePanel review={review} onChange={update} onBack={onBack} />
    </>
  );

  return (
    <TraceContext.Provider value={traceValue}>
      {isPhone ? (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'structure', label: t('planImport.structureTab'), children: structure },
            { key: 'source', label: t('planImport.sourceTab'), children: <SourcePane lines={lines} highlight={highlight} sticky={false} visible={tab === 'source'} /> },
          ]}
        />
      ) : (
        <Row gutter={16}>
          <Col span={10}>
            <Flex vertical gap={8} className="plan-source-desktop">
              <Typography.Text strong>{t('planImport.sourceTitleWithFile', { name: preview.fileName })}</Typography.Text>
              <SourcePane lines={lines} highlight={highlight} sticky visible />
            </Flex>
          </Col>
          <Col span={14}>{structure}</Col>
        </Row>
      )}
    </TraceContext.Provider>
  );
}
