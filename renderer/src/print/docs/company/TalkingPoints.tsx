import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { FormGuardScope } from '../../../components/forms/FormContainers';
import { useDiscardGuard } from '../../../components/forms/useDiscardGuard';
import { useSubmit } from '../../../components/forms/useSubmit';
import { usePrintEnv } from '../../env';
import type { I18nKeyUnder } from '../../../i18n/keys';

/**
 * 我方洽谈要点: what we want to say in the meeting. Printed as written; left empty, a note says
 * so (no ruled lines to write on: they pushed many one-pagers onto a second sheet). In the
 * preview it can be edited in place (saved to the company, so the next briefing has it too);
 * the edit controls never reach paper.
 */
export function TalkingPoints({ companyId, text }: { companyId: number; text: string | null }) {
  const { t } = useTranslation();
  const { editable } = usePrintEnv();
  const [editing, setEditing] = useState(false);
  const guard = useDiscardGuard(editing);
  const c = (k: I18nKeyUnder<'print.company'>) => t(`print.company.${k}`);

  if (editing) {
    return (
      <FormGuardScope guard={guard}>
        <TalkingPointsEditor
          companyId={companyId}
          text={text}
          onDone={() => setEditing(false)}
          onCancel={guard.guard(() => setEditing(false))}
        />
      </FormGuardScope>
    );
  }
  return (
    <>
      {editable && (
        <Button className="pd-edit" size="small" type="link" onClick={() => setEditing(true)}>
          {c('edit')}
        </Button>
      )}
      {text ? (
        <div className="pd-talking" data-testid="talking-points">
          {text}
        </div>
      ) : (
        <p className="pd-note">{c(editable ? 'talkingPointsEmpty' : 'talkingPointsBlank')}</p>
      )}
    </>
  );
}

/** The points as a one-field form: a refusal shows under the box, 取消 asks before dropping edits. */
function TalkingPointsEditor({
  companyId,
  text,
  onDone,
  onCancel,
}: {
  companyId: number;
  text: string | null;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { onEdited } = usePrintEnv();
  const [form] = Form.useForm<{ talkingPoints: string }>();
  const c = (k: I18nKeyUnder<'print.company'>) => t(`print.company.${k}`);
  const { saving, submit } = useSubmit(
    form,
    ({ talkingPoints }) => call('companies.update', { id: companyId, patch: { talkingPoints } }),
    {
      success: c('saved'),
      onSaved: () => {
        onDone();
        onEdited?.();
      },
    },
  );

  return (
    <Form
      form={form}
      className="pd-edit"
      data-testid="talking-points-editor"
      initialValues={{ talkingPoints: text ?? '' }}
      onFinish={() => void submit()}
    >
      <Form.Item name="talkingPoints" style={{ marginBottom: 0 }}>
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={4000}
          autoFocus
          aria-label={c('sections.talkingPoints')}
        />
      </Form.Item>
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" size="small" loading={saving} htmlType="submit">
          {c('save')}
        </Button>
        <Button size="small" onClick={onCancel}>
          {c('cancel')}
        </Button>
      </Space>
    </Form>
  );
}
