import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { planKinds } from '../../../domain/documents.ts';
import type { DocumentDetail } from '../../api/documents.ts';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatDate } from '../../format/dates.ts';

/** "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / Nguyễn Văn A", as the block is laid out under a document. */
function signatureLines(signature: DocumentDetail['signature']): string[] {
  if (!signature) return [];
  const capacityLine = [signature.capacity, signature.onBehalfOf].filter(Boolean).join(' ');
  return [capacityLine, signature.position ?? '', signature.signer ?? ''].filter(Boolean);
}

/** The registry facts of a document: type, date and place, roll-up, recipients, signature. */
export function DocumentInfo({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const notSet = <Typography.Text type="secondary">{t('common.notSet')}</Typography.Text>;
  const lines = (values: string[]) => (values.length > 0 ? values.map((value, index) => <div key={index}>{value}</div>) : notSet);
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: isPhone ? 110 : 160 } }}
      items={[
        { key: 'type', label: t('documents.detail.type'), children: `${doc.typeCode} – ${doc.typeName}` },
        { key: 'issuedOn', label: t('documents.detail.issuedOn'), children: formatDate(doc.issuedOn) || notSet },
        { key: 'place', label: t('documents.detail.place'), children: doc.place ?? notSet },
        ...(planKinds.includes(doc.kind) ? [{ key: 'rollup', label: t('documents.detail.rollupMethod'), children: t(`documents.rollup.${doc.rollupMethod}`) }] : []),
        { key: 'signature', label: t('documents.detail.signature'), children: lines(signatureLines(doc.signature)) },
        { key: 'recipients', label: t('documents.detail.recipients'), children: lines(doc.recipients) },
      ]}
    />
  );
}
