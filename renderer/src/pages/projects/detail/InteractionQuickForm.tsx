import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '@contract/contacts/schema';
import type { InteractionDetail } from '@contract/interactions/schema';
import {
  INTERACTION_KINDS,
  INTERACTION_KIND_LABELS,
  type InteractionKind,
} from '@contract/interactions/kinds';
import type { ProjectRow } from '@contract/projects/schema';
import { call } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';
import type { People } from '../usePeople';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface Values {
  kind: InteractionKind;
  occurredOn: Dayjs;
  place?: string;
  staffIds?: number[];
  contactIds?: number[];
  summary: string;
  stickingPoints?: string;
  promises?: string;
  nextStep?: string;
  nextStepOn?: Dayjs | null;
}

interface Props {
  project: ProjectRow;
  contacts: ContactRow[];
  people: People;
  onSaved(interaction: InteractionDetail): void;
  onCancel(): void;
}

/** 记一笔洽谈: the meeting filed under this project; a next step with a date becomes its follow-up. */
export function InteractionQuickForm({ project, contacts, people, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const l = (k: I18nKeyUnder<'projects.detail.interaction'>) => t(`projects.detail.interaction.${k}`);
  const ownerActive = people.staff.some((s) => s.id === project.ownerId && s.active);

  const { saving, submit: save } = useSubmit(
    form,
    (v) =>
      call('interactions.create', {
        projectId: project.id,
        kind: v.kind,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        place: v.place,
        staffIds: v.staffIds ?? [],
        contactIds: v.contactIds ?? [],
        summary: v.summary,
        stickingPoints: v.stickingPoints,
        promises: v.promises,
        nextStep: v.nextStep,
        nextStepOn: v.nextStepOn ? v.nextStepOn.format('YYYY-MM-DD') : null,
      }),
    {
      success: false,
      onSaved: (saved) => {
        form.resetFields();
        onSaved(saved);
      },
    },
  );

  return (
    <Card size="small" title={l('title')} className="interaction-quick-form">
      <Form<Values>
        form={form}
        name="interaction-quick"
        layout="vertical"
        onFinish={() => void save()}
        initialValues={{
          kind: 'visit_out',
          occurredOn: dayjs(),
          staffIds: ownerActive && project.ownerId ? [project.ownerId] : [],
        }}
        onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && form.submit()}
      >
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="kind" label={l('kind')}>
              <Select
                options={INTERACTION_KINDS.map((k) => ({ value: k, label: INTERACTION_KIND_LABELS[k] }))}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="occurredOn" label={l('occurredOn')} required>
              <DatePicker allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="place" label={l('place')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="staffIds" label={l('staffIds')}>
              <Select
                mode="multiple"
                optionFilterProp="label"
                options={people.staff
                  .filter((s) => s.active)
                  .map((s) => ({ value: s.id, label: s.title ? `${s.name}（${s.title}）` : s.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="contactIds"
              label={l('contactIds')}
              extra={project.companyId === null ? l('contactsNeedCompany') : undefined}
            >
              <Select
                mode="multiple"
                optionFilterProp="label"
                disabled={project.companyId === null}
                options={contacts.map((c) => ({
                  value: c.id,
                  label: c.title ? `${c.name}（${c.title}）` : c.name,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="summary"
          label={l('summary')}
          rules={[{ required: true, whitespace: true, message: '请填写洽谈内容' }]}
        >
          <Input.TextArea rows={3} maxLength={8000} placeholder={l('summaryPlaceholder')} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="stickingPoints" label={l('stickingPoints')}>
              <Input.TextArea rows={2} maxLength={4000} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="promises" label={l('promises')}>
              <Input.TextArea rows={2} maxLength={4000} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="nextStep" label={l('nextStep')}>
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nextStepOn" label={l('nextStepOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
