import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface ItemHeaderProps {
  title: ReactNode;
  index: number;
  count: number;
  labels: { up: string; down: string; remove: string };
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  /** The last item of a list that needs one cannot be removed. */
  keepLast?: boolean;
}

/** The heading of an item in an ordered list (field, column): its title, move up and down, remove. */
export function ItemHeader({ title, index, count, labels, onMove, onRemove, keepLast }: ItemHeaderProps) {
  return (
    <Flex align="center" gap={4} className="template-item-header">
      <Typography.Text strong className="template-item-title">
        {title}
      </Typography.Text>
      <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={labels.up} disabled={index === 0} onClick={() => onMove(index, index - 1)} />
      <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label={labels.down} disabled={index === count - 1} onClick={() => onMove(index, index + 1)} />
      <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={labels.remove} disabled={keepLast && count === 1} onClick={onRemove} />
    </Flex>
  );
}
