import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldCard } from './FieldCard.tsx';
import { emptyField } from './template-form.ts';

/** The template's fields in order: add at the end, move up and down, remove. */
export function FieldList() {
  const { t } = useTranslation();
  return (
    <Form.List name="fields">
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <FieldCard key={field.key} index={index} count={fields.length} onMove={move} onRemove={() => remove(field.name)} />
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptyField())} style={{ alignSelf: 'flex-start' }}>
            {t('reportTemplates.fields.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
