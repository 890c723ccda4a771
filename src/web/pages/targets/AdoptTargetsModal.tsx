import { Alert, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdoptTargets } from '../../api/targets.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { DocumentPicker } from '../documents/DocumentPicker.tsx';

/** "Lấy chỉ tiêu từ kế hoạch": the targets read from an issued plan become measured targets; the rest are listed. */
export function AdoptTargetsModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const adopt = useAdoptTargets();
  const [documentId, setDocumentId] = useState<string | null>(null);
  const result = adopt.data;

  const submit = async () => {
    if (!documentId) return;
    const outcome = await adopt.mutateAsync(documentId).catch(() => null);
    if (outcome && outcome.unmatched.length === 0 && outcome.created.length > 0) {
      feedback.message.success(t('targets.adopt.created', { count: outcome.created.length }));
      onClose();
    }
  };

  return (
    <Modal
      open
      title={t('targets.adopt.title')}
      okText={t('targets.adopt.submit')}
      cancelText={t('common.close')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ disabled: !documentId, loading: adopt.isPending }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('targets.adopt.intro')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('targets.adopt.document')} htmlFor="adopt-document">
          <DocumentPicker
            id="adopt-document"
            aria-label={t('targets.adopt.document')}
            value={documentId}
            onChange={(next) => {
              adopt.reset();
              setDocumentId(next);
            }}
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={adopt.error} />
      {result ? (
        <Alert
          type={result.created.length > 0 ? 'success' : 'info'}
          showIcon
          title={result.created.length > 0 ? t('targets.adopt.created', { count: result.created.length }) : t('targets.adopt.noneFound')}
          description={
            result.unmatched.length > 0 ? (
              <>
                {t('targets.adopt.unmatched', { count: result.unmatched.length })}
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {result.unmatched.map((item, index) => (
                    <li key={index}>{item.text}</li>
                  ))}
                </ul>
              </>
            ) : undefined
          }
        />
      ) : null}
    </Modal>
  );
}
