import { App, Button, Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KEY_LEVELS, KEY_LEVEL_LABELS, type ProjectRow } from '@contract/projects/schema';
import { PROJECT_STAGES, STAGE_LABELS } from '@contract/projects/pipelineStages';
import { call } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';
import { CompanySelect } from '../../../components/CompanySelect';
import { StaffSelect, TeamSelect } from '../../../components/StaffSelect';
import { MoneyField } from '../../../components/money/MoneyField';
import type { People } from '../usePeople';
import {
  DATE_FIELDS,
  MONEY_FIELDS,
  fromFormValues,
  newProjectValues,
  toFormValues,
  type ProjectFormValues,
} from './projectFormValues';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface Props {
  /** null: a new project. */
  project: ProjectRow | null;
  people: People;
  onSaved(row: ProjectRow, created: boolean): void;
}

const third = (node: ReactNode, key: string) => (
  <Col span={8} key={key}>
    {node}
  </Col>
);

/** Every field of a project; the stage itself moves only through the stage control (its history). */
export function ProjectForm({ project, people, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectFormValues>();
  const f = (k: I18nKeyUnder<'projects.detail.fields'>) => t(`projects.detail.fields.${k}`);
  const d = (k: I18nKeyUnder<'projects.detail'>, o: Record<string, unknown> = {}) =>
    t(`projects.detail.${k}`, o);
  const stage = Form.useWatch('stage', form);

  useEffect(() => {
    form.setFieldsValue(project ? toFormValues(project) : newProjectValues());
  }, [project, form]);

  const { saving, submit: save } = useSubmit(
    form,
    (values) => {
      const input = fromFormValues(values);
      return project
        ? call('projects.update', { id: project.id, patch: input })
        : call('projects.create', input);
    },
    {
      success: project ? t('common.saved') : d('created'),
      onSaved: (row) => onSaved(row, !project),
    },
  );

  // A project usually belongs to its owner's team: fill it in when still empty, and say so.
  const onValuesChange = (changed: Partial<ProjectFormValues>) => {
    if (!changed.ownerId || form.getFieldValue('teamId')) return;
    const owner = people.staff.find((s) => s.id === changed.ownerId);
    if (owner?.teamId) {
      form.setFieldValue('teamId', owner.teamId);
      message.info(d('ownerTeamFilled', { team: owner.teamName ?? '' }));
    }
  };

  const money = MONEY_FIELDS.map((k) => third(<MoneyField name={k} label={f(k)} />, k));
  const dates = DATE_FIELDS.filter((k) => k !== 'nextFollowUpOn').map((k) =>
    third(
      <Form.Item name={k} label={f(k)}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>,
      k,
    ),
  );

  return (
    <Form
      form={form}
      name="project-form"
      layout="vertical"
      onFinish={() => void save()}
      onValuesChange={onValuesChange}
      className="project-form"
      // Ctrl+Enter saves from inside a multi-line box, where Enter is a new line.
      onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && form.submit()}
    >
      {!project && (
        <>
          <Divider titlePlacement="start">{d('sections.start')}</Divider>
          <Row gutter={12}>
            {third(
              <Form.Item name="stage" label={f('stage')}>
                <Select options={PROJECT_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))} />
              </Form.Item>,
              'stage',
            )}
            {third(
              <Form.Item name="stageSince" label={f('stageSince')}>
                <DatePicker style={{ width: '100%' }} disabledDate={(x) => x.isAfter(dayjs(), 'day')} />
              </Form.Item>,
              'stageSince',
            )}
            {stage === 'dropped' &&
              third(
                <Form.Item name="dropReason" label={f('dropReason')} required>
                  <Input maxLength={500} />
                </Form.Item>,
                'dropReason',
              )}
          </Row>
        </>
      )}
      <Divider titlePlacement="start">{d('sections.basic')}</Divider>
      <Row gutter={12}>
        <Col span={16}>
          <Form.Item
            name="name"
            label={f('name')}
            rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}
          >
            <Input maxLength={100} autoFocus={!project} />
          </Form.Item>
        </Col>
        {third(
          <Form.Item name="keyLevel" label={f('keyLevel')}>
            <Select allowClear options={KEY_LEVELS.map((k) => ({ value: k, label: KEY_LEVEL_LABELS[k] }))} />
          </Form.Item>,
          'keyLevel',
        )}
        <Col span={16}>
          <Form.Item name="companyId" label={f('companyId')}>
            <CompanySelect placeholder={d('pickCompany')} />
          </Form.Item>
        </Col>
        {third(
          <Form.Item name="sourceChannel" label={f('sourceChannel')}>
            <Input maxLength={50} placeholder="以商招商、驻点招商、基金招商…" />
          </Form.Item>,
          'sourceChannel',
        )}
        {third(
          <Form.Item name="industry" label={f('industry')}>
            <Input maxLength={50} />
          </Form.Item>,
          'industry',
        )}
        {third(
          <Form.Item name="chain" label={f('chain')}>
            <Input maxLength={50} />
          </Form.Item>,
          'chain',
        )}
        {third(
          <Form.Item name="isIndustrial" label={f('isIndustrial')} valuePropName="checked">
            <Checkbox>{t('common.yes')}</Checkbox>
          </Form.Item>,
          'isIndustrial',
        )}
      </Row>
      <Divider titlePlacement="start">{d('sections.money')}</Divider>
      <Row gutter={12}>
        {money}
        {third(
          <Form.Item name="landMu" label={f('landMu')}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>,
          'landMu',
        )}
        <Col span={16}>
          <Form.Item name="site" label={f('site')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{d('sections.people')}</Divider>
      <Row gutter={12}>
        {third(
          <Form.Item name="ownerId" label={f('ownerId')}>
            <StaffSelect />
          </Form.Item>,
          'ownerId',
        )}
        {third(
          <Form.Item name="teamId" label={f('teamId')}>
            <TeamSelect />
          </Form.Item>,
          'teamId',
        )}
      </Row>
      <Divider titlePlacement="start">{d('sections.milestones')}</Divider>
      <Row gutter={12}>{dates}</Row>
      <Divider titlePlacement="start">{d('sections.followUp')}</Divider>
      <Row gutter={12}>
        {third(
          <Form.Item name="nextFollowUpOn" label={f('nextFollowUpOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>,
          'nextFollowUpOn',
        )}
        <Col span={16}>
          <Form.Item name="nextFollowUpNote" label={f('nextFollowUpNote')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="notes" label={f('notes')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <div className="project-form-footer">
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}
