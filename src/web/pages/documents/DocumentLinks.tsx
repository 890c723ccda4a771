import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DocumentBasis, DocumentDetail } from '../../api/documents.ts';
import { formatDate } from '../../format/dates.ts';
import { documentLabel } from './DocumentPicker.tsx';
import { DocumentStatusTag } from './DocumentStatusTag.tsx';

/** A basis not in the system, as the document cites it; without a citation, the parts of its number and its date. */
function citedBasis(basis: DocumentBasis): string {
  if (basis.citation) return basis.citation;
  return [[basis.typeCode, basis.number, basis.issuerCode].filter(Boolean).join(' '), formatDate(basis.issuedOn)].filter(Boolean).join(' – ');
}

/** A titled card listing short entries. */
export function ListCard({ title, empty, items }: { title: string; empty: string; items: { key: string; content: ReactNode }[] }) {
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      ) : (
        <Flex vertical gap={8} component="ul" style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((item) => (
            <li key={item.key}>{item.content}</li>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** "Căn cứ" (up the cascade) and the documents implementing this one (down it), each linked when readable. */
export function DocumentLinks({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <ListCard
        title={t('documents.detail.bases')}
        empty={t('documents.detail.noBases')}
        items={doc.bases.map((basis) => ({
          key: basis.id,
          content: basis.document ? (
            <>
              <Link to={`/documents/${basis.document.id}`}>{documentLabel(basis.document)}</Link>
              {basis.citation && basis.citation !== basis.document.title ? <Typography.Text type="secondary" style={{ display: 'block' }}>{basis.citation}</Typography.Text> : null}
            </>
          ) : (
            citedBasis(basis)
          ),
        }))}
      />
      <ListCard
        title={t('documents.detail.implementedBy')}
        empty={t('documents.detail.noImplementedBy')}
        items={doc.implementedBy.map((implementer) => ({
          key: implementer.id,
          content: (
            <>
              <Link to={`/documents/${implementer.id}`}>{documentLabel(implementer)}</Link>{' '}
              <DocumentStatusTag status={implementer.status} />
              <Typography.Text type="secondary" style={{ display: 'block' }}>{implementer.issuerName}</Typography.Text>
            </>
          ),
        }))}
      />
    </>
  );
}
