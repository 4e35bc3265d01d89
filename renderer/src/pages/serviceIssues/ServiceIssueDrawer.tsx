import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Segmented,
  Select,
  Space,
  Typography,
} from 'antd';
import { FormDrawer } from '../../components/forms/FormContainers';
import { AttachmentsPanel } from '../../components/attachments/AttachmentsPanel';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ISSUE_CATEGORIES,
  ISSUE_CATEGORY_LABELS,
  type ServiceIssueRow,
} from '@contract/serviceIssues/schema';
import { call, errorMessage } from '../../api';
import { CompanyProjectSelect } from '../../components/CompanyProjectSelect';
import { CompanySelect } from '../../components/CompanySelect';
import { DrawerActions } from '../../components/DrawerActions';
import { StaffSelect } from '../../components/StaffSelect';
import { formatDateZh } from '../../format/date';
import { useRecordForm } from '../../hooks/useRecordForm';
import { CloseIssueModal } from './CloseIssueModal';
import { daysOverdue, fromIssueForm, newIssueValues, toIssueForm, type IssueFormValues } from './issueForm';
import type { I18nKeyUnder } from '../../i18n/keys';

interface Props {
  target: number | 'new' | null;
  /** The company it is raised for, when raised from the company's page. */
  companyId?: number;
  onClose(): void;
  onSaved(): void;
}

/** One 企业诉求: what the company raised, who handles it by when; 待办 → 办理中 → 已办结. */
export function ServiceIssueDrawer({ target, companyId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [closing, setClosing] = useState(false);
  const f = (k: I18nKeyUnder<'serviceIssues.fields'>) => t(`serviceIssues.fields.${k}`);
  const { form, current, saving, save, remove } = useRecordForm<ServiceIssueRow, IssueFormValues>({
    target,
    load: (id) => call('serviceIssues.get', { id }),
    toForm: toIssueForm,
    create: (v) => call('serviceIssues.create', fromIssueForm(v)),
    update: (id, v, cur) => {
      const { status, ...patch } = fromIssueForm(v);
      return call('serviceIssues.update', {
        id,
        patch: cur.status === 'closed' ? patch : { ...patch, status },
      });
    },
    remove: (id) => call('serviceIssues.delete', { id }),
    onSaved,
  });
  const chosenCompany = Form.useWatch('companyId', form) as number | null | undefined;
  const closed = current?.status === 'closed';

  const reopen = () =>
    current &&
    modal.confirm({
      title: t('serviceIssues.reopenConfirm'),
      okText: t('serviceIssues.reopen'),
      cancelText: t('common.cancel'),
      onOk: () =>
        call('serviceIssues.reopen', { id: current.id })
          .then(onSaved)
          .catch((e: unknown) => message.error(errorMessage(e))),
    });

  return (
    <FormDrawer
      open={target !== null}
      onClose={onClose}
      width={600}
      title={target === 'new' ? t('serviceIssues.newTitle') : t('serviceIssues.editTitle')}
      rootClassName="issue-drawer"
      destroyOnHidden
      extra={
        <Space>
          {current && !closed && <Button onClick={() => setClosing(true)}>{t('serviceIssues.close')}</Button>}
          {closed && <Button onClick={reopen}>{t('serviceIssues.reopen')}</Button>}
          <DrawerActions
            deleteConfirm={current ? t('serviceIssues.deleteConfirm') : undefined}
            saving={saving}
            onSave={() => void save()}
            onDelete={() => void remove()}
          />
        </Space>
      }
    >
      {closed && current && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('serviceIssues.closedNote', { date: formatDateZh(current.closedOn) })}
          description={current.resolution}
        />
      )}
      {current?.overdue && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('serviceIssues.overdueNote', {
            date: formatDateZh(current.dueOn),
            count: daysOverdue(current.dueOn),
          })}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={newIssueValues(companyId)}
        onFinish={() => void save()}
      >
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="companyId"
              label={f('companyId')}
              rules={[{ required: true, message: t('serviceIssues.companyOrProject') }]}
            >
              <CompanySelect
                key={current?.id ?? 'new'}
                initialLabel={current?.companyName}
                placeholder="输入企业名称搜索"
                onChange={() => form.setFieldValue('projectId', null)}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="projectId" label={f('projectId')}>
              <CompanyProjectSelect
                companyId={chosenCompany}
                placeholder={chosenCompany ? '可不选' : '先选择企业'}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item
              name="category"
              label={f('category')}
              rules={[{ required: true, message: '请选择诉求类别' }]}
            >
              <Select
                options={ISSUE_CATEGORIES.map((c) => ({ value: c, label: ISSUE_CATEGORY_LABELS[c] }))}
              />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="status" label={f('status')}>
              <Segmented
                disabled={closed}
                options={[
                  { value: 'open', label: t('serviceIssues.status.open') },
                  { value: 'in_progress', label: t('serviceIssues.status.in_progress') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="description"
          label={f('description')}
          rules={[{ required: true, whitespace: true, message: '请填写诉求内容' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} placeholder="如：厂区双回路供电尚未接入，影响设备调试" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="reportedOn"
              label={f('reportedOn')}
              rules={[{ required: true, message: '请选择反映日期' }]}
            >
              <DatePicker allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="dueOn" label={f('dueOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ownerId" label={f('ownerId')}>
              <StaffSelect />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {current && (
        <section className="drawer-attachments">
          <Typography.Title level={5}>{t('attachments.title')}</Typography.Title>
          <AttachmentsPanel owner={{ kind: 'serviceIssue', id: current.id }} />
        </section>
      )}
      {closing && current && (
        <CloseIssueModal
          issue={current}
          onClose={() => setClosing(false)}
          onDone={() => {
            setClosing(false);
            onSaved();
          }}
        />
      )}
    </FormDrawer>
  );
}
