import { App, Checkbox, Col, Collapse, Form, Input, Row, Select, Space } from 'antd';
import { FormDrawer } from '../../components/forms/FormContainers';
import { useTranslation } from 'react-i18next';
import { COMPANY_TIERS, type Company, type CompanyCreate } from '../../../../main/domain/companies/schema';
import { call } from '../../api';
import { DrawerActions } from '../../components/DrawerActions';
import { HistoryPanel } from '../../components/HistoryPanel';
import { useRecordForm } from '../../hooks/useRecordForm';
import { MoneyField } from '../../components/money/MoneyField';
import { RegionSelect } from '../../components/RegionSelect';
import { RaiseIssueButton } from '../serviceIssues/RaiseIssueButton';
import { PrintBriefButton } from '../reports/PrintBriefButton';

type FormValues = Omit<CompanyCreate, 'registeredCapital'> & { registeredCapital?: number | null };

interface Props {
  /** null = closed; 'new' = create; a number = edit that company. */
  target: number | 'new' | null;
  onClose(): void;
  onSaved(company: Company | null): void;
}

export function CompanyDrawer({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const f = (k: string) => t(`companies.fields.${k}`);

  const confirmDuplicates = async (name: string, exceptId?: number): Promise<boolean> => {
    const similar = await call('companies.similar', { name, exceptId });
    if (similar.length === 0) return true;
    return modal.confirm({
      title: t('companies.similarTitle'),
      content: (
        <div>
          <p>{t('companies.similarBody', { name })}</p>
          <ul>
            {similar.map((s) => (
              <li key={s.id}>
                {s.name} {s.creditCode ?? ''}
              </li>
            ))}
          </ul>
        </div>
      ),
      okText: t('companies.similarContinue'),
      cancelText: t('common.cancel'),
    });
  };

  const { form, current, saving, save, remove } = useRecordForm<Company, FormValues>({
    target,
    load: (id) => call('companies.get', { id }),
    // Warn about a likely duplicate only when the name is new or changed.
    confirm: (v, cur) =>
      cur && cur.name === v.name ? Promise.resolve(true) : confirmDuplicates(v.name, cur?.id),
    create: (v) => call('companies.create', v as CompanyCreate),
    update: (id, v) => call('companies.update', { id, patch: v as CompanyCreate }),
    remove: (id) => call('companies.delete', { id }),
    onSaved: () => onSaved(null),
  });

  return (
    <FormDrawer
      open={target !== null}
      onClose={onClose}
      width={640}
      title={target === 'new' ? t('companies.newTitle') : t('companies.editTitle')}
      destroyOnHidden
      rootClassName="company-drawer"
      extra={
        <Space>
          {current && <RaiseIssueButton companyId={current.id} />}
          {current && <PrintBriefButton kind="company" id={current.id} />}
          <DrawerActions
            deleteConfirm={current ? t('companies.deleteConfirm', { name: current.name }) : undefined}
            saving={saving}
            onSave={() => void save()}
            onDelete={() => void remove()}
          />
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={() => void save()} requiredMark>
        <Form.Item
          name="name"
          label={f('name')}
          rules={[{ required: true, whitespace: true, message: '请填写企业名称' }]}
        >
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="creditCode" label={f('creditCode')}>
              <Input
                maxLength={24}
                placeholder="18位，如 91330100MA27XXXXXX"
                style={{ fontFamily: 'monospace' }}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="tier" label={f('tier')}>
              <Select allowClear options={COMPANY_TIERS.map((v) => ({ value: v, label: t(`tier.${v}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="industry" label={f('industry')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="chain" label={f('chain')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="isChainLeader" label={f('isChainLeader')} valuePropName="checked">
              <Checkbox />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="hqAdcode" label={f('hqAdcode')}>
              <RegionSelect />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="sourceChannel" label={f('sourceChannel')}>
              <Input maxLength={50} placeholder="以商招商、产业链招商、基金招商…" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="hqAddress" label={f('hqAddress')}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <MoneyField name="registeredCapital" label={f('registeredCapital')} />
          </Col>
          <Col span={12}>
            <Form.Item name="website" label={f('website')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="intro" label={f('intro')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="talkingPoints" label={f('talkingPoints')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="notes" label={f('notes')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      </Form>
      {current && (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'history',
              label: t('history.panelTitle'),
              // After an undo the form would show old values: close, and the grid shows the restored row.
              children: <HistoryPanel entity="company" id={current.id} onUndone={() => onSaved(null)} />,
            },
          ]}
        />
      )}
    </FormDrawer>
  );
}
