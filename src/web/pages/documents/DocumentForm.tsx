import { useQueryClient } from '@tanstack/react-query';
import { Col, Divider, Form, Input, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { kindOfType, planKinds } from '../../../domain/documents.ts';
import { roleAllows } from '../../../domain/roles.ts';
import { useMe } from '../../api/auth.ts';
import { type DocumentDetail, nextNumberQuery, useCreateDocument, useUpdateDocument } from '../../api/documents.ts';
import { DateField } from '../../components/DateField.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { todayInAppZone } from '../../format/dates.ts';
import { BasesField } from './BasesField.tsx';
import { documentBody, documentFormValues, type DocumentFormValues } from './document-form.ts';
import { documentLabel } from './DocumentPicker.tsx';
import { capacityOptions, rollupOptions } from './options.ts';
import { RegisterFields } from './RegisterFields.tsx';
import { UnitListField } from './UnitListField.tsx';

const half = { xs: 24, sm: 12 };

interface DocumentFormProps {
  /** The draft to edit; a new draft without it. */
  document?: DocumentDetail;
  /** The first issuer of a new draft (the working unit). */
  issuerUnitId?: string | null;
  onClose: () => void;
  onSaved: (doc: DocumentDetail) => void;
}

/** Drafts a document or edits a draft: issuers, register number, subject, signature, bases. */
export function DocumentForm({ document: doc, issuerUnitId = null, onClose, onSaved }: DocumentFormProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const queryClient = useQueryClient();
  const grants = useMe().data?.grants ?? [];
  const create = useCreateDocument();
  const update = useUpdateDocument();
  const pinned = useMemo(() => grants.filter((grant) => roleAllows(grant.role, 'document.draft')).map((grant) => ({ id: grant.unitId, name: grant.unitName })), [grants]);
  const known = useMemo(() => new Map((doc?.bases ?? []).flatMap((basis) => (basis.document ? [[basis.document.id, documentLabel(basis.document)] as const] : []))), [doc]);
  const initialValues = useMemo(() => documentFormValues(doc, { issuerUnitId, year: Number(todayInAppZone().slice(0, 4)) }), [doc, issuerUnitId]);

  const submit = async (values: DocumentFormValues) => {
    const primary = values.issuerUnitIds.find(Boolean);
    // A draft given another first issuer takes that unit's issuer code and notation ("ĐUK", Party
    // form); a new draft gets them from the server itself.
    const register = doc && primary && doc.issuers[0]?.id !== primary ? await queryClient.fetchQuery(nextNumberQuery(primary, values.typeCode, values.year)) : undefined;
    const body = documentBody(values, register, doc?.typeCode);
    const saved = doc ? await update.mutateAsync({ id: doc.id, ...body }) : await create.mutateAsync(body);
    message.success(doc ? t('common.saved') : t('documents.created', { title: saved.title }));
    onSaved(saved);
  };

  return (
    <FormModal<DocumentFormValues> title={doc ? t('documents.form.editTitle') : t('documents.form.createTitle')} width={760} onCancel={onClose} onSubmit={submit} initialValues={initialValues}>
      <UnitListField
        name="issuerUnitIds"
        label={t('documents.form.issuers')}
        extra={t('documents.form.issuersHint')}
        addText={t('documents.form.addIssuer')}
        itemLabel={(index) => t('documents.form.issuerLabel', { index })}
        removeLabel={(index) => t('documents.form.removeIssuer', { index })}
        pinned={pinned}
        required={t('errors.required')}
      />
      <RegisterFields draft={doc} />
      <Row gutter={12}>
        <Col {...half}>
          <Form.Item name="issuedOn" label={t('documents.form.issuedOn')}>
            <DateField />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="place" label={t('documents.form.place')}>
            <Input maxLength={200} placeholder={t('documents.form.placeHint')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('documents.form.title')} rules={[{ required: true, whitespace: true, message: t('errors.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      <Form.Item noStyle dependencies={['typeCode']}>
        {({ getFieldValue }) => {
          const typeCode = getFieldValue('typeCode') as string | undefined;
          const kind = doc && doc.typeCode === typeCode ? doc.kind : kindOfType(typeCode ?? '');
          return planKinds.includes(kind) ? (
            <Form.Item name="rollupMethod" label={t('documents.form.rollupMethod')}>
              <Select options={rollupOptions(t)} />
            </Form.Item>
          ) : null;
        }}
      </Form.Item>
      <Form.Item name="recipients" label={t('documents.form.recipients')} extra={t('documents.form.recipientsHint')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('documents.form.signature')}
      </Divider>
      <Row gutter={12}>
        <Col {...half}>
          <Form.Item name={['signature', 'capacity']} label={t('documents.form.capacity')}>
            <Select allowClear placeholder={t('documents.form.noCapacity')} options={capacityOptions(t)} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={['signature', 'onBehalfOf']} label={t('documents.form.onBehalfOf')}>
            <Input maxLength={200} placeholder={t('documents.form.onBehalfOfHint')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={['signature', 'position']} label={t('documents.form.position')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={['signature', 'signer']} label={t('documents.form.signer')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <BasesField known={known} />
    </FormModal>
  );
}
