import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { comparisonOperators, comparisonSymbols } from '../../../domain/reports/template.ts';
import { type FieldState, numericFieldOptions, type RuleState } from './template-form.ts';

const newRule = (): RuleState => ({ op: 'lte' });

/** Cross-field rules: one number field compared with another ("tham dự ≤ số đảng viên"). */
export function RulesEditor() {
  const { t } = useTranslation();
  const fields: FieldState[] = Form.useWatch('fields') ?? [];
  const operands = numericFieldOptions(fields);
  const operators = comparisonOperators.map((op) => ({ value: op, label: comparisonSymbols[op] }));
  return (
    <Form.List name="rules">
      {(rules, { add, remove }) => (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('reportTemplates.rules.hint')}</Typography.Text>
          {rules.length === 0 ? <Typography.Text type="secondary">{t('reportTemplates.rules.empty')}</Typography.Text> : null}
          {rules.map((rule, index) => (
            <section key={rule.key} className="template-rule" aria-label={t('reportTemplates.rules.item', { index: index + 1 })}>
              <Row gutter={8} align="bottom" wrap>
                <Col xs={24} md={9}>
                  <Form.Item name={[rule.name, 'left']} label={t('reportTemplates.rules.left')}>
                    <Select options={operands} />
                  </Form.Item>
                </Col>
                <Col xs={8} md={4}>
                  <Form.Item name={[rule.name, 'op']} label={t('reportTemplates.rules.op')}>
                    <Select options={operators} />
                  </Form.Item>
                </Col>
                <Col xs={16} md={9}>
                  <Form.Item name={[rule.name, 'right']} label={t('reportTemplates.rules.right')}>
                    <Select options={operands} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={2}>
                  <Form.Item>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('reportTemplates.rules.remove', { index: index + 1 })} onClick={() => remove(rule.name)} />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name={[rule.name, 'message']} label={t('reportTemplates.rules.message')}>
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
              </Row>
            </section>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newRule())} style={{ alignSelf: 'flex-start' }}>
            {t('reportTemplates.rules.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
