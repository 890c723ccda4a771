import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExtractedTarget, PlanSources, SectionRole } from '../../../importer/types.ts';
import { Field, Traced } from './review-parts.tsx';
import type { ReviewSection } from './review-state.ts';

const roles: SectionRole[] = ['purpose', 'objectives', 'content', 'tasks', 'targets', 'implementation', 'appendix', 'other'];
const comparators = ['>=', '>', '=', '<=', '<'] as const;

interface SectionsCardProps {
  sections: ReviewSection[];
  sources: PlanSources['sections'];
  onChange: (sections: ReviewSection[]) => void;
}

/** The document's parts ("I. MỤC ĐÍCH, YÊU CẦU" …) with the role each plays. */
export function SectionsCard({ sections, sources, onChange }: SectionsCardProps) {
  const { t } = useTranslation();
  const set = (key: string, patch: Partial<ReviewSection>) => onChange(sections.map((section) => (section.key === key ? { ...section, ...patch } : section)));
  return (
    <Card title={<h2 className="plan-card-title">{t('planImport.sections')}</h2>} size="small" style={{ marginBottom: 16 }}>
      {sections.length === 0 ? <Typography.Paragraph type="secondary">{t('planImport.noSections')}</Typography.Paragraph> : null}
      {sections.map((section) => (
        <Traced key={section.key} id={`section.${section.key}`} span={sources[section.key] ?? null}>
          <Row gutter={8} style={{ marginBottom: 4 }}>
            <Col xs={6} sm={4}>
              <Field id={`section-${section.key}-code`} label={t('planImport.fields.sectionCode')}>
                <Input id={`section-${section.key}-code`} value={section.code} onChange={(event) => set(section.key, { code: event.target.value })} />
              </Field>
            </Col>
            <Col xs={18} sm={13}>
              <Field id={`section-${section.key}-title`} label={t('planImport.fields.sectionTitle')}>
                <Input id={`section-${section.key}-title`} value={section.title} onChange={(event) => set(section.key, { title: event.target.value })} />
              </Field>
            </Col>
            <Col xs={24} sm={7}>
              <Field id={`section-${section.key}-role`} label={t('planImport.fields.sectionRole')}>
                <Select id={`section-${section.key}-role`} value={section.role} options={roles.map((role) => ({ value: role, label: t(`planImport.roles.${role}`) }))} onChange={(role) => set(section.key, { role })} style={{ width: '100%' }} />
              </Field>
            </Col>
          </Row>
        </Traced>
      ))}
    </Card>
  );
}

interface TargetsCardProps {
  targets: ExtractedTarget[];
  sources: PlanSources['targets'];
  onChange: (targets: ExtractedTarget[]) => void;
}

const newTarget: ExtractedTarget = { text: '', comparator: '>=', value: 100, unit: 'percent', subject: null };

/** Targets read anywhere in the text ("100% …", "ít nhất 80% …"): the sentence and the figure measured. */
export function TargetsCard({ targets, sources, onChange }: TargetsCardProps) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<ExtractedTarget>) => onChange(targets.map((target, at) => (at === index ? { ...target, ...patch } : target)));
  return (
    <Card title={<h2 className="plan-card-title">{t('planImport.targets', { count: targets.length })}</h2>} size="small" style={{ marginBottom: 16 }}>
      {targets.map((target, index) => (
        <Traced key={index} id={`target.${index}`} span={sources[index] ?? null}>
          <Flex gap={8} align="start" style={{ marginBottom: 8 }}>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Field id={`target-${index}-text`} label={t('planImport.fields.targetText', { index: index + 1 })}>
                <Input.TextArea id={`target-${index}-text`} autoSize={{ minRows: 1, maxRows: 4 }} value={target.text} onChange={(event) => set(index, { text: event.target.value })} />
              </Field>
              <Flex gap={8} wrap>
                <Select aria-label={t('planImport.fields.comparator')} value={target.comparator} options={comparators.map((value) => ({ value, label: t(`planImport.comparators.${value}`) }))} onChange={(comparator) => set(index, { comparator })} style={{ minWidth: 120 }} />
                <InputNumber aria-label={t('planImport.fields.targetValue')} value={target.value} min={0} onChange={(value) => set(index, { value: value ?? 0 })} style={{ width: 96 }} />
                <Select aria-label={t('planImport.fields.targetUnit')} value={target.unit} options={(['percent', 'count'] as const).map((value) => ({ value, label: t(`planImport.units.${value}`) }))} onChange={(unit) => set(index, { unit })} style={{ minWidth: 100 }} />
              </Flex>
            </div>
            <Button icon={<DeleteOutlined />} aria-label={t('planImport.removeTarget', { index: index + 1 })} onClick={() => onChange(targets.filter((_, at) => at !== index))} style={{ marginTop: 28 }} />
          </Flex>
        </Traced>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...targets, newTarget])}>
        {t('planImport.addTarget')}
      </Button>
    </Card>
  );
}
