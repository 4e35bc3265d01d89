import { App, type FormInstance } from 'antd';
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, errorMessage } from '../../api';
import { serverFieldErrors, type FieldAliases } from './serverFieldErrors';

/** Told when a form inside a guarded drawer or dialog has been saved: nothing is unsaved now. */
export const FormSavedContext = createContext<() => void>(() => undefined);

export interface SubmitOptions<V, R> {
  /**
   * What the toast says once saved (已保存 by default), or how to say it from what was saved
   * (e.g. "已修改 3 个项目"); false: no toast, the caller says it.
   */
  success?: string | false | ((result: R, values: V) => string | false);
  /** Server fields shown under another form field, e.g. startsOn → the date range `dates`. */
  fieldAliases?: FieldAliases;
  /** Runs before sending; resolve false to stop (e.g. the user cancels on a duplicate warning). */
  confirm?(values: V): Promise<boolean>;
  onSaved?(result: R, values: V): void;
}

/**
 * The one way a form saves: check the fields, send, and either say 已保存 and mark the form
 * clean for the close guard, or put the main side's refusal under the fields it names and its
 * message at the top. Nothing is sent while a field is invalid; a second click while saving
 * is ignored.
 *
 * A save without an antd Form (a switch, a grid cell) passes `null` and hands its values to
 * `submit(values)`: the same saving state, toasts and refusal message, no fields to mark, and
 * no second-click guard (each call is its own save).
 */
export function useSubmit<V, R>(
  form: FormInstance<V> | null,
  send: (values: V) => Promise<R>,
  options: SubmitOptions<V, R> = {},
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const markSaved = useContext(FormSavedContext);
  const [saving, setSaving] = useState(false);
  // The state lags a render behind: a double click lands before it says "saving".
  const busy = useRef(false);
  // submit stays the same function across renders (a grid's columns hold it) and uses the
  // caller's latest send and options.
  const latest = useRef({ send, options });
  useEffect(() => {
    latest.current = { send, options };
  });

  const submit = useCallback(
    async (given?: V): Promise<R | undefined> => {
      const { send, options } = latest.current;
      // Only the form's own button is guarded: values handed in (one grid cell, then the next)
      // are each a save of their own.
      if (busy.current && given === undefined) return undefined;
      let values = given as V;
      if (form && given === undefined) {
        try {
          values = await form.validateFields();
        } catch {
          return undefined; // the form shows what is missing under each field
        }
      }
      busy.current = true;
      setSaving(true);
      try {
        if (options.confirm && !(await options.confirm(values))) return undefined;
        const result = await send(values);
        markSaved();
        const said =
          typeof options.success === 'function' ? options.success(result, values) : options.success;
        if (said !== false) message.success(said ?? t('common.saved'));
        options.onSaved?.(result, values);
        return result;
      } catch (e) {
        if (form && e instanceof ApiCallError)
          form.setFields(serverFieldErrors(form, e.fields, options.fieldAliases) as never);
        message.error(errorMessage(e));
        return undefined;
      } finally {
        busy.current = false;
        setSaving(false);
      }
    },
    [form, message, markSaved, t],
  );

  return { saving, submit };
}
