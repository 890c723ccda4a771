import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { roleAllows } from '../../../domain/roles.ts';
import { useMe } from '../../api/auth.ts';
import { useSavePlanImport } from '../../api/plan-imports.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { UnitPicker } from '../../components/UnitPicker.tsx';
import { rollupOptions } from '../documents/options.ts';
import { Field } from './review-parts.tsx';
import { type Review, saveBody } from './review-state.ts';

interface SavePanelProps {
  review: Review;
  onChange: (patch: Partial<Review>) => void;
  onBack: () => void;
}

/** Who issues the plan, how its progress rolls up, and saving it as a draft. */
export function SavePanel({ review, onChange, onBack }: SavePanelProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = useFeedback();
  const grants = useMe().data?.grants ?? [];
  const save = useSavePlanImport();
  const drafting = useMemo(() => grants.filter((grant) => roleAllows(grant.role, 'document.draft')).map((grant) => ({ id: grant.unitId, name: grant.unitName })), [grants]);
  const issuers = review.issuerUnitIds;
  const setIssuer = (index: number, unitId: string | null) => onChange({ issuerUnitIds: issuers.map((id, at) => (at === index ? unitId : id)) });
  const ready = Boolean(issuers[0]) && review.document.title.trim() !== '';

  const submit = async () => {
    const saved = await save.mutateAsync(saveBody(review));
    message.success(t('planImport.saved', { title: saved.title }));
    navigate(`/documents/${saved.id}`);
  };

  return (
    <Card title={<h2 className="plan-card-title">{t('planImport.saveTitle')}</h2>} size="small" style={{ marginBottom: 16 }}>
      <div role="group" aria-label={t('planImport.issuers')}>
        <Typography.Paragraph style={{ marginBottom: 4, fontWeight: 500 }}>{t('planImport.issuers')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('planImport.issuersHint')}
        </Typography.Paragraph>
        <Flex vertical gap={8} style={{ marginBottom: 12 }}>
          {issuers.map((unitId, index) => (
            <Flex key={index} gap={8}>
              <UnitPicker value={unitId} pinned={drafting} aria-label={t('planImport.issuerLabel', { index: index + 1 })} onChange={(id) => setIssuer(index, id)} style={{ flex: 1, minWidth: 0 }} />
              {index > 0 ? <Button icon={<DeleteOutlined />} aria-label={t('planImport.removeIssuer', { index: index + 1 })} onClick={() => onChange({ issuerUnitIds: issuers.filter((_, at) => at !== index) })} /> : null}
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange({ issuerUnitIds: [...issuers, null] })} style={{ alignSelf: 'flex-start' }}>
            {t('planImport.addIssuer')}
          </Button>
        </Flex>
      </div>
      <Field id="plan-rollup" label={t('planImport.rollup')}>
        <Select id="plan-rollup" value={review.rollupMethod} options={rollupOptions(t)} onChange={(rollupMethod) => onChange({ rollupMethod })} style={{ width: '100%', maxWidth: 360 }} />
      </Field>
      <ErrorAlert error={save.error} />
      <Flex wrap gap={8}>
        <Button onClick={onBack}>{t('planImport.back')}</Button>
        {/* A refusal is shown from the mutation's state (ErrorAlert above), not rethrown. */}
        <Button type="primary" loading={save.isPending} disabled={!ready} onClick={() => void submit().catch(() => undefined)}>
          {t('planImport.save')}
        </Button>
      </Flex>
    </Card>
  );
}
