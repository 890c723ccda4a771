import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './use-error-text.ts';
import { useFeedback } from './feedback.tsx';

interface ConfirmedAction {
  title: string;
  content?: ReactNode;
  okText: string;
  danger?: boolean;
  action: () => Promise<unknown>;
  success: string;
}

/** Asks before a consequential action, then reports its outcome (or the server's refusal). */
export function useConfirmedAction(): (request: ConfirmedAction) => void {
  const { modal, message } = useFeedback();
  const { t } = useTranslation();
  const errorText = useErrorText();
  return ({ title, content, okText, danger, action, success }) => {
    modal.confirm({
      title,
      content,
      okText,
      cancelText: t('common.cancel'),
      okButtonProps: { danger },
      onOk: async () => {
        try {
          await action();
          message.success(success);
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  };
}
