import { Alert, Button, Col, Flex, Form, InputNumber, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberLine } from '../../../domain/document-number.ts';
import { type DocumentDetail, useNextNumber } from '../../api/documents.ts';
import type { DocumentFormValues } from './document-form.ts';
import { typeOptions } from './options.ts';

const third = { xs: 24, sm: 8 };

/** Type, number and year, with the resulting "Số 30-KH/ĐUK" and the next free number of the register. */
export function RegisterFields({ draft }: { draft?: DocumentDetail }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<DocumentFormValues>();
  const issuerUnitId = Form.useWatch(['issuerUnitIds', 0], form) as string | null | undefined;
  const typeCode = Form.useWatch('typeCode', form);
  const year = Form.useWatch('year', form);
  const number = Form.useWatch('number', form);
  const issuedOn = Form.useWatch('issuedOn', form);
  const next = useNextNumber(issuerUnitId, typeCode, year);
  const suggestion = next.data;

  useEffect(() => {
    // A new draft takes the offered number until the user types another.
    if (!draft && suggestion && !form.isFieldTouched('number')) form.setFieldValue('number', suggestion.number);
  }, [draft, suggestion, form]);

  useEffect(() => {
    // A document is numbered in the register of the year it is issued.
    if (issuedOn && issuedOn.year() !== form.getFieldValue('year')) form.setFieldValue('year', issuedOn.year());
  }, [issuedOn, form]);

  // A draft keeps its own register (an imported one its own issuer code) while its first issuer stays.
  const kept = draft && draft.issuers[0]?.id === issuerUnitId ? draft : undefined;
  const register = kept ?? suggestion;
  const ownNumber = kept && kept.typeCode === typeCode && kept.year === year && kept.number === number;
  const offer = suggestion && suggestion.number !== number && !ownNumber ? suggestion : undefined;
  const numberLine = register && typeCode && number ? formatNumberLine({ number, typeCode, issuerCode: register.issuerCode }, register.notation) : null;

  return (
    <>
      <Row gutter={12}>
        <Col {...third}>
          <Form.Item name="typeCode" label={t('documents.form.typeCode')} rules={[{ required: true, message: t('errors.required') }]}>
            <Select options={typeOptions} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="number" label={t('documents.form.number')} extra={t('documents.form.numberHint')}>
            <InputNumber min={1} max={99_999} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="year" label={t('documents.form.year')} rules={[{ required: true, message: t('errors.required') }]}>
            <InputNumber min={1900} max={2200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {numberLine || offer ? (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={
            <Flex wrap gap={8} align="center" justify="space-between">
              <span>
                {numberLine ? t(suggestion?.number === number ? 'documents.form.symbolOffered' : 'documents.form.symbol', { numberLine }) : null}
                {offer ? <span style={{ display: 'block' }}>{t('documents.form.suggested', { symbol: offer.symbol })}</span> : null}
              </span>
              {offer ? (
                <Button size="small" onClick={() => form.setFieldValue('number', offer.number)}>
                  {t('documents.form.useSuggested')}
                </Button>
              ) : null}
            </Flex>
          }
        />
      ) : null}
    </>
  );
}
