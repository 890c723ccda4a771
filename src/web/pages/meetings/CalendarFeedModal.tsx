import { CopyOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Modal, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCalendarToken, useRotateCalendarToken } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { useErrorText } from '../../components/use-error-text.ts';

/** "Đăng ký lịch trên điện thoại": the personal iCalendar address to paste into a phone's calendar. */
export function CalendarFeedModal({ unitId, onClose }: { unitId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const errorText = useErrorText();
  const token = useCalendarToken();
  const rotate = useRotateCalendarToken();
  const feed = token.data;
  const unitFeed = feed?.unitFeedUrlTemplate && unitId ? feed.unitFeedUrlTemplate.replace('{unitId}', unitId) : null;

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      message.success(t('common.copied'));
    } catch {
      message.info(t('meetings.calendar.copyByHand'));
    }
  };
  const make = () => rotate.mutateAsync().catch((error: unknown) => message.error(errorText(error)));

  const address = (label: string, url: string) => (
    <Flex vertical gap={4}>
      <Typography.Text strong>{label}</Typography.Text>
      <Flex gap={8}>
        <Input readOnly value={url} aria-label={label} onFocus={(event) => event.target.select()} />
        <Button icon={<CopyOutlined />} onClick={() => void copy(url)}>
          {t('common.copy')}
        </Button>
      </Flex>
    </Flex>
  );

  return (
    <Modal open title={t('meetings.calendar.title')} onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>}>
      <ErrorAlert error={token.error} />
      {token.isPending ? (
        <Spin />
      ) : feed?.feedUrl ? (
        <Flex vertical gap={16}>
          <Typography.Paragraph style={{ margin: 0 }}>{t('meetings.calendar.intro')}</Typography.Paragraph>
          {address(t('meetings.calendar.personal'), feed.feedUrl)}
          {unitFeed ? address(t('meetings.calendar.unit'), unitFeed) : null}
          <Alert type="info" showIcon title={t('meetings.calendar.howTo')} />
          <Button icon={<ReloadOutlined />} loading={rotate.isPending} onClick={() => void make()} style={{ alignSelf: 'start' }}>
            {t('meetings.calendar.rotate')}
          </Button>
          <Typography.Text type="secondary">{t('meetings.calendar.rotateHint')}</Typography.Text>
        </Flex>
      ) : (
        <Flex vertical gap={12} align="start">
          <Typography.Paragraph style={{ margin: 0 }}>{t('meetings.calendar.none')}</Typography.Paragraph>
          <Button type="primary" loading={rotate.isPending} onClick={() => void make()}>
            {t('meetings.calendar.make')}
          </Button>
        </Flex>
      )}
    </Modal>
  );
}
