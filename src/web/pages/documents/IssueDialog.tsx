import { Alert, Col, Form, InputNumber, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberLine } from '../../../domain/document-number.ts';
import { type DocumentDetail, useIssueDocument, useNextNumber } from '../../api/documents.ts';
import { DateField } from '../../components/DateField.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { dayOf, formatDate, isoDateOf, todayInAppZone } from '../../format/dates.ts';

interface Values {
  number?: number | null;
  issuedOn: Dayjs;
}

const half = { xs: 24, sm: 12 };

/** The register number the draft will be issued with, offered (the next free one) until the user types another. */
function IssueSummary({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const number = Form.useWatch('number', form);
  const issuedOn = Form.useWatch('issuedOn', form);
  const year = issuedOn?.year() ?? doc.year;
  const next = useNextNumber(doc.issuers[0]?.id, doc.typeCode, year);
  // A draft numbered for another year gets that year's next number, as the server would give it.
  const kept = doc.number !== null && doc.year === year ? doc.number : null;

  useEffect(() => {
    if (!form.isFieldTouched('number')) form.setFieldValue('number', kept ?? next.data?.number ?? null);
  }, [kept, next.data, form]);

  if (!number) return null;
  const numberLine = formatNumberLine({ number, typeCode: doc.typeCode, issuerCode: doc.issuerCode }, doc.notation);
  return (
    <Alert
      type="warning"
      showIcon
      title={issuedOn ? t('documents.issue.summary', { numberLine, date: formatDate(isoDateOf(issuedOn)) }) : t('documents.issue.summaryNoDate', { numberLine })}
    />
  );
}

/** "Ban hành": confirms the number and date; the document is frozen and a plan's units get their tasks. */
export function IssueDialog({ doc, onClose, onIssued }: { doc: DocumentDetail; onClose: () => void; onIssued: (doc: DocumentDetail) => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const issue = useIssueDocument();

  const submit = async (values: Values) => {
    const issued = await issue.mutateAsync({ id: doc.id, number: values.number ?? undefined, issuedOn: isoDateOf(values.issuedOn) });
    message.success(t('documents.issue.issued', { numberLine: issued.numberLine ?? '' }));
    onIssued(issued);
  };

  return (
    <FormModal<Values>
      title={t('documents.issue.title')}
      okText={t('documents.issue.submit')}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{ number: doc.number, issuedOn: dayOf(doc.issuedOn ?? todayInAppZone())! }}
    >
      <Typography.Paragraph>{t('documents.issue.intro')}</Typography.Paragraph>
      <Row gutter={12}>
        <Col {...half}>
          <Form.Item name="number" label={t('documents.issue.number')} rules={[{ required: true, message: t('errors.required') }]}>
            <InputNumber min={1} max={99_999} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="issuedOn" label={t('documents.issue.issuedOn')} rules={[{ required: true, message: t('errors.required') }]}>
            <DateField />
          </Form.Item>
        </Col>
      </Row>
      <IssueSummary doc={doc} />
    </FormModal>
  );
}
