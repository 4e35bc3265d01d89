import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyRow } from '@contract/companies/schema';
import type { ListQueryInput } from '@contract/shared/listQuery';
import { call } from '../../api';
import { regionLabel } from '../../components/RegionSelect';
import { moneyScale } from '../../format/money';
import { DataGrid, type DataGridHandle } from '../../grid/DataGrid';
import { useDrill } from '../../grid/useDrill';
import { ExportButton } from '../../grid/ExportButton';
import { ImportButton } from '../import/ImportButton';
import { useNewShortcut } from '../../hooks/useNewShortcut';
import { usePrefs } from '../../prefs';
import { useRoute } from '../../router';
import { CompanyDrawer } from './CompanyDrawer';
import { companyColumns } from './columns';
import { MergeCompaniesButton } from './merge/MergeCompaniesButton';
import { TwinsButton } from './twins/TwinsButton';
import { asSection, type CompanySection } from './story/sections';

export function CompaniesPage({ initialQuery }: { initialQuery: string }) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const [drawer, setDrawer] = useState<number | 'new' | null>(
    new URLSearchParams(window.location.hash.split('?')[1]).get('new') ? 'new' : null,
  );
  const [section, setSection] = useState<CompanySection>('overview');
  const openCompany = useCallback((id: number, on: CompanySection = 'overview') => {
    setSection(on);
    setDrawer(id);
  }, []);
  const grid = useRef<DataGridHandle<CompanyRow>>(null);

  useNewShortcut(() => setDrawer('new'));
  const [selected, setSelected] = useState<CompanyRow[]>([]);
  // #/companies?open=12 (from the header search, a meeting, the dashboard) opens that company;
  // &section=contacts opens it on that tab.
  const { params } = useRoute();
  const openId = Number(params.get('open'));
  const drill = useDrill(params, 'companies');
  const [openedId, setOpenedId] = useState(0);
  if (openId !== openedId) {
    setOpenedId(openId);
    if (openId > 0) openCompany(openId, asSection(params.get('section')));
  }

  const columns = useMemo(
    () => companyColumns(t, moneyUnit, regionLabel, openCompany),
    [t, moneyUnit, openCompany],
  );
  const scales = useMemo(() => ({ registeredCapital: moneyScale(moneyUnit) }), [moneyUnit]);
  const fetchPage = useCallback((q: ListQueryInput) => call('companies.list', q), []);
  // Bumped on every change to the companies, so the 疑似重复 count follows.
  const [version, setVersion] = useState(0);
  const changed = () => {
    grid.current?.refresh();
    setVersion((v) => v + 1);
  };

  return (
    <>
      <DataGrid<CompanyRow>
        grid="companies"
        title={t('companies.title')}
        handle={grid}
        fetchPage={fetchPage}
        columns={columns}
        scales={scales}
        initialQuery={initialQuery}
        searchPlaceholder={t('companies.searchPlaceholder')}
        totalLabel={(count) => t('companies.total', { count })}
        emptyHint={t('companies.emptyHint')}
        noMatchHint={t('companies.noMatch')}
        builtinViews={[]}
        fixed={drill}
        onOpen={(row) => openCompany(row.id)}
        selectable
        onSelectionChange={setSelected}
        toolbar={
          <>
            <TwinsButton version={version} onChanged={changed} />
            <MergeCompaniesButton selected={selected} onMerged={changed} />
            <ImportButton target="companies" />
            <ExportButton channel="companies.list" grid={grid} title={t('companies.title')} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer('new')}>
              {t('companies.new')}
            </Button>
          </>
        }
      />
      <CompanyDrawer
        key={`${String(drawer)}-${section}`}
        target={drawer}
        section={section}
        onClose={() => setDrawer(null)}
        onChanged={changed}
        onSaved={() => {
          setDrawer(null);
          changed();
        }}
      />
    </>
  );
}
