import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { STAGE_LABELS } from '@contract/projects/pipelineStages';
import { call } from '../api';

interface Props {
  /** Whose projects to offer; nothing to pick until a company is chosen. */
  companyId: number | null | undefined;
  value?: number | null;
  onChange?: (v: number | null) => void;
  placeholder?: string;
}

/** One of a company's projects, labelled with its stage: '智能安防产业园项目（洽谈）'. */
export function CompanyProjectSelect({ companyId, value, onChange, placeholder }: Props) {
  // Kept with the company they belong to: another company's list is never shown, even briefly.
  const [loaded, setLoaded] = useState<{
    companyId: number;
    options: { value: number; label: string }[];
  } | null>(null);
  useEffect(() => {
    if (!companyId) return undefined;
    let live = true;
    call('projects.list', { companyId, limit: 200, sort: [{ col: 'updatedAt', dir: 'desc' }] })
      .then((p) => {
        const options = p.rows.map((r) => ({ value: r.id, label: `${r.name}（${STAGE_LABELS[r.stage]}）` }));
        if (live) setLoaded({ companyId, options });
      })
      .catch(() => live && setLoaded({ companyId, options: [] }));
    return () => {
      live = false;
    };
  }, [companyId]);
  const options = companyId && loaded?.companyId === companyId ? loaded.options : [];
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      disabled={!companyId}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={placeholder}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
