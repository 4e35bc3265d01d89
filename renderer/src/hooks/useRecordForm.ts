import { App, Form, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api';
import { useSubmit } from '../components/forms/useSubmit';

interface Options<R, V> {
  /** null = closed; 'new' = create; a number = edit that record. */
  target: number | 'new' | null;
  load(id: number): Promise<R>;
  /** Record → form values (e.g. yuan → the display unit). */
  toForm?(record: R): Partial<V>;
  /** Form values → what the contract takes (e.g. the display unit → yuan). */
  fromForm?(values: V): V;
  create(values: V): Promise<unknown>;
  update(id: number, values: V, current: R): Promise<unknown>;
  remove?(id: number): Promise<unknown>;
  /** Runs before saving; resolve false to stop (e.g. the user cancels on a duplicate warning). */
  confirm?(values: V, current: R | null): Promise<boolean>;
  onSaved(): void;
}

/**
 * The edit-drawer cycle every record shares: load, save (create or update), delete, and a
 * refusal from the main side shown on the fields it names — nothing saved until it is valid.
 */
export function useRecordForm<R extends { id: number }, V extends object>(o: Options<R, V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [current, setCurrent] = useState<R | null>(null);
  const { target, load, toForm } = o;

  useEffect(() => {
    if (typeof target !== 'number') return;
    load(target)
      .then((r) => {
        setCurrent(r);
        form.setFieldsValue((toForm ? toForm(r) : r) as Parameters<FormInstance<V>['setFieldsValue']>[0]);
      })
      .catch((e: unknown) => message.error(errorMessage(e)));
    // load/toForm are stable per drawer instance (the drawer is keyed by its target).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, form, message]);

  const { saving, submit } = useSubmit<V, unknown>(
    form,
    (raw) => {
      const values = o.fromForm ? o.fromForm(raw) : raw;
      return current ? o.update(current.id, values, current) : o.create(values);
    },
    {
      ...(o.confirm ? { confirm: (raw: V) => o.confirm!(o.fromForm ? o.fromForm(raw) : raw, current) } : {}),
      onSaved: () => o.onSaved(),
    },
  );
  const save = submit;

  const remove = async () => {
    if (!current || !o.remove) return;
    try {
      await o.remove(current.id);
      message.success(t('common.deleted'));
      o.onSaved();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return { form, current, saving, save, remove };
}
