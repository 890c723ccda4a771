import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingWarning } from '../../api/meetings.ts';
import { meetingTimeText } from './meeting-calendar.ts';

interface ClashWarningModalProps {
  warnings: readonly MeetingWarning[];
  /** Keep what was saved despite the clash. */
  onAccept: () => void;
  /** Take it back (cancel the new meeting or series); without it only accepting is offered. */
  onUndo?: () => Promise<unknown>;
  undoText?: string;
}

/**
 * The server schedules a clashing meeting and says so: the organizer either accepts the clash
 * or takes the new meeting back, so nothing is left half-decided.
 */
export function ClashWarningModal({ warnings, onAccept, onUndo, undoText }: ClashWarningModalProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    setBusy(true);
    try {
      await onUndo?.();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('meetings.clash.title')}
      closable={false}
      mask={{ closable: false }}
      footer={
        <Flex wrap gap={8} justify="end">
          {onUndo ? (
            <Button danger loading={busy} onClick={() => void undo()}>
              {undoText}
            </Button>
          ) : null}
          <Button type="primary" onClick={onAccept} disabled={busy}>
            {t('meetings.clash.accept')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {warnings.map((warning, index) => (
          <Alert
            key={index}
            type="warning"
            showIcon
            title={warning.message}
            description={
              warning.meetings?.length ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {warning.meetings.map((meeting) => (
                    <li key={meeting.id}>
                      <Typography.Text strong>{meeting.title}</Typography.Text> · {meetingTimeText(meeting.startsAt, meeting.startsAt).split('–')[0]} · {meeting.unitName}
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        ))}
        <Typography.Text type="secondary">{t('meetings.clash.question')}</Typography.Text>
      </Flex>
    </Modal>
  );
}
