import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProposeTopics, useTopicCatalogue } from '../../api/meetings.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { formatDate } from '../../format/dates.ts';
import { DayField } from './DayField.tsx';
import { quarterBounds } from './topic-plan.ts';

interface ProposedRow {
  quarter: number;
  source: 'catalogue' | 'own';
  catalogueItemId?: string;
  title?: string;
  plannedOn?: string;
}

/**
 * "Chọn chuyên đề": the cell committee proposes topics for the year ("ít nhất 04 chuyên đề,
 * 01 lần/01 quý"), each from the higher unit's suggested list or in its own words.
 */
export function ProposeTopicsModal({ unitId, year, missingQuarters, onClose }: { unitId: string; year: number; missingQuarters: readonly number[]; onClose: () => void }) {
  const { t } = useTranslation();
  const propose = useProposeTopics();
  const catalogue = useTopicCatalogue(unitId, year, true);
  const items = catalogue.data ?? [];
  const sections = [...new Set(items.map((item) => item.section))];
  const catalogueOptions = sections.map((section) => ({
    label: section,
    title: section,
    options: items.filter((item) => item.section === section).map((item) => ({ value: item.id, label: item.title })),
  }));
  const quarters = missingQuarters.length > 0 ? missingQuarters : [1];

  const submit = async (values: { topics: ProposedRow[] }) => {
    await propose.mutateAsync({
      unitId,
      year,
      topics: values.topics.map((row) => ({
        quarter: row.quarter,
        catalogueItemId: row.source === 'catalogue' ? row.catalogueItemId : undefined,
        title: row.source === 'own' ? row.title?.trim() : undefined,
        plannedOn: row.plannedOn,
      })),
    });
    onClose();
  };

  return (
    <FormModal<{ topics: ProposedRow[] }>
      title={t('meetings.topics.proposeTitle', { year })}
      okText={t('meetings.topics.propose')}
      onCancel={onClose}
      onSubmit={submit}
      width={760}
      initialValues={{ topics: quarters.map((quarter) => ({ quarter, source: items.length > 0 ? 'catalogue' : 'own' })) }}
    >
      <Typography.Paragraph type="secondary">{t('meetings.topics.proposeIntro')}</Typography.Paragraph>
      <Form.List name="topics">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <fieldset key={field.key} className="meeting-guests" style={{ marginBottom: 12 }}>
                <legend>{t('meetings.topics.row', { index: index + 1 })}</legend>
                <Row gutter={12}>
                  <Col xs={10} sm={6}>
                    <Form.Item name={[field.name, 'quarter']} label={t('meetings.topics.quarter')}>
                      <Select options={[1, 2, 3, 4].map((quarter) => ({ value: quarter, label: t('meetings.topics.quarterOption', { quarter }) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={14} sm={18}>
                    <Form.Item name={[field.name, 'source']} label={t('meetings.topics.source')}>
                      <Radio.Group
                        options={[
                          { value: 'catalogue', label: t('meetings.topics.fromCatalogue'), disabled: items.length === 0 },
                          { value: 'own', label: t('meetings.topics.own') },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item noStyle dependencies={[['topics', field.name, 'source'], ['topics', field.name, 'quarter']]}>
                  {({ getFieldValue }) => {
                    const row = getFieldValue(['topics', field.name]) as ProposedRow;
                    const bounds = quarterBounds(year, row.quarter);
                    return (
                      <>
                        {row.source === 'catalogue' ? (
                          <Form.Item name={[field.name, 'catalogueItemId']} label={t('meetings.topics.catalogueItem')} rules={[{ required: true, message: t('errors.required') }]}>
                            <Select showSearch={{ optionFilterProp: 'label' }} options={catalogueOptions} loading={catalogue.isPending} optionRender={(option) => <span style={{ whiteSpace: 'normal' }}>{option.label}</span>} />
                          </Form.Item>
                        ) : (
                          <Form.Item name={[field.name, 'title']} label={t('meetings.topics.ownTitle')} rules={[{ required: true, whitespace: true, message: t('errors.required') }]}>
                            <Input.TextArea autoSize maxLength={1000} />
                          </Form.Item>
                        )}
                        <Row gutter={12} align="bottom">
                          <Col xs={20} sm={10}>
                            <DayField name={[field.name, 'plannedOn']} label={t('meetings.topics.plannedOn')} />
                          </Col>
                          <Col xs={4} sm={14} style={{ paddingBottom: 24 }}>
                            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('meetings.topics.removeRow', { index: index + 1 })} onClick={() => remove(field.name)} disabled={fields.length === 1} />
                          </Col>
                        </Row>
                        <Typography.Text type="secondary">{t('meetings.topics.plannedHint', { from: formatDate(bounds.from), to: formatDate(bounds.to) })}</Typography.Text>
                      </>
                    );
                  }}
                </Form.Item>
              </fieldset>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ quarter: 1, source: items.length > 0 ? 'catalogue' : 'own' })} disabled={fields.length >= 12}>
              {t('meetings.topics.addRow')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
