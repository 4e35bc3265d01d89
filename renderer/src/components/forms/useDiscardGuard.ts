import { App, type Form } from 'antd';
import { useCallback, useEffect, useMemo, useRef, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

type ProviderProps = ComponentProps<typeof Form.Provider>;
type FieldChange = { name: unknown; value?: unknown; touched?: boolean };

const fieldKey = (form: string | undefined, name: unknown) => `${form ?? ''}\u0000${JSON.stringify(name)}`;
const same = (a: unknown) => JSON.stringify(a ?? null);

/**
 * Knows whether any form inside a drawer or dialog holds typed changes that were not saved,
 * and asks before a close (Esc, a click outside, ×) throws them away. It listens to every
 * form below it through Form.Provider, so a form needs no wiring of its own: a change counts
 * when a person changed a field's value; a successful submit makes the forms clean again.
 */
export function useDiscardGuard(open: boolean | undefined) {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  const dirty = useRef(false);
  // Last value seen per field: validation also reports fields, with their value unchanged.
  const seen = useRef(new Map<string, string>());
  const asking = useRef(false);

  useEffect(() => {
    if (!open) return;
    dirty.current = false;
    seen.current.clear();
  }, [open]);

  const provider = useMemo<Pick<ProviderProps, 'onFormChange' | 'onFormFinish'>>(
    () => ({
      onFormChange: (form, { changedFields }) => {
        for (const f of changedFields as FieldChange[]) {
          if (!f.touched || !('value' in f)) continue;
          const key = fieldKey(form, f.name);
          const v = same(f.value);
          if (seen.current.get(key) === v) continue;
          seen.current.set(key, v);
          dirty.current = true;
        }
      },
      onFormFinish: (form, { values }) => {
        dirty.current = false;
        for (const [name, v] of Object.entries(values as Record<string, unknown>))
          seen.current.set(fieldKey(form, [name]), same(v));
      },
    }),
    [],
  );

  /** Wraps a close: straight through when nothing is unsaved, else asks once. */
  const guard = useCallback(
    (close: (() => void) | undefined) => () => {
      if (!close) return;
      if (!dirty.current) return close();
      if (asking.current) return;
      asking.current = true;
      modal.confirm({
        title: t('common.discardTitle'),
        content: t('common.discardBody'),
        okText: t('common.discard'),
        okButtonProps: { danger: true },
        cancelText: t('common.keepEditing'),
        onOk: () => {
          dirty.current = false;
          close();
        },
        afterClose: () => {
          asking.current = false;
        },
      });
    },
    [modal, t],
  );

  /** A save that did not go through the form's own submit (e.g. a 保存 button in the header). */
  const markSaved = useCallback(() => {
    dirty.current = false;
    seen.current.clear();
  }, []);

  return { provider, guard, markSaved };
}
