import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { UnitPicker } from '../../components/UnitPicker.tsx';

interface UnitListFieldProps {
  name: string;
  label: string;
  extra?: string;
  addText: string;
  itemLabel: (index: number) => string;
  removeLabel: (index: number) => string;
  /** Offered before anything is typed. */
  pinned?: readonly { id: string; name: string }[];
  pinnedLabel?: string;
  /** The first unit is required (a document's issuer). */
  required?: string;
}

/** Several units picked one by one (a joint plan's issuers, a task's partners). */
export function UnitListField({ name, label, extra, addText, itemLabel, removeLabel, pinned, pinnedLabel, required }: UnitListFieldProps) {
  return (
    <Form.Item label={label} extra={extra} required={Boolean(required)}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={field.name}
                  noStyle
                  rules={required && index === 0 ? [{ required: true, message: required }] : undefined}
                >
                  <UnitPicker pinned={pinned} pinnedLabel={pinnedLabel} aria-label={itemLabel(index + 1)} style={{ flex: 1, minWidth: 0 }} />
                </Form.Item>
                {required && index === 0 ? null : (
                  <Button icon={<DeleteOutlined />} aria-label={removeLabel(index + 1)} onClick={() => remove(field.name)} />
                )}
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(null)} style={{ alignSelf: 'flex-start' }}>
              {addText}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
