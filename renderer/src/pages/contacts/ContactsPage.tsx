import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '@contract/contacts/schema';
import type { ListQueryInput } from '@contract/shared/listQuery';
import { call } from '../../api';
import { formatDateTimeZh } from '../../format/date';
import type { DataGridHandle } from '../../grid/DataGrid';
import { ExportButton } from '../../grid/ExportButton';
import { setCol, textCol } from '../../grid/columns';
import { RecordGridPage } from '../../grid/RecordGridPage';
import { ContactDrawer } from './ContactDrawer';
import type { I18nKeyUnder } from '../../i18n/keys';

export function ContactsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const grid = useRef<DataGridHandle<ContactRow>>(null);

  const columns = useMemo(() => {
    const f = (k: I18nKeyUnder<'contacts.fields'>) => t(`contacts.fields.${k}`);
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
    <RecordGridPage<ContactRow>
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
      onCellEdit={async (row, field, value) => {
        await call('contacts.update', { id: row.id, patch: { [field]: value === '' ? null : value } });
      }}
      openId={Number(params.get('open'))}
      newLabel={t('contacts.new')}
      toolbar={<ExportButton channel="contacts.list" grid={grid} title={t('contacts.title')} />}
      drawer={ContactDrawer}
    />
  );
}
