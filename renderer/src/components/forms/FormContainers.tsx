import { Drawer, Form, Modal, type DrawerProps, type ModalProps } from 'antd';
import { useDiscardGuard } from './useDiscardGuard';

/** A drawer holding forms: Esc, a click outside or × asks before unsaved changes are dropped. */
export function FormDrawer({ onClose, children, ...props }: DrawerProps) {
  const { provider, guard } = useDiscardGuard(props.open);
  return (
    <Drawer {...props} onClose={guard(onClose as (() => void) | undefined)}>
      <Form.Provider {...provider}>{children}</Form.Provider>
    </Drawer>
  );
}

/** A dialog holding a form: closing it without saving (Esc, outside, 取消) asks first. */
export function FormModal({ onCancel, children, ...props }: ModalProps) {
  const { provider, guard } = useDiscardGuard(props.open);
  return (
    <Modal {...props} onCancel={guard(onCancel as (() => void) | undefined)}>
      <Form.Provider {...provider}>{children}</Form.Provider>
    </Modal>
  );
}
