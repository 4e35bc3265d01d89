import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyRow } from '@contract/companies/schema';
import type { ListQueryInput } from '@contract/shared/listQuery';
import { call } from '../../api';
import { regionLabel } from '../../components/RegionSelect';
import { moneyScale } from '../../format/money';
import type { DataGridHandle } from '../../grid/DataGrid';
import { useDrill } from '../../grid/useDrill';
import { ExportButton } from '../../grid/ExportButton';
import { RecordGridPage, useOpenedRecord } from '../../grid/RecordGridPage';
import { ImportButton } from '../import/ImportButton';
import { usePrefs } from '../../prefs';
import { useRoute } from '../../router';
import { CompanyDrawer } from './CompanyDrawer';
import { companyColumns } from './columns';
import { MergeCompaniesButton } from './merge/MergeCompaniesButton';
import { TwinsButton } from './twins/TwinsButton';
import { asSection, type CompanySection } from './story/sections';

/** The company drawer opens on one tab of the company's page (the grid's 项目数 opens 项目). */
interface OnTab {
  section?: CompanySection;
}

export function CompaniesPage({ initialQuery }: { initialQuery: string }) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const grid = useRef<DataGridHandle<CompanyRow>>(null);
  // #/companies?open=12 (from the header search, a meeting, the dashboard) opens that company;
  // &section=contacts opens it on that tab; ?new=1 starts a new one.
  const { params } = useRoute();
  const opened = useOpenedRecord<OnTab>({
    openId: Number(params.get('open')),
    openVariant: { section: asSection(params.get('section')) },
    startNew: !!params.get('new'),
  });
  const { open } = opened;
  const openCompany = useCallback(
    (id: number, section: CompanySection = 'overview') => open(id, { section }),
    [open],
  );
  const [selected, setSelected] = useState<CompanyRow[]>([]);
  const drill = useDrill(params, 'companies');

  const columns = useMemo(
    () => companyColumns(t, moneyUnit, regionLabel, openCompany),
    [t, moneyUnit, openCompany],
  );
  const scales = useMemo(() => ({ registeredCapital: moneyScale(moneyUnit) }), [moneyUnit]);
  const fetchPage = useCallback((q: ListQueryInput) => call('companies.list', q), []);
  // Bumped on every change to the companies, so the 疑似重复 count follows.
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  const changed = () => {
    grid.current?.refresh();
    bump();
  };

  return (
    <RecordGridPage<CompanyRow, OnTab>
      grid="companies"
      title={t('companies.title')}
      handle={grid}
      opened={opened}
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
      selectable
      onSelectionChange={setSelected}
      newLabel={t('companies.new')}
      toolbar={
        <>
          <TwinsButton version={version} onChanged={changed} />
          <MergeCompaniesButton selected={selected} onMerged={changed} />
          <ImportButton target="companies" />
          <ExportButton channel="companies.list" grid={grid} title={t('companies.title')} />
        </>
      }
      drawer={CompanyDrawer}
      onSaved={bump}
    />
  );
}
