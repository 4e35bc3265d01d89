import { PlusOutlined, StarFilled } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyStory } from '@contract/companyStory/schema';
import type { ContactRow } from '@contract/contacts/schema';
import { ContactDrawer } from '../../contacts/ContactDrawer';
import { SectionHead } from './SectionHead';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** The company's people, key ones first, added and edited right here. */
export function ContactsSection({ story, onChanged }: { story: CompanyStory; onChanged(): void }) {
  const { t } = useTranslation();
  const s = (k: I18nKeyUnder<'companies.story'>) => t(`companies.story.${k}`);
  const c = (k: I18nKeyUnder<'contacts.fields'>) => t(`contacts.fields.${k}`);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const { company } = story;
  return (
    <>
      <SectionHead
        title={s('tabs.contacts')}
        count={story.counts.contacts}
        extra={
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {s('newContact')}
          </Button>
        }
      />
      <div data-testid="company-contacts">
        <Table<ContactRow>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={story.contacts}
          locale={{ emptyText: s('noContacts') }}
          onRow={(r) => ({ onDoubleClick: () => setEditing(r.id) })}
          columns={[
            {
              title: c('name'),
              dataIndex: 'name',
              render: (name: string, r) => (
                <>
                  {name} {r.isKey && <StarFilled style={{ color: '#d48806' }} title={c('isKey')} />}
                </>
              ),
            },
            { title: c('title'), dataIndex: 'title' },
            { title: c('mobile'), dataIndex: 'mobile', className: 'num' },
            { title: c('phone'), dataIndex: 'phone', className: 'num' },
            { title: c('wechat'), dataIndex: 'wechat' },
            {
              key: 'edit',
              width: 60,
              render: (_v, r) => (
                <Typography.Link onClick={() => setEditing(r.id)}>{s('edit')}</Typography.Link>
              ),
            },
          ]}
        />
      </div>
      <ContactDrawer
        key={String(editing)}
        target={editing}
        companyId={company.id}
        companyName={company.name}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
    </>
  );
}
