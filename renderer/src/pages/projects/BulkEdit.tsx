import { DownOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Dropdown, Form, Input, Select } from 'antd';
import { FormModal } from '../../components/forms/FormContainers';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_STAGES, STAGE_LABELS, type ProjectStage } from '@contract/projects/pipelineStages';
import { call, errorMessage } from '../../api';
import { StaffSelect, TeamSelect } from '../../components/StaffSelect';
import type { I18nKeyUnder } from '../../i18n/keys';

type Mode = 'owner' | 'team' | 'stage';

/** Bulk change of owner, team or stage for the selected rows: one batch, all or nothing. */
export function BulkEdit({ ids, onDone }: { ids: number[]; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [mode, setMode] = useState<Mode | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{
    person?: number;
    team?: number;
    stage?: ProjectStage;
    on?: dayjs.Dayjs;
    reason?: string;
    contractAmountUnknown?: boolean;
  }>();
  const stage = Form.useWatch('stage', form);
  const b = (k: I18nKeyUnder<'projectsGrid.bulk'>, o: Record<string, unknown> = {}) =>
    t(`projectsGrid.bulk.${k}`, o);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const r =
        mode === 'stage'
          ? await call('projects.bulkStage', {
              ids,
              stage: v.stage as ProjectStage,
              on: v.on ? v.on.format('YYYY-MM-DD') : undefined,
              reason: v.reason,
              contractAmountUnknown: v.stage === 'signed' ? !!v.contractAmountUnknown : undefined,
            })
          : await call('projects.bulkUpdate', {
              ids,
              patch: mode === 'owner' ? { ownerId: v.person ?? null } : { teamId: v.team ?? null },
            });
      message.success(
        r.unchanged
          ? b('doneUnchanged', { changed: r.changed, unchanged: r.unchanged })
          : b('done', { changed: r.changed }),
      );
      setMode(null);
      form.resetFields();
      onDone();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (ids.length === 0) return null;
  return (
    <>
      <Dropdown
        menu={{
          items: (['owner', 'team', 'stage'] as const).map((k) => ({ key: k, label: b(k) })),
          onClick: ({ key }) => setMode(key as Mode),
        }}
      >
        <Button>
          {b('button', { count: ids.length })} <DownOutlined />
        </Button>
      </Dropdown>
      <FormModal
        open={mode !== null}
        title={mode ? b(`${mode}Title`, { count: ids.length }) : ''}
        onCancel={() => setMode(null)}
        onOk={() => void submit()}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {mode === 'owner' && (
            <Form.Item name="person" label={t('projectsGrid.fields.ownerName')}>
              <StaffSelect />
            </Form.Item>
          )}
          {mode === 'team' && (
            <Form.Item name="team" label={t('projectsGrid.fields.teamName')}>
              <TeamSelect />
            </Form.Item>
          )}
          {mode === 'stage' && (
            <>
              <Form.Item
                name="stage"
                label={t('projectsGrid.fields.stage')}
                rules={[{ required: true, message: '请选择阶段' }]}
              >
                <Select options={PROJECT_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))} />
              </Form.Item>
              <Form.Item name="on" label={b('date')} initialValue={dayjs()}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
              {/* One amount cannot fit many projects: enter each in its form, or say it is not known. */}
              {stage === 'signed' && (
                <Form.Item
                  name="contractAmountUnknown"
                  valuePropName="checked"
                  extra={b('amountUnknownNote')}
                >
                  <Checkbox>{b('amountUnknown')}</Checkbox>
                </Form.Item>
              )}
              <Form.Item name="reason" label={b('reason')}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            </>
          )}
        </Form>
      </FormModal>
    </>
  );
}
