import { message, Modal } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import type { HookAPI as ModalApi } from 'antd/es/modal/useModal';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

interface Feedback {
  message: MessageInstance;
  modal: ModalApi;
}

const FeedbackContext = createContext<Feedback | null>(null);

/** Toasts and confirmation dialogs that follow the app's theme and language (lighter than antd's App). */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [messageApi, messageHolder] = message.useMessage();
  const [modalApi, modalHolder] = Modal.useModal();
  const value = useMemo(() => ({ message: messageApi, modal: modalApi }), [messageApi, modalApi]);
  return (
    <FeedbackContext.Provider value={value}>
      {children}
      {messageHolder}
      {modalHolder}
    </FeedbackContext.Provider>
  );
}

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useFeedback outside FeedbackProvider');
  return feedback;
}
