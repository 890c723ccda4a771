import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldType } from '../../../domain/reports/template.ts';
import { CommonSettings } from './CommonSettings.tsx';
import { ItemHeader } from './ItemHeader.tsx';
import { LabelKeyInputs } from './LabelKeyInputs.tsx';
import { TypeSettings } from './TypeSettings.tsx';
import { type ColumnState, emptyColumn, type NamePath } from './template-form.ts';

const columnTypes: readonly FieldType[] = ['integer', 'percent', 'decimal', 'yes_no', 'choice', 'short_text'];

/** The columns of a table field (each a scalar with its own settings) and the table's row limits. */
export function ColumnsEditor({ index }: { index: number }) {
  const { t } = useTranslation();
  const fieldPath: NamePath = ['fields', index];
  const listPath = [...fieldPath, 'columns'];
  const columns: ColumnState[] = Form.useWatch(listPath) ?? [];
  return (
    <fieldset className="template-subgroup">
      <legend>
        <Typography.Text strong>{t('reportTemplates.columns.title')}</Typography.Text>
      </legend>
      <Form.List name={[index, 'columns']}>
        {(items, { add, remove, move }) => (
          <Flex vertical gap={8}>
            {items.map((item, at) => {
              const path = [...listPath, item.name];
              const labels = { index: at + 1 };
              return (
                <div key={item.key} className="template-column">
                  <ItemHeader
                    title={`${t('reportTemplates.columns.item', labels)}: ${columns[at]?.label || t('reportTemplates.fields.untitled')}`}
                    index={at}
                    count={items.length}
                    keepLast
                    labels={{ up: t('reportTemplates.columns.up', labels), down: t('reportTemplates.columns.down', labels), remove: t('reportTemplates.columns.remove', labels) }}
                    onMove={move}
                    onRemove={() => remove(item.name)}
                  />
                  <LabelKeyInputs
                    name={[item.name]}
                    path={path}
                    listPath={listPath}
                    labelText={t('reportTemplates.fields.label')}
                    keyText={t('reportTemplates.columns.key')}
                    keyHint={t('reportTemplates.fields.keyHint')}
                  />
                  <CommonSettings name={[item.name]} path={path} types={columnTypes} />
                  <TypeSettings name={[item.name]} path={path} type={columns[at]?.type ?? 'short_text'} />
                </div>
              );
            })}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptyColumn())} style={{ alignSelf: 'flex-start' }}>
              {t('reportTemplates.columns.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col xs={12} md={6}>
          <Form.Item name={[index, 'minRows']} label={t('reportTemplates.fields.minRows')}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[index, 'maxRows']} label={t('reportTemplates.fields.maxRows')}>
            <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </fieldset>
  );
}
