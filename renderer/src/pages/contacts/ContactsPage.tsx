import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../../main/domain/contacts/schema';
import type { ListQueryInput } from '../../../../main/domain/shared/listQuery';
import { call } from '../../api';
import { formatDateTimeZh } from '../../format/date';
import { DataGrid, type DataGridHandle } from '../../grid/DataGrid';
import { ExportButton } from '../../grid/ExportButton';
import { setCol, textCol } from '../../grid/columns';
import { useNewShortcut } from '../../hooks/useNewShortcut';
import { ContactDrawer } from './ContactDrawer';

export function ContactsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const open = Number(params.get('open'));
  const [drawer, setDrawer] = useState<number | 'new' | null>(open > 0 ? open : null);
  const grid = useRef<DataGridHandle<ContactRow>>(null);
  useNewShortcut(() => setDrawer('new'));

  const columns = useMemo(() => {
    const f = (k: string) => t(`contacts.fields.${k}`);
    const editable = { editable: true };
    return [
      textCol<ContactRow>('name', f('name'), 110, { pinned: 'left', lockVisible: true, ...editable }),
      textCol<ContactRow>('companyName', f('companyName'), 240),
      textCol<ContactRow>('title', f('title'), 120, editable),
      textCol<ContactRow>('mobile', f('mobile'), 130, editable),
      textCol<ContactRow>('phone', f('phone'), 150, editable),
      textCol<ContactRow>('wechat', f('wechat'), 120, editable),
      textCol<ContactRow>('email', f('email'), 180, editable),
      setCol<ContactRow>('isKey', f('isKey'), [{ value: 1, label: '关键人' }], 90, {
        valueFormatter: (p) => (p.value ? '关键人' : ''),
      }),
      {
        field: 'updatedAt' as const,
        colId: 'updatedAt',
        headerName: f('updatedAt'),
        width: 160,
        filter: false,
        valueFormatter: (p: { value: unknown }) => formatDateTimeZh(p.value as string),
      },
    ];
  }, [t]);
  const fetchPage = useCallback((q: ListQueryInput) => call('contacts.list', q), []);

  return (
    <>
      <DataGrid<ContactRow>
        grid="contacts"
        title={t('contacts.title')}
        handle={grid}
        fetchPage={fetchPage}
        columns={columns}
        initialQuery={params.get('q') ?? ''}
        searchPlaceholder={t('contacts.searchPlaceholder')}
        totalLabel={(count) => t('contacts.total', { count })}
        emptyHint={t('contacts.emptyHint')}
        noMatchHint={t('contacts.noMatch')}
        builtinViews={[]}
        onOpen={(row) => setDrawer(row.id)}
        onCellEdit={async (row, field, value) => {
          await call('contacts.update', { id: row.id, patch: { [field]: value === '' ? null : value } });
        }}
        toolbar={
          <>
            <ExportButton channel="contacts.list" grid={grid} title={t('contacts.title')} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer('new')}>
              {t('contacts.new')}
            </Button>
          </>
        }
      />
      <ContactDrawer
        key={String(drawer)}
        target={drawer}
        onClose={() => setDrawer(null)}
        onSaved={() => {
          setDrawer(null);
          grid.current?.refresh();
        }}
      />
    </>
  );
}
