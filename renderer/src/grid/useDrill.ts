import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillArea, DrillInput, DrillTotals } from '@contract/indicators/drillSchema';
import { call } from '../api';
import { formatIndicator } from '../format/indicator';
import { formatTotal, TOTALS_UNIT } from '../format/totals';
import { navigate } from '../router';
import { parseDrillLink } from './drillLink';

export interface DrillFixed {
  label: string;
  drill: DrillInput;
  /** What the listed records add up to (合计 …, 办结率 …), shown in the tag. */
  detail: string;
  onClear(): void;
}

/**
 * The drill-down a list page was opened with (see drillLink.ts), for DataGrid's `fixed`: the
 * list then holds exactly the figure's records, and the tag says what they add up to, in the
 * figure's own unit, so the director can read the card's number off the list.
 */
export function useDrill(params: URLSearchParams, area: DrillArea): DrillFixed | undefined {
  const { t } = useTranslation();
  const key = params.toString();
  const link = useMemo(() => {
    const l = parseDrillLink(new URLSearchParams(key));
    return l && l.area === area ? l : null;
  }, [key, area]);
  const [totals, setTotals] = useState<DrillTotals | null>(null);
  useEffect(() => {
    let current = true;
    if (link) {
      call('indicators.drillTotals', link.drill)
        .then((r) => current && setTotals(r))
        .catch(() => current && setTotals(null));
    }
    return () => {
      current = false;
    };
  }, [link]);
  return useMemo(() => {
    if (!link) return undefined;
    let detail = '';
    if (totals?.parts) {
      detail = t('drill.closure', {
        done: totals.parts.done,
        total: totals.parts.total,
        rate: formatIndicator('percent', totals.parts.rate),
      });
    } else if (totals?.sum) {
      const value =
        totals.sum.of === 'headcount'
          ? `${totals.sum.value.toLocaleString('zh-CN')}${t('drill.personTimes')}`
          : // A sum over the listed records is a total: 亿元 like the card it came from.
            `${formatTotal(totals.sum.value)}${t(`money.${TOTALS_UNIT}`)}`;
      detail = t(`drill.sum.${totals.sum.of}`, { value });
    }
    return { label: link.label, drill: link.drill, detail, onClear: () => navigate(`/${area}`) };
  }, [link, totals, t, area]);
}
