import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { STAGE_LABELS } from '../../../main/domain/projects/stages';
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
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  useEffect(() => {
    if (!companyId) {
      setOptions([]);
      return undefined;
    }
    let live = true;
    call('projects.list', { companyId, limit: 200, sort: [{ col: 'updatedAt', dir: 'desc' }] })
      .then((p) => {
        if (live)
          setOptions(p.rows.map((r) => ({ value: r.id, label: `${r.name}（${STAGE_LABELS[r.stage]}）` })));
      })
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [companyId]);
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
