import { Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCreateReview, type CreateReviewInput } from '../../api/reviews.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { thisYear } from '../meetings/YearSelect.tsx';
import { TemplateSelect, useTemplateSchedule } from './ReportPickers.tsx';

type Values = Omit<CreateReviewInput, 'unitId'>;

/** Generates a draft review (sơ kết, tổng kết) of a template's reports over a span of periods, then opens it. */
export function CreateReviewModal({ unitId, onClose }: { unitId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateReview();
  return (
    <FormModal<Values>
      title={t('reports.reviews.create')}
      okText={t('reports.reviews.generate')}
      onCancel={onClose}
      initialValues={{ kind: 'so_ket' }}
      onSubmit={async (values) => {
        const review = await create.mutateAsync({ ...values, unitId });
        navigate(`/reports/reviews/${review.id}`);
      }}
    >
      <ReviewFields unitId={unitId} />
    </FormModal>
  );
}

/** Inside the dialog's form: the periods offered follow the chosen template. */
function ReviewFields({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const templateId = Form.useWatch('templateId', form);
  const year = thisYear();
  // Five years back: a term of office (nhiệm kỳ) is reviewed at its end.
  const { periods } = useTemplateSchedule(templateId, [year - 4, year - 3, year - 2, year - 1, year]);
  const options = periods.map((period) => ({ value: period.period, label: period.label }));

  return (
    <>
      <Form.Item name="kind" label={t('reports.reviews.kind')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={[{ value: 'so_ket', label: t('reports.reviews.kinds.so_ket') }, { value: 'tong_ket', label: t('reports.reviews.kinds.tong_ket') }]} />
      </Form.Item>
      <Form.Item name="templateId" label={t('reports.fields.template')} rules={[{ required: true, message: t('reports.pickTemplate') }]}>
        <TemplateSelectField unitId={unitId} onPicked={() => form.setFieldsValue({ fromPeriod: undefined, toPeriod: undefined })} />
      </Form.Item>
      <Form.Item name="fromPeriod" label={t('reports.reviews.from')} rules={[{ required: true, message: t('reports.reviews.pickPeriod') }]}>
        <Select options={options} disabled={options.length === 0} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item
        name="toPeriod"
        label={t('reports.reviews.to')}
        dependencies={['fromPeriod']}
        rules={[
          { required: true, message: t('reports.reviews.pickPeriod') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) => {
              const from = periods.findIndex((period) => period.period === getFieldValue('fromPeriod'));
              const to = periods.findIndex((period) => period.period === value);
              return from < 0 || to < 0 || to >= from ? Promise.resolve() : Promise.reject(new Error(t('reports.reviews.toBeforeFrom')));
            },
          }),
        ]}
      >
        <Select options={options} disabled={options.length === 0} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
    </>
  );
}

/** The template picker as a form control: Form.Item hands it the value and the change handler. */
function TemplateSelectField({ unitId, value, onChange, onPicked }: { unitId: string; value?: string; onChange?: (id: string | undefined) => void; onPicked: () => void }) {
  return (
    <TemplateSelect
      unitId={unitId}
      value={value}
      onChange={(id) => {
        onChange?.(id);
        onPicked();
      }}
    />
  );
}
