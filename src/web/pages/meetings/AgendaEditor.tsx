import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgendaPart, agendaParts } from '../../../domain/meeting-kinds.ts';
import { type MeetingDetail, useUpdateMeeting } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFeedback } from '../../components/feedback.tsx';
import { type AgendaRow, addAgendaItem, moveAgendaItem, removeAgendaItem } from './agenda-edit.ts';

/** The script of the meeting (mở đầu, tiến hành, kết thúc) as a numbered list; organizers change it before the meeting. */
export function AgendaEditor({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const update = useUpdateMeeting();
  const [editing, setEditing] = useState<AgendaRow[] | null>(null);
  const rows = editing ?? meeting.agenda;

  const save = async () => {
    const agenda = (editing ?? []).map((item) => ({ part: item.part, text: item.text.trim() })).filter((item) => item.text);
    await update.mutateAsync({ id: meeting.id, input: { agenda } });
    setEditing(null);
    message.success(t('meetings.agenda.saved'));
  };

  return (
    <Flex vertical gap={12}>
      {agendaParts.map((part) => (
        <AgendaSection
          key={part}
          part={part}
          rows={rows}
          editing={editing !== null}
          onChange={setEditing}
        />
      ))}
      {editing ? (
        <>
          <ErrorAlert error={update.error} />
          <Flex wrap gap={8}>
            <Button type="primary" loading={update.isPending} onClick={() => void save().catch(() => undefined)}>
              {t('meetings.agenda.save')}
            </Button>
            <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
          </Flex>
        </>
      ) : meeting.allowed.edit ? (
        <Button icon={<EditOutlined />} onClick={() => setEditing(meeting.agenda.map((item) => ({ ...item })))} style={{ alignSelf: 'start' }}>
          {t('meetings.agenda.edit')}
        </Button>
      ) : null}
    </Flex>
  );
}

function AgendaSection({ part, rows, editing, onChange }: { part: AgendaPart; rows: readonly AgendaRow[]; editing: boolean; onChange: (rows: AgendaRow[]) => void }) {
  const { t } = useTranslation();
  const indexed = rows.map((item, index) => ({ item, index })).filter(({ item }) => item.part === part);
  const partName = t(`meetings.agenda.part.${part}`);
  return (
    <section aria-label={partName}>
      <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 6px' }}>
        {partName}
      </Typography.Title>
      {editing ? (
        <Flex vertical gap={6}>
          {indexed.map(({ item, index }, position) => (
            <Flex key={index} gap={4} align="start">
              <Input.TextArea
                autoSize
                value={item.text}
                maxLength={1000}
                aria-label={t('meetings.agenda.itemLabel', { part: partName, index: position + 1 })}
                onChange={(event) => onChange(rows.map((row, at) => (at === index ? { ...row, text: event.target.value } : row)))}
              />
              <Button type="text" icon={<ArrowUpOutlined />} aria-label={t('meetings.agenda.up')} disabled={position === 0} onClick={() => onChange(moveAgendaItem(rows, index, -1))} />
              <Button type="text" icon={<ArrowDownOutlined />} aria-label={t('meetings.agenda.down')} disabled={position === indexed.length - 1} onClick={() => onChange(moveAgendaItem(rows, index, 1))} />
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('meetings.agenda.remove')} onClick={() => onChange(removeAgendaItem(rows, index))} />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange(addAgendaItem(rows, part))} style={{ alignSelf: 'start' }}>
            {t('meetings.agenda.add', { part: partName })}
          </Button>
        </Flex>
      ) : indexed.length > 0 ? (
        <ol style={{ margin: 0, paddingInlineStart: 22 }}>
          {indexed.map(({ item, index }) => (
            <li key={index}>{item.text}</li>
          ))}
        </ol>
      ) : (
        <Typography.Text type="secondary">{t('meetings.agenda.emptyPart')}</Typography.Text>
      )}
    </section>
  );
}
