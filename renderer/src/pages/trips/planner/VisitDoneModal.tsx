import { App, Col, DatePicker, Form, Input, Row } from 'antd';
import { FormModal } from '../../../components/forms/FormContainers';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { VisitView } from '@contract/trips/schema';
import { call } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';
import { navigate } from '../../../router';
import { fromPicker } from './dates';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface FormValues {
  summary: string;
  on: Dayjs;
  theirAttendeesText?: string | null;
  nextStep?: string | null;
  nextStepOn?: Dayjs | null;
}

interface Props {
  visit: VisitView;
  onClose(): void;
  onSaved(): void;
}

/**
 * The meeting a done visit was: saved as the interaction in the company's and project's history
 * (one record, not a copy), which is why the content is asked for here.
 */
export function VisitDoneModal({ visit, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const v = (k: I18nKeyUnder<'trips.visit'>) => t(`trips.visit.${k}`);
  const name = visit.companyName ?? visit.projectName ?? '';

  const { saving, submit: save } = useSubmit(
    form,
    (values) =>
      call('trips.markVisitDone', {
        visitId: visit.id,
        summary: values.summary,
        on: fromPicker(values.on),
        theirAttendeesText: values.theirAttendeesText,
        nextStep: values.nextStep,
        nextStepOn: fromPicker(values.nextStepOn),
      }),
    {
      success: false,
      onSaved: () => {
        const projectId = visit.projectId;
        message.success({
          content: projectId ? (
            <span>
              {v('doneSaved')}，
              <a onClick={() => navigate('/projects', { open: String(projectId) })}>{v('openProject')}</a>
            </span>
          ) : (
            v('doneSaved')
          ),
          duration: 6,
        });
        onSaved();
      },
    },
  );

  return (
    <FormModal
      open
      title={t('trips.visit.doneTitle', { name })}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      width={600}
      destroyOnHidden
      rootClassName="visit-done-modal"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: dayjs(visit.plannedOn ?? undefined) }}
        onFinish={() => void save()}
      >
        <Form.Item
          name="summary"
          label={v('summary')}
          rules={[{ required: true, whitespace: true, message: '请填写洽谈内容' }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={4000}
            autoFocus
            placeholder="如：与董事长面谈，对方有意在园区布局华中生产基地，关注用地和能耗指标"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="on" label={v('on')} rules={[{ required: true, message: '请选择走访日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="theirAttendeesText" label={v('theirAttendees')}>
              <Input maxLength={500} placeholder="如：董事长王伟、投资总监李强" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="nextStep" label={v('nextStep')}>
              <Input maxLength={1000} placeholder="如：寄送园区资料，邀请来园区考察" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="nextStepOn" label={v('nextStepOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
