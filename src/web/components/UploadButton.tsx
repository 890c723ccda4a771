import { PaperClipOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { type CSSProperties, type ReactNode, useRef } from 'react';
import { useFeedback } from './feedback.tsx';
import { useErrorText } from './use-error-text.ts';

interface UploadButtonProps<T> {
  /** File endings offered by the browser's chooser (".docx,.pdf"); the server checks the content. */
  accept: string;
  /** Sends the chosen file; its answer names the success notice. */
  upload: (file: File) => Promise<T>;
  uploaded: (stored: T, file: File) => string;
  busy: boolean;
  disabled?: boolean;
  /** The hidden file input's accessible name. */
  inputLabel?: string;
  style?: CSSProperties;
  children: ReactNode;
}

/** A button that sends one chosen file at once, then says so in a notice (or shows the server's refusal). */
export function UploadButton<T>({ accept, upload, uploaded, busy, disabled, inputLabel, style, children }: UploadButtonProps<T>) {
  const { message } = useFeedback();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);

  const send = async (file: File | undefined) => {
    if (!file) return;
    try {
      message.success(uploaded(await upload(file), file));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      // The same file may be chosen again after a refusal.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <input ref={input} type="file" accept={accept} hidden onChange={(event) => void send(event.target.files?.[0])} aria-label={inputLabel} />
      <Button icon={<PaperClipOutlined />} loading={busy} disabled={disabled} onClick={() => input.current?.click()} style={style}>
        {children}
      </Button>
    </>
  );
}
