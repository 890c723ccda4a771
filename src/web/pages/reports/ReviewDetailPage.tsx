import { DeleteOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { type ReviewDetail, reviewDocxUrl, type UpdateReviewInput, useReview, useUpdateReview } from '../../api/reviews.ts';
import { formFieldErrors } from '../../api/problem.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useReportTemplate } from '../../api/report-templates.ts';
import { templateOf } from './report-form.ts';
import { periodText } from './report-periods.ts';
import { RollupFigures } from './RollupFigures.tsx';
import './reports.css';

/** One review document: its title and sections (heading and text) edited here, its figures, and the .docx. */
export function ReviewDetailPage() {
  const { id } = useParams<{ id: string }>();
  const review = useReview(id);
  if (!review.data) return review.isPending ? <Spin className="page-spinner" /> : <ErrorAlert error={review.error} />;
  return <ReviewEditor key={`${review.data.id}:${review.data.updatedAt}`} review={review.data} />;
}

function ReviewEditor({ review }: { review: ReviewDetail }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<UpdateReviewInput>();
  const update = useUpdateReview(review.id);
  const [error, setError] = useState<unknown>(null);
  const editable = review.allowed.edit;
  // The column labels of the figures' tables come from the template's definition.
  const template = useReportTemplate(review.templateId);
  const definition = template.data ? templateOf(template.data.definition) : undefined;

  const save = async (values: UpdateReviewInput) => {
    setError(null);
    try {
      await update.mutateAsync({ ...values, updatedAt: review.updatedAt });
      message.success(t('reports.reviews.saved'));
    } catch (failure) {
      setError(failure);
      form.setFields(formFieldErrors(failure).map((field) => ({ name: field.name as never, errors: field.errors })));
    }
  };

  return (
    <>
      <PageHeader
        title={review.title}
        subtitle={`${t(`reports.reviews.kinds.${review.kind}`)} · ${review.templateName} · ${periodText(review.fromPeriod)} – ${periodText(review.toPeriod)}`}
        extra={
          <Button icon={<DownloadOutlined />} href={reviewDocxUrl(review.id)} download>
            {t('reports.reviews.docx')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Form<UpdateReviewInput> form={form} layout="vertical" name="review" initialValues={{ title: review.title, sections: review.sections }} onFinish={(values) => void save(values)} disabled={!editable}>
        <Card size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="title" label={t('reports.reviews.docTitle')} rules={[{ required: true, whitespace: true, message: t('reports.reviews.titleRequired') }]}>
            <Input maxLength={500} />
          </Form.Item>
        </Card>
        <Form.List name="sections">
          {(sections, { add, remove }) => (
            <>
              {sections.map((section, index) => (
                <Card
                  key={section.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={t('reports.reviews.section', { number: index + 1 })}
                  extra={
                    editable && sections.length > 1 ? (
                      <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(section.name)} aria-label={t('reports.reviews.removeSection', { number: index + 1 })} />
                    ) : null
                  }
                >
                  <Form.Item name={[section.name, 'heading']} label={t('reports.reviews.heading')} rules={[{ required: true, whitespace: true, message: t('reports.reviews.headingRequired') }]}>
                    <Input maxLength={300} />
                  </Form.Item>
                  <Form.Item name={[section.name, 'text']} label={t('reports.reviews.text')}>
                    <Input.TextArea autoSize={{ minRows: 4, maxRows: 24 }} />
                  </Form.Item>
                </Card>
              ))}
              {editable ? (
                <Button icon={<PlusOutlined />} onClick={() => add({ heading: '', text: '' })} style={{ marginBottom: 12 }}>
                  {t('reports.reviews.addSection')}
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
        {editable ? (
          <Flex className="report-actions" gap={8}>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('reports.reviews.save')}
            </Button>
          </Flex>
        ) : null}
      </Form>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>
        {t('reports.reviews.figures')}
      </Typography.Title>
      <RollupFigures aggregate={review.figures} definition={definition} />
    </>
  );
}
