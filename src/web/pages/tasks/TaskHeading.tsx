import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AssignmentItem } from '../../api/assignments.ts';
import { periodText } from './period-text.ts';
import './tasks.css';

/** Code and title (opening the task), then the plan's number and the period or unit when they matter. */
export function TaskHeading({ item, showPlan, showUnit }: { item: AssignmentItem; showPlan: boolean; showUnit: boolean }) {
  const { t } = useTranslation();
  const facts = [
    showPlan ? (item.document.numberLine ?? item.document.title) : null,
    item.period ? periodText(t, item.period) : null,
    showUnit ? item.unit.shortName ?? item.unit.name : null,
    t(`tasks.role.${item.role}`),
  ].filter(Boolean);
  return (
    <div style={{ minWidth: 0 }}>
      <Link to={`/tasks/${item.id}`} className="assignment-title">
        <Typography.Text strong>{item.task.code}</Typography.Text> {item.task.title}
      </Link>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {facts.join(' · ')}
        </Typography.Text>
      </div>
    </div>
  );
}
