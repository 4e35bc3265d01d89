import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../../api';
import { usePrintEnv } from '../../env';

/**
 * 我方洽谈要点: what we want to say in the meeting. Printed as written; left empty, a note says
 * so (no ruled lines to write on: they pushed many one-pagers onto a second sheet). In the
 * preview it can be edited in place (saved to the company, so the next briefing has it too);
 * the edit controls never reach paper.
 */
export function TalkingPoints({ companyId, text }: { companyId: number; text: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { editable, onEdited } = usePrintEnv();
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const c = (k: string) => t(`print.company.${k}`);

  const save = async () => {
    setSaving(true);
    try {
      await call('companies.update', { id: companyId, patch: { talkingPoints: draft ?? '' } });
      message.success(c('saved'));
      setDraft(null);
      onEdited?.();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  if (draft !== null) {
    return (
      <div className="pd-edit" data-testid="talking-points-editor">
        <Input.TextArea
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={4000}
          autoFocus
          aria-label={c('sections.talkingPoints')}
        />
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" size="small" loading={saving} onClick={() => void save()}>
            {c('save')}
          </Button>
          <Button size="small" onClick={() => setDraft(null)}>
            {c('cancel')}
          </Button>
        </Space>
      </div>
    );
  }
  return (
    <>
      {editable && (
        <Button className="pd-edit" size="small" type="link" onClick={() => setDraft(text ?? '')}>
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
