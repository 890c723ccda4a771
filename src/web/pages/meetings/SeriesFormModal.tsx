import { Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlyRule } from '../../../domain/meeting-recurrence.ts';
import { type SeriesWithMeetings, useCreateSeries } from '../../api/meetings.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { DayField } from './DayField.tsx';
import { type Weekday, weekdaysMondayFirst } from './meeting-calendar.ts';
import { PlaceAndPeopleFields } from './PlaceAndPeopleFields.tsx';

interface SeriesValues {
  title?: string;
  ruleKind: MonthlyRule['kind'];
  day?: number;
  weekday?: number;
  week?: 1 | 2 | 3 | 4 | -1;
  timeOfDay: string;
  durationMinutes?: number;
  place?: string;
  presidingPersonId?: string | null;
  minuteTakerPersonId?: string | null;
  fromOn?: string;
  untilOn?: string;
}

const ruleOf = (values: Pick<SeriesValues, 'ruleKind' | 'day' | 'weekday' | 'week'>): MonthlyRule =>
  values.ruleKind === 'day_of_month' ? { kind: 'day_of_month', day: values.day ?? 5 } : { kind: 'weekday', weekday: values.weekday ?? 1, week: values.week ?? 1 };

const weeks = [1, 2, 3, 4, -1] as const;

/** "Lịch họp định kỳ": the monthly cell meeting on a fixed day, its meetings scheduled at once. */
export function SeriesFormModal({ unitId, onClose, onSaved }: { unitId: string; onClose: () => void; onSaved: (result: SeriesWithMeetings) => void }) {
  const { t } = useTranslation();
  const create = useCreateSeries();
  const ruleText = (rule: MonthlyRule) =>
    rule.kind === 'day_of_month'
      ? rule.day === -1
        ? t('meetings.series.lastDay')
        : t('meetings.series.dayRule', { day: rule.day })
      : t('meetings.series.weekdayRule', { weekday: t(`meetings.series.weekday.${rule.weekday as Weekday}`), week: t(`meetings.series.week.${rule.week}`) });

  const submit = async (values: SeriesValues) => {
    const result = await create.mutateAsync({
      unitId,
      kind: 'regular_cell',
      title: values.title?.trim() || undefined,
      rule: ruleOf(values),
      timeOfDay: values.timeOfDay,
      durationMinutes: values.durationMinutes ?? undefined,
      place: values.place?.trim() || null,
      presidingPersonId: values.presidingPersonId ?? null,
      minuteTakerPersonId: values.minuteTakerPersonId ?? null,
      fromOn: values.fromOn,
      untilOn: values.untilOn,
    });
    onSaved(result);
  };

  return (
    <FormModal<SeriesValues>
      title={t('meetings.series.title')}
      okText={t('meetings.series.create')}
      onCancel={onClose}
      onSubmit={submit}
      width={640}
      initialValues={{ ruleKind: 'day_of_month', day: 5, weekday: 1, week: 1, timeOfDay: '14:00', durationMinutes: 120 }}
    >
      <Typography.Paragraph type="secondary">{t('meetings.series.intro')}</Typography.Paragraph>
      <Form.Item name="title" label={t('meetings.form.title')} extra={t('meetings.series.titleHint')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="ruleKind" label={t('meetings.series.rule')}>
        <Radio.Group
          style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
          options={[
            { value: 'day_of_month', label: t('meetings.series.byDay') },
            { value: 'weekday', label: t('meetings.series.byWeekday') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['ruleKind', 'day', 'weekday', 'week']}>
        {({ getFieldsValue }) => {
          const values = getFieldsValue(['ruleKind', 'day', 'weekday', 'week']) as SeriesValues;
          return (
            <>
              {values.ruleKind === 'day_of_month' ? (
                <Form.Item name="day" label={t('meetings.series.day')}>
                  <Select options={[...Array.from({ length: 28 }, (_, index) => ({ value: index + 1, label: String(index + 1) })), { value: -1, label: t('meetings.series.lastDay') }]} style={{ width: 220 }} />
                </Form.Item>
              ) : (
                <Row gutter={12}>
                  <Col xs={12}>
                    <Form.Item name="weekday" label={t('meetings.series.weekdayLabel')}>
                      <Select options={weekdaysMondayFirst.map((day) => ({ value: day, label: t(`meetings.series.weekday.${day}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={12}>
                    <Form.Item name="week" label={t('meetings.series.weekLabel')}>
                      <Select options={weeks.map((week) => ({ value: week, label: t(`meetings.series.week.${week}`) }))} />
                    </Form.Item>
                  </Col>
                </Row>
              )}
              <Typography.Paragraph strong data-testid="series-rule-text">
                {ruleText(ruleOf(values))}
              </Typography.Paragraph>
            </>
          );
        }}
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item name="timeOfDay" label={t('meetings.form.startTime')} rules={[{ required: true, message: t('errors.required') }]}>
            <Input type="time" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="durationMinutes" label={t('meetings.series.duration')}>
            <InputNumber min={15} max={1440} step={15} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <PlaceAndPeopleFields unitId={unitId} />
      <Row gutter={12}>
        <Col xs={12}>
          <DayField name="fromOn" label={t('meetings.series.from')} />
        </Col>
        <Col xs={12}>
          <DayField name="untilOn" label={t('meetings.series.until')} />
        </Col>
      </Row>
      <Typography.Text type="secondary">{t('meetings.series.rangeHint')}</Typography.Text>
    </FormModal>
  );
}
