import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Popconfirm, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Arrival, ProjectRow } from '@contract/projects/schema';
import { call, errorMessage } from '../../../api';
import { useSubmit } from '../../../components/forms/useSubmit';
import { formatDateZh } from '../../../format/date';
import { MoneyField } from '../../../components/money/MoneyField';
import { formatMoney } from '../../../format/money';
import { usePrefs } from '../../../prefs';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface Values {
  arrivedOn: Dayjs;
  amount: number | null;
  note?: string;
}

/** 实到投资: each sum that actually arrived, newest on top, and the running total. */
export function ArrivalsPanel({ project, onChanged }: { project: ProjectRow; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { moneyUnit } = usePrefs();
  const [form] = Form.useForm<Values>();
  const [rows, setRows] = useState<Arrival[]>([]);
  const a = (k: I18nKeyUnder<'projects.detail.arrivals'>, o: Record<string, unknown> = {}) =>
    t(`projects.detail.arrivals.${k}`, o);
  const unit = t(`money.${moneyUnit}`);

  const load = useCallback(() => {
    call('arrivals.list', { projectId: project.id })
      .then((list) => setRows([...list].reverse()))
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [project.id, message]);
  useEffect(load, [load]);

  const { saving, submit: save } = useSubmit(
    form,
    (v) =>
      call('arrivals.create', {
        projectId: project.id,
        arrivedOn: v.arrivedOn.format('YYYY-MM-DD'),
        // The domain refuses a missing amount in its own words; 0 is never a real sum.
        amount: v.amount ?? 0,
        note: v.note,
      }),
    {
      success: a('added'),
      onSaved: () => {
        form.resetFields(['amount', 'note']);
        load();
        onChanged();
      },
    },
  );

  const remove = async (id: number) => {
    try {
      await call('arrivals.delete', { id });
      message.success(t('common.deleted'));
      load();
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const total = rows.reduce((n, r) => n + r.amount, 0);
  const rate = project.contractAmount ? Math.round((total / project.contractAmount) * 100) : null;

  return (
    <div className="project-arrivals">
      <Form<Values>
        form={form}
        name="arrival-add"
        layout="inline"
        onFinish={() => void save()}
        initialValues={{ arrivedOn: dayjs() }}
        style={{ marginBottom: 12, rowGap: 8 }}
      >
        <Form.Item name="arrivedOn" label={a('arrivedOn')}>
          <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <MoneyField name="amount" label={a('amount')} inputStyle={{ width: 180 }} />
        <Form.Item name="note" label={a('note')}>
          <Input maxLength={500} style={{ width: 220 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={saving}>
          {a('add')}
        </Button>
      </Form>
      <Table<Arrival>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: a('empty') }}
        columns={[
          {
            title: a('arrivedOn'),
            dataIndex: 'arrivedOn',
            width: 140,
            render: (v: string) => formatDateZh(v),
          },
          {
            title: `${a('amount')}（${unit}）`,
            dataIndex: 'amount',
            align: 'right',
            width: 160,
            className: 'num',
            render: (v: number) => formatMoney(v, moneyUnit),
          },
          { title: a('note'), dataIndex: 'note' },
          {
            key: 'delete',
            width: 48,
            render: (_: unknown, r) => (
              <Popconfirm title={a('deleteConfirm')} onConfirm={() => void remove(r.id)}>
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                />
              </Popconfirm>
            ),
          },
        ]}
      />
      {rows.length > 0 && (
        <Typography.Paragraph strong style={{ marginTop: 8 }} data-testid="arrivals-total">
          {a('total', { amount: formatMoney(total, moneyUnit), unit })}
          {rate !== null && a('ofContract', { rate })}
        </Typography.Paragraph>
      )}
    </div>
  );
}
