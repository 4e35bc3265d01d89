import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERACTION_KINDS, INTERACTION_KIND_LABELS } from '@contract/interactions/kinds';
import type { InteractionRow } from '@contract/interactions/schema';
import type { ListQueryInput } from '@contract/shared/listQuery';
import { call } from '../../api';
import { DataGrid, type DataGridHandle } from '../../grid/DataGrid';
import { ExportButton } from '../../grid/ExportButton';
import { dateCol, setCol, textCol } from '../../grid/columns';
import { navigate } from '../../router';
import type { I18nKeyUnder } from '../../i18n/keys';

/** Every meeting in one ledger; a row opens its project (or company), where meetings are logged. */
export function InteractionsPage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const columns = useMemo(() => {
    const f = (k: I18nKeyUnder<'interactions.fields'>) => t(`interactions.fields.${k}`);
    return [
      dateCol<InteractionRow>('occurredOn', f('occurredOn'), 142, {
        pinned: 'left',
        lockVisible: true,
        sort: 'desc',
      }),
      setCol<InteractionRow>(
        'kind',
        f('kind'),
        INTERACTION_KINDS.map((k) => ({ value: k, label: INTERACTION_KIND_LABELS[k] })),
        100,
      ),
      textCol<InteractionRow>('companyName', f('companyName'), 220),
      textCol<InteractionRow>('projectName', f('projectName'), 220),
      textCol<InteractionRow>('place', f('place'), 110),
      textCol<InteractionRow>('staffNames', f('staffNames'), 140, { filter: false, sortable: false }),
      textCol<InteractionRow>('contactNames', f('contactNames'), 140, { filter: false, sortable: false }),
      textCol<InteractionRow>('summary', f('summary'), 320, { tooltipField: 'summary' }),
      textCol<InteractionRow>('stickingPoints', f('stickingPoints'), 200, { tooltipField: 'stickingPoints' }),
      textCol<InteractionRow>('promises', f('promises'), 180, { hide: true }),
      textCol<InteractionRow>('nextStep', f('nextStep'), 180),
      dateCol<InteractionRow>('nextStepOn', f('nextStepOn')),
      textCol<InteractionRow>('createdBy', f('createdBy'), 90, { hide: true }),
    ];
  }, [t]);
  const fetchPage = useCallback((q: ListQueryInput) => call('interactions.list', q), []);
  const grid = useRef<DataGridHandle<InteractionRow>>(null);
  return (
    <DataGrid<InteractionRow>
      grid="interactions"
      handle={grid}
      toolbar={<ExportButton channel="interactions.list" grid={grid} title={t('interactions.title')} />}
      title={t('interactions.title')}
      fetchPage={fetchPage}
      columns={columns}
      initialQuery={params.get('q') ?? ''}
      searchPlaceholder={t('interactions.searchPlaceholder')}
      totalLabel={(count) => t('interactions.total', { count })}
      emptyHint={t('interactions.emptyHint')}
      builtinViews={[]}
      onOpen={(row) =>
        row.projectId
          ? navigate('/projects', { open: String(row.projectId) })
          : row.companyId && navigate('/companies', { open: String(row.companyId) })
      }
    />
  );
}
