import { DatePicker, Form, Input } from 'antd';
import { FormModal } from '../../components/forms/FormContainers';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ServiceIssueRow } from '@contract/serviceIssues/schema';
import { call } from '../../api';
import { useSubmit } from '../../components/forms/useSubmit';
import { fromPicker } from '../trips/planner/dates';
import type { I18nKeyUnder } from '../../i18n/keys';

interface Props {
  issue: ServiceIssueRow;
  onClose(): void;
  onDone(): void;
}

/** 办结: an issue counts as solved only with what was done and when. */
export function CloseIssueModal({ issue, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ resolution: string; closedOn: Dayjs }>();
  const f = (k: I18nKeyUnder<'serviceIssues.fields'>) => t(`serviceIssues.fields.${k}`);

  const { saving, submit: save } = useSubmit(
    form,
    (v) =>
      call('serviceIssues.close', {
        id: issue.id,
        resolution: v.resolution,
        closedOn: fromPicker(v.closedOn) ?? '',
      }),
    { onSaved: onDone },
  );

  return (
    <FormModal
      open
      title={t('serviceIssues.closeTitle')}
      okText={t('serviceIssues.close')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      rootClassName="close-issue-modal"
    >
      <Form form={form} layout="vertical" initialValues={{ closedOn: dayjs() }}>
        <Form.Item
          name="resolution"
          label={f('resolution')}
          rules={[{ required: true, whitespace: true, message: '请填写办理结果' }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={4000}
            placeholder="如：供电公司已完成双回路接入，企业确认满意"
            autoFocus
          />
        </Form.Item>
        <Form.Item
          name="closedOn"
          label={f('closedOn')}
          rules={[{ required: true, message: '请选择办结日期' }]}
        >
          <DatePicker
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(issue.reportedOn), 'day')}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
