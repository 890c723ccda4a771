import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentReference, ExtractedDocument, PlanSources } from '../../../importer/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { dayOf, isoDateOf } from '../../format/dates.ts';
import { kindOptions, typeOptions } from '../documents/options.ts';
import { Field, Traced } from './review-parts.tsx';
import { spanOver } from './review-state.ts';

interface DocumentFieldsProps {
  document: ExtractedDocument;
  sources: PlanSources['document'];
  onChange: (patch: Partial<ExtractedDocument>) => void;
}

const half = { xs: 24, sm: 12 };
const third = { xs: 24, sm: 8 };

const emptyBasis: DocumentReference = { number: null, typeCode: null, issuerCode: null, issuedOn: null };
const orNull = (value: string) => (value.trim() === '' ? null : value);

/** The header read from the document: number, type, issuer, place and date, title, bases, recipients and signer. */
export function DocumentFields({ document: doc, sources, onChange }: DocumentFieldsProps) {
  const { t } = useTranslation();
  const signature = doc.signature ?? { capacity: null, position: null, signer: null };
  const setBasis = (index: number, patch: Partial<DocumentReference>) => onChange({ bases: doc.bases.map((basis, at) => (at === index ? { ...basis, ...patch } : basis)) });

  return (
    <>
      <Card title={<h2 className="plan-card-title">{t('planImport.header')}</h2>} size="small" style={{ marginBottom: 16 }}>
        <Traced id="document.title" span={sources.title}>
          <Field id="plan-title" label={t('planImport.fields.title')}>
            <Input.TextArea id="plan-title" autoSize={{ minRows: 1, maxRows: 4 }} value={doc.title} status={doc.title.trim() ? undefined : 'error'} onChange={(event) => onChange({ title: event.target.value })} />
          </Field>
        </Traced>
        <Row gutter={12}>
          <Col {...half}>
            <Traced id="document.kind" span={sources.kind}>
              <Field id="plan-kind" label={t('planImport.fields.kind')}>
                <Select id="plan-kind" value={doc.kind} options={kindOptions(t)} onChange={(kind) => onChange({ kind })} style={{ width: '100%' }} />
              </Field>
            </Traced>
          </Col>
          <Col {...half}>
            <Traced id="document.typeCode" span={sources.number ?? sources.kind}>
              <Field id="plan-type" label={t('planImport.fields.typeCode')}>
                <Select id="plan-type" value={doc.typeCode ?? undefined} allowClear options={typeOptions} showSearch={{ optionFilterProp: 'label' }} onChange={(typeCode) => onChange({ typeCode: typeCode ?? null })} style={{ width: '100%' }} />
              </Field>
            </Traced>
          </Col>
        </Row>
        <Traced id="document.number" span={sources.number}>
          <Row gutter={12}>
            <Col {...half}>
              <Field id="plan-number" label={t('planImport.fields.number')}>
                <Input id="plan-number" inputMode="numeric" value={doc.number ?? ''} onChange={(event) => onChange({ number: orNull(event.target.value) })} />
              </Field>
            </Col>
            <Col {...half}>
              <Field id="plan-issuer-code" label={t('planImport.fields.issuerCode')}>
                <Input id="plan-issuer-code" value={doc.issuerCode ?? ''} onChange={(event) => onChange({ issuerCode: orNull(event.target.value) })} />
              </Field>
            </Col>
          </Row>
        </Traced>
        <Traced id="document.placeAndDate" span={sources.placeAndDate}>
          <Row gutter={12}>
            <Col {...half}>
              <Field id="plan-place" label={t('planImport.fields.place')}>
                <Input id="plan-place" value={doc.place ?? ''} onChange={(event) => onChange({ place: orNull(event.target.value) })} />
              </Field>
            </Col>
            <Col {...half}>
              <Field id="plan-date" label={t('planImport.fields.issuedOn')}>
                <DateField id="plan-date" value={dayOf(doc.issuedOn)} onChange={(day) => onChange({ issuedOn: day ? isoDateOf(day) : null })} />
              </Field>
            </Col>
          </Row>
        </Traced>
      </Card>

      <Card title={<h2 className="plan-card-title">{t('planImport.bases')}</h2>} size="small" style={{ marginBottom: 16 }}>
        {doc.bases.length === 0 ? <Typography.Paragraph type="secondary">{t('planImport.noBases')}</Typography.Paragraph> : null}
        {doc.bases.map((basis, index) => (
          <Traced key={index} id={`document.bases.${index}`} span={sources.bases[index] ?? null}>
            <Flex gap={8} align="end" wrap style={{ marginBottom: 8 }} role="group" aria-label={t('planImport.basisLabel', { index: index + 1 })}>
              <Row gutter={8} style={{ flex: 1, minWidth: 0 }}>
                {(['number', 'typeCode', 'issuerCode'] as const).map((key) => (
                  <Col key={key} xs={8} sm={6}>
                    <Field id={`basis-${index}-${key}`} label={t(`planImport.fields.basis.${key}`)}>
                      <Input
                        id={`basis-${index}-${key}`}
                        aria-label={t('planImport.fields.basis.of', { field: t(`planImport.fields.basis.${key}`), index: index + 1 })}
                        value={basis[key] ?? ''}
                        onChange={(event) => setBasis(index, { [key]: orNull(event.target.value) })}
                      />
                    </Field>
                  </Col>
                ))}
                <Col xs={24} sm={6}>
                  <Field id={`basis-${index}-date`} label={t('planImport.fields.basis.issuedOn')}>
                    <DateField id={`basis-${index}-date`} value={dayOf(basis.issuedOn)} onChange={(day) => setBasis(index, { issuedOn: day ? isoDateOf(day) : null })} />
                  </Field>
                </Col>
              </Row>
              <Button icon={<DeleteOutlined />} style={{ marginBottom: 12 }} aria-label={t('planImport.removeBasis', { index: index + 1 })} onClick={() => onChange({ bases: doc.bases.filter((_, at) => at !== index) })} />
            </Flex>
          </Traced>
        ))}
        <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange({ bases: [...doc.bases, emptyBasis] })}>
          {t('planImport.addBasis')}
        </Button>
      </Card>

      <Card title={<h2 className="plan-card-title">{t('planImport.closing')}</h2>} size="small" style={{ marginBottom: 16 }}>
        <Traced id="document.recipients" span={spanOver(sources.recipients)}>
          <Field id="plan-recipients" label={t('planImport.fields.recipients')}>
            <Input.TextArea
              id="plan-recipients"
              autoSize={{ minRows: 2, maxRows: 8 }}
              value={doc.recipients.join('\n')}
              placeholder={t('planImport.fields.recipientsHint')}
              onChange={(event) => onChange({ recipients: event.target.value.split('\n') })}
              onBlur={() => onChange({ recipients: doc.recipients.map((line) => line.trim()).filter(Boolean) })}
            />
          </Field>
        </Traced>
        <Traced id="document.signature" span={sources.signature}>
          <Row gutter={12}>
            {(['capacity', 'position', 'signer'] as const).map((key) => (
              <Col key={key} {...third}>
                <Field id={`plan-signature-${key}`} label={t(`planImport.fields.signature.${key}`)}>
                  <Input id={`plan-signature-${key}`} value={signature[key] ?? ''} onChange={(event) => onChange({ signature: { ...signature, [key]: orNull(event.target.value) } })} />
                </Field>
              </Col>
            ))}
          </Row>
        </Traced>
      </Card>
    </>
  );
}
