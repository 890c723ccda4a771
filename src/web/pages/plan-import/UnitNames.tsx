import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../components/UnitPicker.tsx';

export type UnitRole = 'lead' | 'partners';

interface UnitNamesProps {
  taskCode: string;
  role: UnitRole;
  names: string[];
  mapping: Record<string, string | null>;
  candidates: ReadonlyMap<string, { id: string; name: string }[]>;
  onMap: (name: string, unitId: string | null) => void;
  onDrop: (name: string) => void;
}

/**
 * The units a task names for one role, each as the document wrote it beside the org unit it
 * stands for. A name without a unit is flagged; it stays on the task when saved.
 */
export function UnitNames({ taskCode, role, names, mapping, candidates, onMap, onDrop }: UnitNamesProps) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return (
    <div role="group" aria-label={t(`planImport.task.${role}Of`, { code: taskCode })} style={{ marginTop: 6 }}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t(`planImport.task.${role}`)}
      </Typography.Text>
      {names.map((name) => {
        const unitId = mapping[name] ?? null;
        return (
          <Flex key={name} wrap gap={6} align="center" style={{ marginTop: 4 }}>
            <Typography.Text italic style={{ maxWidth: '100%' }}>
              “{name}”
            </Typography.Text>
            {unitId ? null : <Tag color="error">{t('planImport.unmatched')}</Tag>}
            <Flex gap={4} style={{ flex: '1 1 220px', minWidth: 0 }}>
              <UnitPicker
                value={unitId}
                pinned={candidates.get(name) ?? []}
                pinnedLabel={t('planImport.suggested')}
                allowClear
                placeholder={t('planImport.chooseUnit')}
                aria-label={t('planImport.unitFor', { name, code: taskCode })}
                onChange={(id) => onMap(name, id)}
                style={{ flex: 1, minWidth: 0 }}
              />
              <Button type="text" icon={<CloseOutlined />} aria-label={t('planImport.dropName', { name, code: taskCode })} onClick={() => onDrop(name)} />
            </Flex>
          </Flex>
        );
      })}
    </div>
  );
}
