import { BoldOutlined, ItalicOutlined, OrderedListOutlined, UnderlineOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface RichTextEditorProps {
  id?: string;
  value?: string;
  onChange?: (html: string) => void;
  label: string;
}

const commands = [
  { command: 'bold', icon: <BoldOutlined />, label: 'meetings.editor.bold' },
  { command: 'italic', icon: <ItalicOutlined />, label: 'meetings.editor.italic' },
  { command: 'underline', icon: <UnderlineOutlined />, label: 'meetings.editor.underline' },
  { command: 'insertUnorderedList', icon: <UnorderedListOutlined />, label: 'meetings.editor.bullets' },
  { command: 'insertOrderedList', icon: <OrderedListOutlined />, label: 'meetings.editor.numbers' },
] as const;

/**
 * A light rich-text field (bold, italic, underline, lists, headings) on the browser's own
 * editing: minutes need no more, and an editor library would weigh more than the whole page.
 * The server sanitizes what is saved; used inside Form.Item.
 */
export function RichTextEditor({ id, value = '', onChange, label }: RichTextEditorProps) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);

  // Only a value from outside (the saved text arriving) replaces the content: typing must keep the caret.
  useEffect(() => {
    if (body.current && body.current.innerHTML !== value) body.current.innerHTML = value;
  }, [value]);

  const run = (command: string, argument?: string) => {
    body.current?.focus();
    document.execCommand(command, false, argument);
    onChange?.(body.current?.innerHTML ?? '');
  };

  return (
    <div className="rich-editor">
      <div className="rich-editor-toolbar" role="toolbar" aria-label={t('meetings.editor.toolbar')}>
        {commands.map((item) => (
          <Tooltip key={item.command} title={t(item.label)}>
            <Button type="text" icon={item.icon} aria-label={t(item.label)} onMouseDown={(event) => event.preventDefault()} onClick={() => run(item.command)} />
          </Tooltip>
        ))}
        <Button type="text" onMouseDown={(event) => event.preventDefault()} onClick={() => run('formatBlock', 'h3')}>
          {t('meetings.editor.heading')}
        </Button>
        <Button type="text" onMouseDown={(event) => event.preventDefault()} onClick={() => run('formatBlock', 'p')}>
          {t('meetings.editor.paragraph')}
        </Button>
      </div>
      <div
        id={id}
        ref={body}
        className="rich-editor-body rich-text"
        contentEditable
        role="textbox"
        aria-multiline
        aria-label={label}
        tabIndex={0}
        suppressContentEditableWarning
        onInput={(event) => onChange?.(event.currentTarget.innerHTML)}
      />
    </div>
  );
}

/** Saved rich text (sanitized by the server when it was written). */
export function RichText({ html }: { html: string }) {
  return <div className="rich-text" dangerouslySetInnerHTML={{ __html: html }} />;
}
