import { StarFilled } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '@contract/contacts/schema';
import { regionLabel } from '../../../components/RegionSelect';
import { navigate } from '../../../router';
import type { CompanyWithContacts } from './useCompany';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** The company behind the project and the people to call there. */
export function CompanyPanel({ company, contacts }: CompanyWithContacts) {
  const { t } = useTranslation();
  const d = (k: I18nKeyUnder<'projects.detail'>) => t(`projects.detail.${k}`);
  const c = (k: I18nKeyUnder<'companies.fields'>) => t(`companies.fields.${k}`);

  if (!company) {
    return (
      <Card size="small" title={d('company')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d('noCompany')} />
      </Card>
    );
  }
  const none = d('noFigure');
  return (
    <Card
      size="small"
      title={d('company')}
      className="project-company"
      extra={
        <Button type="link" size="small" onClick={() => navigate('/companies', { open: String(company.id) })}>
          {d('openCompany')}
        </Button>
      }
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {company.name}
        {company.tier && (
          <Tag color="geekblue" style={{ marginLeft: 8, verticalAlign: 'middle' }}>
            {t(`tier.${company.tier}`)}
          </Tag>
        )}
        {company.isChainLeader && <Tag color="gold">{c('isChainLeader')}</Tag>}
      </Typography.Title>
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'industry', label: c('industry'), children: company.industry ?? none },
          { key: 'chain', label: c('chain'), children: company.chain ?? none },
          { key: 'hq', label: c('hqAdcode'), children: regionLabel(company.hqAdcode) || none },
        ]}
      />
      {company.talkingPoints && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }}>
          {c('talkingPoints')}：{company.talkingPoints}
        </Typography.Paragraph>
      )}
      <Typography.Text strong>{d('contacts')}</Typography.Text>
      <Table<ContactRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={contacts}
        locale={{
          emptyText: (
            <>
              {d('noContacts')}
              <Typography.Link
                onClick={() => navigate('/companies', { open: String(company.id), section: 'contacts' })}
              >
                {d('addContacts')}
              </Typography.Link>
            </>
          ),
        }}
        style={{ marginTop: 6 }}
        columns={[
          {
            title: d('contactColumns.name'),
            dataIndex: 'name',
            render: (name: string, r) => (
              <>
                {name} {r.isKey && <StarFilled style={{ color: '#d48806' }} title={d('keyContact')} />}
              </>
            ),
          },
          { title: d('contactColumns.title'), dataIndex: 'title' },
          { title: d('contactColumns.mobile'), dataIndex: 'mobile', className: 'num' },
          { title: d('contactColumns.phone'), dataIndex: 'phone', className: 'num' },
          { title: d('contactColumns.wechat'), dataIndex: 'wechat' },
        ]}
      />
    </Card>
  );
}
