import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkInUrl } from './check-in-link.ts';
import { QrCode } from './QrCode.tsx';

/** The code and its QR for the room's screen: members scan it or type the code on "Điểm danh". */
export function CheckInCodePanel({ meetingId, code }: { meetingId: string; code: string }) {
  const { t } = useTranslation();
  const url = checkInUrl(window.location.origin, meetingId, code);
  return (
    <Flex vertical gap={8} align="stretch">
      <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
        {t('meetings.checkIn.codeIntro')}
      </Typography.Text>
      <div className="check-in-code" aria-label={t('meetings.checkIn.codeLabel')} data-testid="check-in-code">
        {code}
      </div>
      <QrCode text={url} label={t('meetings.checkIn.qrLabel')} />
      <Typography.Text type="secondary" copyable={{ text: url }} style={{ textAlign: 'center', overflowWrap: 'anywhere' }}>
        {url}
      </Typography.Text>
    </Flex>
  );
}
