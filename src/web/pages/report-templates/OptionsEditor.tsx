import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LabelKeyInputs } from './LabelKeyInputs.tsx';
import { emptyOption, type NamePath } from './template-form.ts';

/** The options of a choice field or column: label and key each, at least one. */
export function OptionsEditor({ name, path }: { name: NamePath; path: NamePath }) {
  const { t } = useTranslation();
  const listPath = [...path, 'options'];
  return (
    <fieldset className="template-subgroup">
      <legend>
        <Typography.Text strong>{t('reportTemplates.options.title')}</Typography.Text>
      </legend>
      <Form.List name={[...name, 'options']}>
        {(options, { add, remove }) => (
          <Flex vertical gap={4}>
            {options.map((option, index) => (
              <Flex key={option.key} gap={8} align="start">
                <div style={{ flex: 1, minWidth: 0 }}>
                  <LabelKeyInputs
                    name={[option.name]}
                    path={[...listPath, option.name]}
                    listPath={listPath}
                    keyName="value"
                    labelText={t('reportTemplates.options.label', { index: index + 1 })}
                    keyText={t('reportTemplates.options.value', { index: index + 1 })}
                  />
                </div>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('reportTemplates.options.remove', { index: index + 1 })}
                  disabled={options.length === 1}
                  onClick={() => remove(option.name)}
                  className="template-inline-button"
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptyOption())} style={{ alignSelf: 'flex-start' }}>
              {t('reportTemplates.options.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </fieldset>
  );
}
