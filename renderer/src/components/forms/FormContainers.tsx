import { Drawer, Form, Modal, type DrawerProps, type ModalProps } from 'antd';
import type { ReactNode } from 'react';
import { useDiscardGuard } from './useDiscardGuard';
import { FormSavedContext } from './useSubmit';

/** Listens to every form below it for unsaved changes, and hears from useSubmit when saved. */
export function FormGuardScope({
  guard,
  children,
}: {
  guard: Pick<ReturnType<typeof useDiscardGuard>, 'provider' | 'markSaved'>;
  children: ReactNode;
}) {
  return (
    <Form.Provider {...guard.provider}>
      <FormSavedContext.Provider value={guard.markSaved}>{children}</FormSavedContext.Provider>
    </Form.Provider>
  );
}

/** A drawer holding forms: Esc, a click outside or × asks before unsaved changes are dropped. */
export function FormDrawer({ onClose, children, ...props }: DrawerProps) {
  const guard = useDiscardGuard(props.open);
  return (
    <Drawer {...props} onClose={guard.guard(onClose as (() => void) | undefined)}>
      <FormGuardScope guard={guard}>{children}</FormGuardScope>
    </Drawer>
  );
}

/** A dialog holding a form: closing it without saving (Esc, outside, 取消) asks first. */
export function FormModal({ onCancel, children, ...props }: ModalProps) {
  const guard = useDiscardGuard(props.open);
  return (
    <Modal {...props} onCancel={guard.guard(onCancel as (() => void) | undefined)}>
      <FormGuardScope guard={guard}>{children}</FormGuardScope>
    </Modal>
  );
}
