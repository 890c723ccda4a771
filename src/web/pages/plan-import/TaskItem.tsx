import { DeleteOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Input, Row, Select, Typography } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recurrence, Timeframe } from '../../../domain/timeframe.ts';
import type { PlanSources } from '../../../importer/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { dayOf, isoDateOf } from '../../format/dates.ts';
import { recurrenceOptions } from '../documents/options.ts';
import { timeframeParts } from '../documents/timeframe-text.ts';
import { Field, Traced } from './review-parts.tsx';
import { type ReviewTask, taskSpan } from './review-state.ts';
import { type UnitRole, UnitNames } from './UnitNames.tsx';

export interface TaskActions {
  change: (key: string, patch: Partial<ReviewTask>) => void;
  recode: (key: string, code: string) => void;
  remove: (key: string) => void;
  map: (name: string, unitId: string | null) => void;
  addUnit: (key: string, role: UnitRole, name: string, unitId: string) => void;
  dropName: (key: string, role: UnitRole, name: string) => void;
}

interface TaskItemProps {
  task: ReviewTask;
  depth: number;
  /** Codes of all tasks in order; those before this one may be its parent. */
  codes: readonly string[];
  index: number;
  sources: PlanSources;
  mapping: Record<string, string | null>;
  candidates: ReadonlyMap<string, { id: string; name: string }[]>;
  indent: number;
  actions: TaskActions;
}

function DatesEditor({ task, actions }: { task: ReviewTask; actions: TaskActions }) {
  const { t } = useTranslation();
  const set = (patch: Partial<Timeframe>) => actions.change(task.key, { timeframe: { ...task.timeframe, ...patch } });
  const day = (key: 'start' | 'end' | 'deadline') => (
    <Col xs={12} sm={6} key={key}>
      <Field id={`task-${task.key}-${key}`} label={t(`planImport.task.${key}`)}>
        <DateField id={`task-${task.key}-${key}`} value={dayOf(task.timeframe[key])} onChange={(value) => set({ [key]: value ? isoDateOf(value) : null })} />
      </Field>
    </Col>
  );
  return (
    <Row gutter={8}>
      {day('start')}
      {day('end')}
      {day('deadline')}
      <Col xs={12} sm={6}>
        <Field id={`task-${task.key}-recurrence`} label={t('planImport.task.recurrence')}>
          <Select<Recurrence | 'none'>
            id={`task-${task.key}-recurrence`}
            value={task.timeframe.recurrence ?? 'none'}
            options={[{ value: 'none', label: t('planImport.task.noRecurrence') }, ...recurrenceOptions(t)]}
            onChange={(value) => set({ recurrence: value === 'none' ? null : value })}
            style={{ width: '100%' }}
          />
        </Field>
      </Col>
    </Row>
  );
}

/** One task of the tree: code, title, units (flagged when unmatched), timeframe; details on demand. */
export const TaskItem = memo(function TaskItem({ task, depth, codes, index, sources, mapping, candidates, indent, actions }: TaskItemProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unmatched = [...task.lead, ...task.partners].some((name) => !mapping[name]);
  const dates = timeframeParts({ ...task.timeframe, text: null }, t).join(', ');
  const names = (role: UnitRole) => (
    <UnitNames
      taskCode={task.code}
      role={role}
      names={role === 'lead' ? task.lead : task.partners}
      mapping={mapping}
      candidates={candidates}
      onMap={actions.map}
      onDrop={(name) => actions.dropName(task.key, role, name)}
    />
  );
  const adder = (role: UnitRole) => (
    <Col xs={24} sm={12} key={role}>
      <Field id={`task-${task.key}-add-${role}`} label={t(`planImport.task.add.${role}`)}>
        <UnitPicker id={`task-${task.key}-add-${role}`} value={null} onChange={(unitId, name) => unitId && name && actions.addUnit(task.key, role, name, unitId)} />
      </Field>
    </Col>
  );

  return (
    <article className={unmatched ? 'plan-task plan-task-unmatched' : 'plan-task'} style={{ marginInlineStart: depth * indent }} aria-label={t('planImport.task.label', { code: task.code })}>
      <Traced id={`task.${task.key}.title`} span={taskSpan(sources, task.key, 'title')}>
        <div className="plan-task-head">
          <Input className="plan-task-code" aria-label={t('planImport.task.code', { code: task.code })} value={task.code} onChange={(event) => actions.recode(task.key, event.target.value)} />
          <Input.TextArea
            className="plan-task-title"
            aria-label={t('planImport.task.title', { code: task.code })}
            autoSize={{ minRows: 1, maxRows: 10 }}
            value={task.title}
            status={task.title.trim() ? undefined : 'error'}
            onChange={(event) => actions.change(task.key, { title: event.target.value })}
            style={{ fontWeight: depth === 0 ? 600 : undefined }}
          />
          <Button className="plan-task-remove" danger type="text" icon={<DeleteOutlined />} aria-label={t('planImport.task.remove', { code: task.code })} onClick={() => actions.remove(task.key)} />
        </div>
      </Traced>
      <Traced id={`task.${task.key}.assignment`} span={taskSpan(sources, task.key, 'assignment')}>
        {names('lead')}
        {names('partners')}
      </Traced>
      <Traced id={`task.${task.key}.timeframe`} span={taskSpan(sources, task.key, 'timeframe')}>
        <Flex gap={8} align="center" wrap style={{ marginTop: 6 }}>
          <Input
            aria-label={t('planImport.task.timeframe', { code: task.code })}
            placeholder={t('planImport.task.timeframeHint')}
            value={task.timeframe.text ?? ''}
            onChange={(event) => actions.change(task.key, { timeframe: { ...task.timeframe, text: event.target.value || null } })}
            style={{ flex: '1 1 200px' }}
          />
          {dates ? <Typography.Text type="secondary">{dates}</Typography.Text> : null}
        </Flex>
      </Traced>
      <Button type="link" size="small" icon={open ? <UpOutlined /> : <DownOutlined />} aria-expanded={open} onClick={() => setOpen(!open)} style={{ paddingInline: 0 }}>
        {t(open ? 'planImport.task.lessDetails' : 'planImport.task.moreDetails')}
      </Button>
      {open ? (
        <Traced id={`task.${task.key}.details`} span={taskSpan(sources, task.key, 'task')}>
          <Field id={`task-${task.key}-description`} label={t('planImport.task.description')}>
            <Input.TextArea id={`task-${task.key}-description`} autoSize={{ minRows: 2, maxRows: 12 }} value={task.description} onChange={(event) => actions.change(task.key, { description: event.target.value })} />
          </Field>
          <Field id={`task-${task.key}-parent`} label={t('planImport.task.parent')}>
            <Select
              id={`task-${task.key}-parent`}
              value={task.parentCode ?? ''}
              options={[{ value: '', label: t('planImport.task.noParent') }, ...codes.slice(0, index).map((code) => ({ value: code, label: code }))]}
              onChange={(value) => actions.change(task.key, { parentCode: value || null })}
              style={{ width: '100%' }}
            />
          </Field>
          <DatesEditor task={task} actions={actions} />
          <Row gutter={8}>{(['lead', 'partners'] as const).map(adder)}</Row>
        </Traced>
      ) : null}
    </article>
  );
});
