import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentPicker } from './DocumentPicker.tsx';

/** What an import read from a citation: kept with the basis, not shown. */
const carried = ['number', 'typeCode', 'issuerCode', 'issuedOn'] as const;

/** "Căn cứ / Thực hiện": documents this one rests on, linked when they are in the system, cited otherwise. */
export function BasesField({ known }: { known: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('documents.form.bases')} extra={t('documents.form.basesHint')}>
      <Form.List name="bases">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Card key={field.key} size="small">
                <Flex gap={8} align="start">
                  <Flex vertical gap={8} style={{ flex: 1, minWidth: 0 }}>
                    <Form.Item name={[field.name, 'documentId']} noStyle>
                      <DocumentPicker known={known} aria-label={t('documents.form.basisDocument', { index: index + 1 })} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'citation']} noStyle>
                      <Input.TextArea
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        maxLength={1000}
                        aria-label={t('documents.form.basisCitation', { index: index + 1 })}
                        placeholder={t('documents.form.basisCitationHint')}
                      />
                    </Form.Item>
                    {carried.map((key) => (
                      <Form.Item key={key} name={[field.name, key]} hidden noStyle>
                        <Input />
                      </Form.Item>
                    ))}
                  </Flex>
                  <Button icon={<DeleteOutlined />} aria-label={t('documents.form.removeBasis', { index: index + 1 })} onClick={() => remove(field.name)} />
                </Flex>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ documentId: null, citation: '' })} style={{ alignSelf: 'flex-start' }}>
              {t('documents.form.addBasis')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
