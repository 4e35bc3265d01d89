import { Alert, Checkbox, DatePicker, Form, Input, Space, Typography } from 'antd';
import { FormModal } from '../../components/forms/FormContainers';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectRow } from '@contract/projects/schema';
import {
  STAGE_LABELS,
  STAGE_MILESTONE,
  stageChangeNeedsReason,
  type ProjectStage,
} from '@contract/projects/pipelineStages';
import { ApiCallError, call, errorMessage } from '../../api';
import { StageTag } from '../../components/StageTag';
import { MoneyField } from '../../components/money/MoneyField';
import type { I18nKeyUnder } from '../../i18n/keys';

export interface StageTarget {
  id: number;
  name: string;
  stage: ProjectStage;
  /** Known contract amount in yuan; a move to 签约 asks for one when it is missing. */
  contractAmount?: number | null;
}

interface Pending {
  project: StageTarget;
  to: ProjectStage;
  resolve(row: ProjectRow | null): void;
}

interface Values {
  on: Dayjs;
  reason?: string;
  /** In the person's money unit, as in the project form. */
  contractAmount?: number | null;
  contractAmountUnknown?: boolean;
}

const FIELDS = ['on', 'reason', 'contractAmount'] as const;

function reasonLabelKey(from: ProjectStage, to: ProjectStage): I18nKeyUnder<'projects.detail.stageChange'> {
  if (to === 'dropped') return 'reasonDropped';
  if (from === 'dropped') return 'reasonRevive';
  return stageChangeNeedsReason(from, to) ? 'reasonBack' : 'reason';
}

/**
 * One dialog for every stage move (drawer and kanban): a date, today unless changed, and a
 * reason where the domain wants one. The domain decides; its Chinese message is shown as is.
 * `ask` resolves with the updated project, or null when the person cancels.
 */
export function useStageChange(): {
  ask(p: StageTarget, to: ProjectStage): Promise<ProjectRow | null>;
  modal: ReactNode;
} {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const amountUnknown = Form.useWatch('contractAmountUnknown', form);
  // Field ids must be unique on the page: the board and its drawer each hold one of these dialogs.
  const formName = `stage-change-${useId().replace(/:/g, '')}`;
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const pendingRef = useRef<Pending | null>(null);
  const s = (k: I18nKeyUnder<'projects.detail.stageChange'>, o: Record<string, unknown> = {}) =>
    t(`projects.detail.stageChange.${k}`, o);

  const ask = async (target: StageTarget, to: ProjectStage) => {
    // A kanban card does not carry the contract amount: read it before asking for one.
    const project =
      to === 'signed' && target.contractAmount === undefined
        ? { ...target, contractAmount: (await call('projects.get', { id: target.id })).contractAmount }
        : target;
    return new Promise<ProjectRow | null>((resolve) => {
      const p = { project, to, resolve };
      pendingRef.current = p;
      setError(null);
      setPending(p);
    });
  };

  const close = (row: ProjectRow | null) => {
    pendingRef.current?.resolve(row);
    pendingRef.current = null;
    setPending(null);
  };

  const submit = async (values: Values) => {
    const p = pendingRef.current;
    if (!p) return;
    setSaving(true);
    setError(null);
    try {
      const row = await call('projects.changeStage', {
        id: p.project.id,
        stage: p.to,
        on: values.on.format('YYYY-MM-DD'),
        reason: values.reason,
        ...(p.to === 'signed' && {
          // MoneyField hands back whole yuan (1.2亿 typed = 120,000,000), already checked.
          contractAmount: typeof values.contractAmount === 'number' ? values.contractAmount : null,
          contractAmountUnknown: !!values.contractAmountUnknown,
        }),
      });
      close(row);
    } catch (e) {
      // A message about one of the fields goes under it; anything else above the buttons.
      const onField = e instanceof ApiCallError ? FIELDS.filter((f) => e.fields[f]) : [];
      if (e instanceof ApiCallError && onField.length) {
        form.setFields(onField.map((f) => ({ name: f, errors: [e.fields[f] ?? ''] })));
      } else {
        setError(errorMessage(e));
      }
    } finally {
      setSaving(false);
    }
  };

  const from = pending?.project.stage;
  const to = pending?.to;
  const milestone = to && to !== 'dropped' ? STAGE_MILESTONE[to] : null;
  // 签约 asks for what a signing is: its date and its amount (or that the amount is not known yet).
  const signing = to === 'signed';
  const askAmount = signing && pending?.project.contractAmount == null;
  const modal = (
    <FormModal
      open={pending !== null}
      title={s('title')}
      okText={s('ok')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => close(null)}
      rootClassName="stage-change-modal"
      // Mounted on opening, not before: the dialog then stacks above an open drawer.
      destroyOnHidden
    >
      {pending && from && to && (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
          <Typography.Text strong>{pending.project.name}</Typography.Text>
          <Space>
            {s('from')} <StageTag stage={from} /> {s('to')} <StageTag stage={to} />
          </Space>
        </Space>
      )}
      <Form
        form={form}
        name={formName}
        layout="vertical"
        initialValues={{ on: dayjs(), reason: '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="on"
          label={signing ? s('signedOn') : s('on')}
          extra={
            milestone && to
              ? s('milestoneNote', {
                  stage: STAGE_LABELS[to],
                  field: t(`projects.detail.fields.${milestone}`),
                })
              : undefined
          }
        >
          <DatePicker
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            style={{ width: 200 }}
          />
        </Form.Item>
        {askAmount && (
          <Space align="start" wrap>
            <MoneyField
              name="contractAmount"
              label={s('contractAmount')}
              required={!amountUnknown}
              inputStyle={{ width: 200 }}
            />
            <Form.Item name="contractAmountUnknown" valuePropName="checked" label=" ">
              <Checkbox
                onChange={() => form.setFields([{ name: 'contractAmount', value: null, errors: [] }])}
              >
                {s('contractAmountUnknown')}
              </Checkbox>
            </Form.Item>
          </Space>
        )}
        <Form.Item
          name="reason"
          label={from && to ? s(reasonLabelKey(from, to)) : s('reason')}
          required={!!from && !!to && stageChangeNeedsReason(from, to)}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={s('reasonPlaceholder')} />
        </Form.Item>
        {/* Enter in a text field submits the dialog like its OK button (in the date picker it only picks the date). */}
        <button type="submit" hidden />
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </FormModal>
  );
  return { ask, modal };
}
