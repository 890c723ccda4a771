import { InboxOutlined } from '@ant-design/icons';
import { Button, Typography, Upload } from 'antd';
import { ErrorAlert } from './ErrorAlert.tsx';

interface FileDropProps {
  /** File endings offered by the browser's chooser (".csv,.xlsx"); the server checks the content. */
  accept: string;
  file: File | null;
  onFile: (file: File) => void;
  texts: { choose: string; hint: string; chosen: (name: string) => string; action: string };
  onAction: () => void;
  busy: boolean;
  error: unknown;
}

/** One file chosen by click or drop, kept in the page (nothing is sent until the action), and the action on it. */
export function FileDrop({ accept, file, onFile, texts, onAction, busy, error }: FileDropProps) {
  return (
    <>
      <Upload.Dragger
        accept={accept}
        multiple={false}
        showUploadList={false}
        beforeUpload={(chosen) => {
          onFile(chosen);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{texts.choose}</p>
        <p className="ant-upload-hint">{texts.hint}</p>
      </Upload.Dragger>
      {file ? (
        <Typography.Paragraph strong style={{ marginTop: 12, wordBreak: 'break-all' }}>
          {texts.chosen(file.name)}
        </Typography.Paragraph>
      ) : null}
      <div style={{ marginTop: 12 }}>
        <ErrorAlert error={error} />
        <Button type="primary" disabled={!file} loading={busy} onClick={onAction}>
          {texts.action}
        </Button>
      </div>
    </>
  );
}
