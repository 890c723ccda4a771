import { Col, Form, Input, Row } from 'antd';
import { keyFromLabel, type NamePath } from './template-form.ts';

interface LabelKeyInputsProps {
  /** The item's name inside its list (for Form.Item). */
  name: NamePath;
  /** The item's absolute path in the form, and the list it belongs to (for the taken keys). */
  path: NamePath;
  listPath: NamePath;
  labelText: string;
  keyText: string;
  keyHint?: string;
  /** The property holding the key: `key` for fields and columns, `value` for options. */
  keyName?: 'key' | 'value';
}

/** A label and the key made from it: the key follows the label until it is edited by hand. */
export function LabelKeyInputs({ name, path, listPath, labelText, keyText, keyHint, keyName = 'key' }: LabelKeyInputsProps) {
  const form = Form.useFormInstance();

  const followLabel = (label: string) => {
    if (form.getFieldValue([...path, 'autoKey']) === false) return;
    const siblings: Record<string, unknown>[] = form.getFieldValue(listPath) ?? [];
    const index = path[path.length - 1];
    const taken = siblings.filter((_, at) => at !== index).map((item) => String(item[keyName] ?? ''));
    form.setFieldValue([...path, keyName], keyFromLabel(label, taken));
  };

  return (
    <Row gutter={12}>
      <Col xs={24} md={14}>
        <Form.Item name={[...name, 'label']} label={labelText}>
          <Input maxLength={300} onChange={(event) => followLabel(event.target.value)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name={[...name, keyName]} label={keyText} tooltip={keyHint}>
          <Input maxLength={63} spellCheck={false} onChange={() => form.setFieldValue([...path, 'autoKey'], false)} />
        </Form.Item>
      </Col>
    </Row>
  );
}
